package io.github.wxshare.spring.boot3;

import io.github.wxshare.core.ShareRequestJson;
import io.github.wxshare.jackson.WxShareModule;
import io.github.wxshare.spring.mvc.ShareRequestBodyConverter;
import io.github.wxshare.spring.mvc.WxShareMvcConfiguration;
import io.github.wxshare.spring.mvc.WxShareProblemDetails;
import io.github.wxshare.spring.mvc.WxShareResponseEntityExceptionHandler;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Import;
import org.springframework.context.i18n.LocaleContextHolder;

/**
 * What {@code wxshare-spring-boot3-starter} adds to a Spring Boot 3.5 app, the same as the Boot 4
 * starter gives on Jackson 3:
 *
 * <ul>
 *   <li>the Jackson 2 {@link WxShareModule} as a bean (Boot 3 adds every {@code Module} bean to its
 *       {@code ObjectMapper}), its violation messages in the current request's locale;
 *   <li>{@link ShareRequestBodyConverter} as a bean (Boot 3 puts converter beans ahead of its
 *       defaults): a {@code @RequestBody ShareMiniProgramRequest} or {@code ParsedShareRequest} is
 *       read with the codec, never more than the document bound (64 KiB) plus one byte of the body;
 *       an empty body is {@code json.syntax};
 *   <li>{@link WxShareProblemDetails}: a wxshare failure answers HTTP 400
 *       {@code application/problem+json}, whatever {@code spring.mvc.problemdetails.enabled} says;
 *       {@code wxshare.web.problem-details=false} turns it off.
 * </ul>
 *
 * An app's own {@code ShareRequestJson} bean sets the document bound for both readers.
 */
@AutoConfiguration(beforeName = "org.springframework.boot.autoconfigure.web.servlet.WebMvcAutoConfiguration",
    afterName = "org.springframework.boot.autoconfigure.jackson.JacksonAutoConfiguration")
@ConditionalOnClass(com.fasterxml.jackson.databind.Module.class)
public final class WxShareBoot3AutoConfiguration {
  /** The codec both readers use: {@code ShareRequestJson.create()} unless the app declares its own. */
  @Bean
  @ConditionalOnMissingBean
  public ShareRequestJson wxShareRequestJson() {
    return ShareRequestJson.create();
  }

  /** The Jackson 2 module, its messages in the current request's locale. */
  @Bean
  @ConditionalOnMissingBean
  public WxShareModule wxShareJacksonModule(ShareRequestJson codec) {
    return new WxShareModule().codec(codec).messageLocale(LocaleContextHolder::getLocale);
  }

  /**
   * The bounded body reader, ahead of Jackson's converter, and the beans both starters add (an empty
   * body is {@code json.syntax}; the problem documents).
   */
  @Configuration(proxyBeanMethods = false)
  @ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.SERVLET)
  @Import(WxShareMvcConfiguration.class)
  static final class Converter {
    @Bean
    ShareRequestBodyConverter wxShareRequestBodyConverter(ShareRequestJson codec) {
      return new ShareRequestBodyConverter(codec);
    }

    /** The Jackson module's own exception, thrown by a handler that reads a request itself. */
    @Bean
    @ConditionalOnBooleanProperty(name = "wxshare.web.problem-details", matchIfMissing = true)
    Jackson2Problems wxShareJacksonProblems() {
      return new Jackson2Problems();
    }
  }
}
