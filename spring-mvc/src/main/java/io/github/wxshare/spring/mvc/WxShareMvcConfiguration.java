package io.github.wxshare.spring.mvc;

import io.github.wxshare.core.ShareRequestJson;
import org.apache.commons.logging.LogFactory;
import org.springframework.beans.factory.ListableBeanFactory;
import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;

/**
 * The beans both starters add to a servlet app, imported by their auto-configuration after its
 * {@code ShareRequestJson} bean: {@link EmptyShareRequestBody}, and unless
 * {@code wxshare.web.problem-details=false}, {@link WxShareProblemDetails} and (with
 * {@code spring.mvc.problemdetails.enabled=true} and no {@code ResponseEntityExceptionHandler} of the
 * app's) {@link WxShareResponseEntityExceptionHandler} in place of Spring Boot's handler.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.SERVLET)
public final class WxShareMvcConfiguration {
  /** For Spring. */
  public WxShareMvcConfiguration() {}

  /** An empty body is {@code json.syntax}, as an empty document is everywhere else. */
  @Bean
  public EmptyShareRequestBody wxShareEmptyRequestBody(ShareRequestJson codec) {
    return new EmptyShareRequestBody(codec);
  }

  /** The problem documents, unless {@code wxshare.web.problem-details=false}. */
  @Configuration(proxyBeanMethods = false)
  @ConditionalOnBooleanProperty(name = "wxshare.web.problem-details", matchIfMissing = true)
  static class ProblemDetailsAdvice {
    @Bean
    WxShareProblemDetails wxShareProblemDetails() {
      return new WxShareProblemDetails();
    }

    /** Boot's problem details with wxshare's answers for its bodies, in place of Boot's handler. */
    @Bean
    @ConditionalOnBooleanProperty("spring.mvc.problemdetails.enabled")
    @ConditionalOnMissingBean(ResponseEntityExceptionHandler.class)
    WxShareResponseEntityExceptionHandler wxShareResponseEntityExceptionHandler() {
      return new WxShareResponseEntityExceptionHandler();
    }

    /**
     * Says once, at start-up, when the app's own {@code ResponseEntityExceptionHandler} answers bodies
     * before wxshare's advice: its generic text would reach clients without a word in any log.
     */
    @Bean
    static SmartInitializingSingleton wxShareOwnExceptionHandlerNotice(ListableBeanFactory beans) {
      return () -> {
        for (String name : beans.getBeanNamesForType(ResponseEntityExceptionHandler.class, false, false)) {
          Class<?> type = beans.getType(name);
          if (type != null && type != WxShareResponseEntityExceptionHandler.class) {
            LogFactory.getLog(WxShareMvcConfiguration.class).warn("wxshare: " + type.getName() + " (bean '" + name
                + "') is a ResponseEntityExceptionHandler: it answers unreadable and invalid bodies before wxshare's "
                + "advice, without their violations. Return WxShareProblemDetails.answer(ex, locale) when it is not "
                + "null from its handleHttpMessageNotReadable and handleMethodArgumentNotValid.");
          }
        }
      };
    }
  }
}
