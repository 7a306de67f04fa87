package io.github.wxshare.spring.mvc;

import org.jspecify.annotations.Nullable;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.web.bind.MethodArgumentNotValidException;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;

/**
 * Spring's problem details for every exception Spring MVC raises, as Spring Boot's own handler gives
 * them with {@code spring.mvc.problemdetails.enabled=true}, except that an unreadable or invalid body
 * that is wxshare's gets {@link WxShareProblemDetails}'s answer with every violation (Boot's would be
 * "Failed to read request" or "Invalid request content."). The starters register it in place of
 * Boot's when that property is true, at the same order; an app's own
 * {@code ResponseEntityExceptionHandler} bean replaces both (and calls
 * {@link WxShareProblemDetails#answer} itself).
 */
@ControllerAdvice
@Order(0)
public final class WxShareResponseEntityExceptionHandler extends ResponseEntityExceptionHandler {
  /** For the starters. */
  public WxShareResponseEntityExceptionHandler() {}

  @Override
  protected @Nullable ResponseEntity<Object> handleHttpMessageNotReadable(HttpMessageNotReadableException ex,
      HttpHeaders headers, HttpStatusCode status, WebRequest request) {
    ResponseEntity<Object> ours = WxShareProblemDetails.answer(ex, LocaleContextHolder.getLocale());
    return ours != null ? ours : super.handleHttpMessageNotReadable(ex, headers, status, request);
  }

  @Override
  protected @Nullable ResponseEntity<Object> handleMethodArgumentNotValid(MethodArgumentNotValidException ex,
      HttpHeaders headers, HttpStatusCode status, WebRequest request) {
    ResponseEntity<Object> ours = WxShareProblemDetails.answer(ex, LocaleContextHolder.getLocale());
    return ours != null ? ours : super.handleMethodArgumentNotValid(ex, headers, status, request);
  }
}
