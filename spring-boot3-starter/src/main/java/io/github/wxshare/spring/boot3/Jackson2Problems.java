package io.github.wxshare.spring.boot3;

import io.github.wxshare.jackson.InvalidShareRequestJsonException;
import io.github.wxshare.spring.mvc.WxShareProblemDetails;
import java.util.Locale;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

/**
 * A request that a handler read itself with Boot's {@code ObjectMapper} and found invalid: the Jackson 2
 * module's exception, not wrapped by Spring, gets {@link WxShareProblemDetails}'s answer too.
 */
@RestControllerAdvice
@Order(Ordered.LOWEST_PRECEDENCE)
final class Jackson2Problems {
  @ExceptionHandler(InvalidShareRequestJsonException.class)
  ResponseEntity<Object> invalidRequestRead(InvalidShareRequestJsonException e, Locale locale) {
    return WxShareProblemDetails.shareProblem(e.violations(), locale);
  }
}
