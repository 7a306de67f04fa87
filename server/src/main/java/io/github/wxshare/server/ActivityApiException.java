package io.github.wxshare.server;

import io.github.wxshare.core.internal.Display;
import java.util.Locale;
import org.jspecify.annotations.Nullable;

/**
 * A call to WeChat's activity API that did not succeed, as a {@link Kind} a caller can act on
 * ({@link #retryable()}, {@link Kind#TOKEN_EXPIRED}: refresh the token), WeChat's own {@code
 * errcode} and {@code errmsg} when it answered, and a message in English, Simplified or Traditional
 * Chinese. No message holds the access token.
 */
public final class ActivityApiException extends Exception {
  private static final long serialVersionUID = 1L;

  /** What went wrong, by what a caller does about it. */
  public enum Kind {
    /** {@code errcode} -1: WeChat is busy; retry later. */
    BUSY(true),
    /** {@code errcode} 42001: the access token expired; get a new one and retry. */
    TOKEN_EXPIRED(true),
    /** {@code errcode} 40001 or 40014: the access token is not valid (another app's, or mistyped). */
    TOKEN_INVALID(false),
    /** {@code errcode} 40003: the {@code openid} is not a user of this app. */
    INVALID_OPENID(false),
    /** {@code errcode} 45009 or 45011: a call quota is used up; retry after it resets. */
    FREQUENCY_LIMIT(true),
    /** {@code errcode} 44002: WeChat received an empty body. */
    EMPTY_BODY(false),
    /** {@code errcode} 47001: WeChat could not read the body's JSON, or a parameter is missing. */
    BAD_BODY(false),
    /** {@code errcode} 48001: the app has no right to this API. */
    UNAUTHORIZED(false),
    /** Any other {@code errcode}: see {@link #errcode()} and {@link #errmsg()}. */
    WECHAT_ERROR(false),
    /** No answer within the timeout. */
    TIMEOUT(true),
    /** The connection failed. */
    UNREACHABLE(true),
    /** An HTTP status other than 200. */
    HTTP_STATUS(true),
    /** An answer over the size bound: not read further. */
    TOO_LARGE(false),
    /** An answer that is not the JSON the document shows. */
    NOT_JSON(false);

    private final boolean retryable;

    Kind(boolean retryable) {
      this.retryable = retryable;
    }
  }

  private final Kind kind;
  private final @Nullable Integer errcode;
  private final @Nullable String errmsg;
  private final String[] parameters;

  ActivityApiException(Kind kind, @Nullable Integer errcode, @Nullable String errmsg, String... parameters) {
    super(null, null, false, false);
    this.kind = kind;
    this.errcode = errcode;
    this.errmsg = errmsg == null ? null : Display.printable(errmsg.length() > 200 ? errmsg.substring(0, 200) : errmsg);
    String[] all = new String[parameters.length + 4];
    System.arraycopy(parameters, 0, all, 0, parameters.length);
    all[parameters.length] = "errcode";
    all[parameters.length + 1] = errcode == null ? "-" : String.valueOf(errcode);
    all[parameters.length + 2] = "errmsg";
    all[parameters.length + 3] = this.errmsg == null ? "-" : this.errmsg;
    this.parameters = all;
  }

  /** What went wrong. */
  public Kind kind() {
    return kind;
  }

  /** The stable code: {@code activity.} and the kind's name, such as {@code activity.TOKEN_EXPIRED}. */
  public String code() {
    return "activity." + kind.name();
  }

  /** Whether the same call may succeed later (busy, token expired once refreshed, quota, network). */
  public boolean retryable() {
    return kind.retryable;
  }

  /** WeChat's {@code errcode}, or null when it did not answer with one. */
  public @Nullable Integer errcode() {
    return errcode;
  }

  /** WeChat's {@code errmsg} (at most 200 characters, control characters escaped), or null. */
  public @Nullable String errmsg() {
    return errmsg;
  }

  @Override
  public String getMessage() {
    return message(Locale.ENGLISH);
  }

  /** The message in {@code locale}'s language. */
  public String message(Locale locale) {
    return ShareSigningException.render(code(), locale, parameters);
  }
}
