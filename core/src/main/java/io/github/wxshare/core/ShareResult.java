package io.github.wxshare.core;

import java.util.Objects;
import java.util.OptionalInt;
import org.jspecify.annotations.Nullable;

/**
 * The outcome of one share: a {@link Status}, and WeChat's raw answer where there is one
 * ({@code BaseResp.errCode}, {@code errStr}, {@code transaction}).
 *
 * <p>{@link Status#SENT} means WeChat answered {@code errCode} 0. Since 2018 WeChat answers 0 even
 * when the user backs out of the chat picker, so it does not prove that the card was posted.
 */
public final class ShareResult {
  /** Every outcome a transport reports. */
  public enum Status {
    /** WeChat answered 0 ({@code ERR_OK}); see the class note on what that proves. */
    SENT,
    /** The user cancelled: {@code ERR_USER_CANCEL}, -2. */
    CANCELLED,
    /** WeChat failed to send: {@code ERR_SENT_FAILED} -3, {@code ERR_COMM} -1, or an unknown code. */
    FAILED,
    /** Authorisation denied: {@code ERR_AUTH_DENIED}, -4. */
    DENIED,
    /** {@code ERR_UNSUPPORT} -5, or a WeChat too old for Mini Program cards or for share tickets. */
    UNSUPPORTED,
    /** The app is banned from sharing: {@code ERR_BAN}, -6. */
    BANNED,
    /** WeChat is not installed on the device. */
    NOT_INSTALLED,
    /** The OpenSDK's {@code sendReq} returned {@code false}: nothing reached WeChat. */
    REJECTED_LOCALLY,
    /** No answer came back in time. */
    TIMED_OUT
  }

  private final Status status;
  private final @Nullable Integer errCode;
  private final @Nullable String errStr;
  private final @Nullable String transaction;

  private ShareResult(Status status, @Nullable Integer errCode, @Nullable String errStr, @Nullable String transaction) {
    this.status = status;
    this.errCode = errCode;
    this.errStr = errStr;
    this.transaction = transaction;
  }

  /**
   * The result of WeChat's answer ({@code BaseResp}): 0 sent, -2 cancelled, -3 and -1 failed,
   * -4 denied, -5 unsupported, -6 banned; any other code is failed, with the code kept.
   *
   * @param errStr WeChat's text, often null
   * @param transaction the request's transaction, as WeChat echoed it; may be null
   */
  public static ShareResult fromResponse(int errCode, @Nullable String errStr, @Nullable String transaction) {
    Status status;
    switch (errCode) {
      case 0: status = Status.SENT; break;
      case -2: status = Status.CANCELLED; break;
      case -4: status = Status.DENIED; break;
      case -5: status = Status.UNSUPPORTED; break;
      case -6: status = Status.BANNED; break;
      default: status = Status.FAILED;
    }
    return new ShareResult(status, errCode, errStr, transaction);
  }

  /** WeChat is not installed; nothing was sent. */
  public static ShareResult notInstalled() {
    return new ShareResult(Status.NOT_INSTALLED, null, null, null);
  }

  /**
   * The installed WeChat is too old for this request; nothing was sent.
   *
   * @param reason what is missing, such as "withShareTicket needs WeChat 6.5.13"; kept as {@link #errStr()}
   */
  public static ShareResult unsupported(String reason) {
    return new ShareResult(Status.UNSUPPORTED, null, Objects.requireNonNull(reason, "reason == null"), null);
  }

  /** {@code sendReq} returned {@code false} for the request with this transaction. */
  public static ShareResult rejectedLocally(String transaction, @Nullable String reason) {
    return new ShareResult(Status.REJECTED_LOCALLY, null, reason, Objects.requireNonNull(transaction, "transaction == null"));
  }

  /** No answer came back for the request with this transaction in time. */
  public static ShareResult timedOut(String transaction) {
    return new ShareResult(Status.TIMED_OUT, null, null, Objects.requireNonNull(transaction, "transaction == null"));
  }

  /** What happened. */
  public Status status() {
    return status;
  }

  /** WeChat's raw {@code errCode}; empty when WeChat did not answer. */
  public OptionalInt errCode() {
    return errCode == null ? OptionalInt.empty() : OptionalInt.of(errCode);
  }

  /** WeChat's raw {@code errStr}, or the transport's reason for a local outcome; may be null. */
  public @Nullable String errStr() {
    return errStr;
  }

  /** The request's transaction; null when nothing was sent. */
  public @Nullable String transaction() {
    return transaction;
  }

  @Override
  public boolean equals(Object o) {
    if (!(o instanceof ShareResult)) {
      return false;
    }
    ShareResult that = (ShareResult) o;
    return status == that.status && Objects.equals(errCode, that.errCode)
        && Objects.equals(errStr, that.errStr) && Objects.equals(transaction, that.transaction);
  }

  @Override
  public int hashCode() {
    return Objects.hash(status, errCode, errStr, transaction);
  }

  @Override
  public String toString() {
    return "ShareResult{status=" + status + ", errCode=" + errCode + ", errStr=" + errStr + ", transaction=" + transaction + "}";
  }
}
