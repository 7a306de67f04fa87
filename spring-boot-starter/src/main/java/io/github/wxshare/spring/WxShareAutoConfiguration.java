package io.github.wxshare.spring;

import io.github.wxshare.core.ShareRequestJson;
import io.github.wxshare.jackson3.WxShareModule;
import io.github.wxshare.spring.mvc.ShareRequestBodyConverter;
import io.github.wxshare.spring.mvc.WxShareMvcConfiguration;
import io.github.wxshare.spring.mvc.WxShareProblemDetails;
import io.github.wxshare.spring.mvc.WxShareResponseEntityExceptionHandler;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.boot.http.converter.autoconfigure.ServerHttpMessageConvertersCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Import;
import org.springframework.context.i18n.LocaleContextHolder;
import tools.jackson.databind.json.JsonMapper;

/**
 * What {@code wxshare-spring-boot-starter} adds to a Spring Boot 4 app:
 *
 * <ul>
 *   <li>the Jackson 3 {@link WxShareModule} as a bean, so Boot's {@code JsonMapper} writes a
 *       {@code ShareMiniProgramRequest} in its canonical form and reads one through the codec's
 *       rules, with violation messages in the current request's locale ({@code Accept-Language});
 *   <li>a message converter, ahead of Jackson's, that reads a {@code @RequestBody}
 *       {@code ShareMiniProgramRequest} or {@code ParsedShareRequest} with
 *       {@code ShareRequestJson.read(InputStream)}: never more than the document bound (64 KiB) of
 *       the body is read or held, whatever its size; an empty body is {@code json.syntax};
 *   <li>{@link WxShareProblemDetails}: a wxshare failure answers HTTP 400
 *       {@code application/problem+json}, whatever {@code spring.mvc.problemdetails.enabled} says
 *       (when it is true, {@link WxShareResponseEntityExceptionHandler} takes the place of Boot's
 *       handler); {@code wxshare.web.problem-details=false} turns it off.
 * </ul>
 *
 * An app's own {@code ShareRequestJson} bean sets the document bound for both readers.
 */
@AutoConfiguration(beforeName = "org.springframework.boot.webmvc.autoconfigure.WebMvcAutoConfiguration")
@ConditionalOnClass(JsonMapper.class)
public final class WxShareAutoConfiguration {
  /** The codec both readers use: {@code ShareRequestJson.create()} unless the app declares its own. */
  @Bean
  @ConditionalOnMissingBean
  public ShareRequestJson wxShareRequestJson() {
    return ShareRequestJson.create();
  }

  /** The Jackson 3 module, its messages in the current request's locale. */
  @Bean
  @ConditionalOnMissingBean
  public WxShareModule wxShareJacksonModule(ShareRequestJson codec) {
    return new WxShareModule().codec(codec).messageLocale(LocaleContextHolder::getLocale);
  }

  /**
   * The bounded body reader, in front of the default converters, and the beans both starters add (an
   * empty body is {@code json.syntax}; the problem documents).
   */
  @Configuration(proxyBeanMethods = false)
  @ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.SERVLET)
  @ConditionalOnClass(ServerHttpMessageConvertersCustomizer.class)
  @Import(WxShareMvcConfiguration.class)
  static final class Converter {
    @Bean
    ServerHttpMessageConvertersCustomizer wxShareRequestBodyConverter(ShareRequestJson codec) {
      return builder -> builder.addCustomConverter(new ShareRequestBodyConverter(codec));
    }

    /** The Jackson module's own exception, thrown by a handler that reads a request itself. */
    @Bean
    @ConditionalOnBooleanProperty(name = "wxshare.web.problem-details", matchIfMissing = true)
    Jackson3Problems wxShareJacksonProblems() {
      return new Jackson3Problems();
    }
  }
}
