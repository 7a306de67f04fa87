package io.github.wxshare.spring.mvc;

import io.github.wxshare.core.InvalidShareRequestException;
import io.github.wxshare.core.Violation;
import io.github.wxshare.core.internal.CarriesViolations;
import io.github.wxshare.core.internal.Languages;
import io.github.wxshare.core.internal.ProviderFindings;
import io.github.wxshare.core.internal.Summaries;
import jakarta.validation.ConstraintViolation;
import java.net.URI;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.validation.ObjectError;
import org.springframework.web.bind.MethodArgumentNotValidException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.context.request.RequestAttributes;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

/**
 * Every wxshare failure in a Spring MVC app as HTTP 400 {@code application/problem+json} (RFC 9457),
 * the messages in the request's locale ({@code Accept-Language}: Simplified Chinese for
 * {@code zh-CN}, Traditional for {@code zh-TW}, English otherwise):
 *
 * <pre>{@code
 * {"type": "https://wxshare.github.io/problems/invalid-share-request", "title": "Invalid share request",
 *  "status": 400, "detail": "The share request has 2 violations.", "instance": "/shares",
 *  "violationCount": 2, "violations": [{"pointer": "/userName", "code": "userName.appId", "message": "..."}, ...]}
 * }</pre>
 *
 * {@code violations} lists the first 100 and {@code violationCount} says how many there are, so a
 * body of thousands of mistakes gets an answer no larger than the body.
 *
 * <p>It answers a {@code @RequestBody ShareMiniProgramRequest} that breaks the contract (an empty body
 * included), a request inside the app's own body class ({@code /share/userName}), an
 * {@code InvalidShareRequestException} thrown by a handler, and {@code @Valid} bodies whose fields
 * carry wxshare's constraints: those are {@link #REQUEST_TYPE}, titled "Invalid request", since the
 * body is the app's, not a share request. Any other unreadable or invalid body is handed back to
 * Spring, untouched.
 *
 * <p>The app's own {@code @ExceptionHandler}s win: this advice has the lowest precedence, and the
 * starters register it after the app's beans. With {@code spring.mvc.problemdetails.enabled=true},
 * {@link WxShareResponseEntityExceptionHandler} stands in for Spring Boot's handler, which would
 * otherwise answer these bodies first with its generic text. An app with a
 * {@code ResponseEntityExceptionHandler} of its own calls {@link #answer} from it.
 */
@RestControllerAdvice
@Order(Ordered.LOWEST_PRECEDENCE)
public final class WxShareProblemDetails {
  /** The problem type of an invalid share request. */
  public static final URI TYPE = URI.create("https://wxshare.github.io/problems/invalid-share-request");

  /** The problem type of an app's {@code @Valid} body that breaks wxshare's constraints on its fields. */
  public static final URI REQUEST_TYPE = URI.create("https://wxshare.github.io/problems/invalid-request");

  /** For the starters, and for an app that registers the advice itself. */
  public WxShareProblemDetails() {}

  /** A handler threw. */
  @ExceptionHandler(InvalidShareRequestException.class)
  public ResponseEntity<Object> invalidRequest(InvalidShareRequestException e, Locale locale) {
    return shareProblem(e.violations(), locale);
  }

  /**
   * The body reader found the body invalid, Jackson found a request inside the app's body class
   * invalid, or {@code @Valid} failed on a body with wxshare's constraints. Any other unreadable or
   * invalid body is not wxshare's: the exception is thrown again, which hands it back to Spring's own
   * resolvers.
   */
  @ExceptionHandler({HttpMessageNotReadableException.class, MethodArgumentNotValidException.class})
  public ResponseEntity<Object> invalidBody(Exception e, Locale locale) throws Exception {
    ResponseEntity<Object> answer = answer(e, locale);
    if (answer == null) {
      throw e;
    }
    return answer;
  }

  /**
   * wxshare's answer to {@code failure}, or null when it is not wxshare's: a share request's
   * violations anywhere in its cause chain (the body reader's, a Jackson module's, a handler's), or a
   * {@code MethodArgumentNotValidException} whose violations include one of wxshare's constraints.
   * For an app's own {@code ResponseEntityExceptionHandler}: return it, when it is not null, from
   * {@code handleHttpMessageNotReadable} and {@code handleMethodArgumentNotValid}. (Its body is the
   * problem document, a map.)
   */
  public static @Nullable ResponseEntity<Object> answer(Throwable failure, Locale locale) {
    if (failure instanceof MethodArgumentNotValidException) {
      List<Violation> violations = wxshareFindings((MethodArgumentNotValidException) failure);
      return violations == null ? null : problem(REQUEST_TYPE, false, violations, locale);
    }
    Set<Throwable> seen = java.util.Collections.newSetFromMap(new IdentityHashMap<>());
    for (Throwable t = failure; t != null && seen.add(t); t = t.getCause()) {
      if (t instanceof InvalidShareRequestException) {
        return shareProblem(((InvalidShareRequestException) t).violations(), locale);
      }
      if (t instanceof CarriesViolations) {
        return shareProblem(((CarriesViolations) t).violations(), locale);
      }
    }
    return null;
  }

  /**
   * An invalid share request's problem: {@link #TYPE}, every violation (the first 100 listed). For an
   * advice of the app's, and the starters' own for their Jackson module's exception.
   */
  public static ResponseEntity<Object> shareProblem(List<Violation> violations, Locale locale) {
    return problem(TYPE, true, violations, locale);
  }

  private static @Nullable List<Violation> wxshareFindings(MethodArgumentNotValidException e) {
    List<Violation> violations = new ArrayList<>();
    boolean ours = false;
    for (ObjectError error : e.getBindingResult().getAllErrors()) {
      if (!error.contains(ConstraintViolation.class)) {
        return null;
      }
      ConstraintViolation<?> violation = error.unwrap(ConstraintViolation.class);
      ours |= ProviderFindings.rule(violation.getConstraintDescriptor()) != null;
      violations.add(Violation.of(violation));
    }
    if (!ours) {
      return null;
    }
    violations.sort((a, b) -> a.pointer().compareTo(b.pointer()));
    return violations;
  }

  private static ResponseEntity<Object> problem(URI type, boolean shareRequest, List<Violation> violations,
      Locale locale) {
    Languages language = Languages.of(locale);
    // A map, not Spring's ProblemDetail: its keys keep this order under Jackson 2 and under Jackson 3
    // (which sorts a bean's properties by name), so Boot 3 and Boot 4 answer the same document.
    Map<String, Object> problem = new LinkedHashMap<>();
    problem.put("type", type.toString());
    problem.put("title", title(language, shareRequest));
    problem.put("status", HttpStatus.BAD_REQUEST.value());
    problem.put("detail", detail(language, shareRequest, violations.size()));
    String instance = instance();
    if (instance != null) {
      problem.put("instance", instance);
    }
    // The first Summaries.LISTED, with the total: the answer is never much larger than the body's bound.
    List<Violation> listed = Summaries.listed(violations);
    List<Map<String, String>> list = new ArrayList<>(listed.size());
    for (Violation v : listed) {
      Map<String, String> item = new LinkedHashMap<>();
      item.put("pointer", v.pointer());
      item.put("code", v.code());
      item.put("message", v.message(locale));
      list.add(item);
    }
    problem.put("violationCount", violations.size());
    problem.put("violations", list);
    return ResponseEntity.status(HttpStatus.BAD_REQUEST).contentType(MediaType.APPLICATION_PROBLEM_JSON).body(problem);
  }

  /** The path of the request being answered, as Spring puts it in a {@code ProblemDetail}'s {@code instance}. */
  private static @Nullable String instance() {
    RequestAttributes attributes = RequestContextHolder.getRequestAttributes();
    return attributes instanceof ServletRequestAttributes
        ? ((ServletRequestAttributes) attributes).getRequest().getRequestURI() : null;
  }

  private static String title(Languages language, boolean shareRequest) {
    switch (language) {
      case SIMPLIFIED_CHINESE: return shareRequest ? "分享请求无效" : "请求无效";
      case TRADITIONAL_CHINESE: return shareRequest ? "分享請求無效" : "請求無效";
      case ENGLISH:
      default: return shareRequest ? "Invalid share request" : "Invalid request";
    }
  }

  private static String detail(Languages language, boolean shareRequest, int count) {
    switch (language) {
      case SIMPLIFIED_CHINESE: return (shareRequest ? "分享请求有 " : "请求有 ") + count + " 处错误。";
      case TRADITIONAL_CHINESE: return (shareRequest ? "分享請求有 " : "請求有 ") + count + " 處錯誤。";
      case ENGLISH:
      default: return (shareRequest ? "The share request has " : "The request has ") + count
          + (count == 1 ? " violation." : " violations.");
    }
  }
}
