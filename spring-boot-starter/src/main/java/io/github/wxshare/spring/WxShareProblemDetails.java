package io.github.wxshare.spring;

import io.github.wxshare.core.InvalidShareRequestException;
import io.github.wxshare.core.Violation;
import io.github.wxshare.core.internal.Languages;
import io.github.wxshare.core.internal.ProviderFindings;
import io.github.wxshare.core.internal.Summaries;
import io.github.wxshare.jackson3.InvalidShareRequestJsonException;
import jakarta.validation.ConstraintViolation;
import java.net.URI;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.validation.ObjectError;
import org.springframework.web.bind.MethodArgumentNotValidException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

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
 * It answers a {@code @RequestBody ShareMiniProgramRequest} that breaks the contract, a request
 * inside the app's own body class ({@code /share/userName}), an {@code InvalidShareRequestException}
 * thrown by a handler, and {@code @Valid} bodies whose fields carry wxshare's constraints (codes such
 * as {@code miniProgram.appId}, messages wxshare's own; a body with none of them is left to Spring).
 *
 * <p>The app's own {@code @ExceptionHandler}s win: this advice has the lowest precedence, and
 * auto-configuration registers it after the app's beans. Turn it off with
 * {@code wxshare.web.problem-details=false}.
 */
@RestControllerAdvice
@Order(Ordered.LOWEST_PRECEDENCE)
public final class WxShareProblemDetails {
  /** The problem type of every answer. */
  public static final URI TYPE = URI.create("https://wxshare.github.io/problems/invalid-share-request");

  /** For auto-configuration, and for an app that registers the advice itself. */
  public WxShareProblemDetails() {}

  /** A handler threw, or the body reader found the body invalid. */
  @ExceptionHandler(InvalidShareRequestException.class)
  public ResponseEntity<ProblemDetail> invalidRequest(InvalidShareRequestException e, Locale locale) {
    return problem(e.violations(), locale);
  }

  /** Jackson read a body holding a request (the app's own class, a list) and the request is invalid. */
  @ExceptionHandler(InvalidShareRequestJsonException.class)
  public ResponseEntity<ProblemDetail> invalidRequestInBody(InvalidShareRequestJsonException e, Locale locale) {
    return problem(e.violations(), locale);
  }

  /**
   * {@code @Valid} failed on a body with wxshare's constraints. A body with none of them is not
   * wxshare's to answer: the exception is thrown again, which hands it back to Spring's own resolvers.
   */
  @ExceptionHandler(MethodArgumentNotValidException.class)
  public ResponseEntity<ProblemDetail> invalidBody(MethodArgumentNotValidException e, Locale locale)
      throws MethodArgumentNotValidException {
    List<Violation> violations = new ArrayList<>();
    boolean ours = false;
    for (ObjectError error : e.getBindingResult().getAllErrors()) {
      if (!error.contains(ConstraintViolation.class)) {
        throw e;
      }
      ConstraintViolation<?> violation = error.unwrap(ConstraintViolation.class);
      ours |= ProviderFindings.rule(violation.getConstraintDescriptor()) != null;
      violations.add(Violation.of(violation));
    }
    if (!ours) {
      throw e;
    }
    violations.sort((a, b) -> a.pointer().compareTo(b.pointer()));
    return problem(violations, locale);
  }

  private static ResponseEntity<ProblemDetail> problem(List<Violation> violations, Locale locale) {
    Languages language = Languages.of(locale);
    ProblemDetail problem = ProblemDetail.forStatus(HttpStatus.BAD_REQUEST);
    problem.setType(TYPE);
    problem.setTitle(title(language));
    problem.setDetail(detail(language, violations.size()));
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
    problem.setProperty("violationCount", violations.size());
    problem.setProperty("violations", list);
    return ResponseEntity.status(HttpStatus.BAD_REQUEST).contentType(MediaType.APPLICATION_PROBLEM_JSON).body(problem);
  }

  private static String title(Languages language) {
    switch (language) {
      case SIMPLIFIED_CHINESE: return "分享请求无效";
      case TRADITIONAL_CHINESE: return "分享請求無效";
      case ENGLISH:
      default: return "Invalid share request";
    }
  }

  private static String detail(Languages language, int count) {
    switch (language) {
      case SIMPLIFIED_CHINESE: return "分享请求有 " + count + " 处错误。";
      case TRADITIONAL_CHINESE: return "分享請求有 " + count + " 處錯誤。";
      case ENGLISH:
      default: return count == 1 ? "The share request has 1 violation." : "The share request has " + count + " violations.";
    }
  }
}
