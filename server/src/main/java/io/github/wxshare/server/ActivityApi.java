package io.github.wxshare.server;

import io.github.wxshare.core.internal.BoundedRead;
import io.github.wxshare.server.internal.JsonTree;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Objects;
import java.util.function.Supplier;
import org.jspecify.annotations.Nullable;

/**
 * WeChat's activity API for updatable and private cards, over the JDK's {@code HttpClient}: {@link
 * #create} ({@code cgi-bin/message/wxopen/activityid/create}) before the share, {@link #update}
 * ({@code cgi-bin/message/wxopen/updatablemsg/send}) afterwards.
 *
 * <pre>{@code
 * ActivityApi api = ActivityApi.builder(tokens::current).build(); // the app's own access-token cache
 * ActivityId activity = api.create(openId, null);
 * // share with extraInfo {"activity_id": activity.id()} and isUpdatableMessage or isSecretMessage
 * api.update(UpdatableMessage.waiting(activity.id(), 1, 4));
 * }</pre>
 *
 * Every call has a timeout and reads at most {@link Builder#maxResponseBytes} of the answer; every
 * failure is an {@link ActivityApiException} whose {@link ActivityApiException.Kind} says what to
 * do. The access token comes from the supplier at each call (getting tokens is the app's job) and
 * never appears in an exception. Thread-safe.
 */
public final class ActivityApi {
  /** WeChat's API host. */
  public static final URI WECHAT = URI.create("https://api.weixin.qq.com/");

  private final Supplier<String> accessToken;
  private final URI base;
  private final Duration timeout;
  private final int maxResponseBytes;
  private final HttpClient http;

  private ActivityApi(Builder b) {
    this.accessToken = b.accessToken;
    this.base = b.base;
    this.timeout = b.timeout;
    this.maxResponseBytes = b.maxResponseBytes;
    this.http = HttpClient.newBuilder().connectTimeout(b.timeout).followRedirects(HttpClient.Redirect.NEVER).build();
  }

  /** A builder whose calls take the access token from {@code accessToken}. */
  public static Builder builder(Supplier<String> accessToken) {
    return new Builder(Objects.requireNonNull(accessToken, "accessToken == null"));
  }

  /** Settings: base URL, timeout, answer bound. */
  public static final class Builder {
    private final Supplier<String> accessToken;
    private URI base = WECHAT;
    private Duration timeout = Duration.ofSeconds(10);
    private int maxResponseBytes = 65536;

    private Builder(Supplier<String> accessToken) {
      this.accessToken = accessToken;
    }

    /** Where the API is; {@link #WECHAT} unless set (a proxy, or a test's server). */
    public Builder baseUri(URI base) {
      String s = Objects.requireNonNull(base, "base == null").toString();
      this.base = URI.create(s.endsWith("/") ? s : s + "/");
      return this;
    }

    /** The connect timeout and the whole call's timeout; 10 seconds unless set. */
    public Builder timeout(Duration timeout) {
      if (timeout.isNegative() || timeout.isZero()) {
        throw new IllegalArgumentException("timeout must be positive, not " + timeout);
      }
      this.timeout = timeout;
      return this;
    }

    /** The most bytes of an answer read; 65536 unless set (WeChat's answers are under 200). */
    public Builder maxResponseBytes(int maxResponseBytes) {
      if (maxResponseBytes < 64) {
        throw new IllegalArgumentException("maxResponseBytes must be at least 64, not " + maxResponseBytes);
      }
      this.maxResponseBytes = maxResponseBytes;
      return this;
    }

    public ActivityApi build() {
      return new ActivityApi(this);
    }
  }

  /**
   * Creates an activity id, optionally bound to the sharer ({@code openid} or {@code unionid}; both
   * null for none).
   *
   * @throws ActivityApiException with what went wrong
   */
  public ActivityId create(@Nullable String openId, @Nullable String unionId) throws ActivityApiException {
    StringBuilder query = new StringBuilder();
    if (openId != null) {
      query.append("&openid=").append(URLEncoder.encode(openId, StandardCharsets.UTF_8));
    }
    if (unionId != null) {
      query.append("&unionid=").append(URLEncoder.encode(unionId, StandardCharsets.UTF_8));
    }
    Map<String, @Nullable Object> answer = call("cgi-bin/message/wxopen/activityid/create", query.toString(), null);
    Object id = answer.get("activity_id");
    Object expires = answer.get("expiration_time");
    if (!(id instanceof String) || ((String) id).isEmpty() || !(expires instanceof Long)) {
      throw new ActivityApiException(ActivityApiException.Kind.NOT_JSON, null, null);
    }
    return new ActivityId((String) id, Instant.ofEpochSecond((Long) expires));
  }

  /**
   * Changes an updatable card's state.
   *
   * @throws ActivityApiException with what went wrong
   */
  public void update(UpdatableMessage message) throws ActivityApiException {
    call("cgi-bin/message/wxopen/updatablemsg/send", "", Objects.requireNonNull(message, "message == null").body());
  }

  private Map<String, @Nullable Object> call(String path, String query, byte @Nullable [] body)
      throws ActivityApiException {
    String token = Objects.requireNonNull(accessToken.get(), "the access-token supplier returned null");
    URI uri = base.resolve(path + "?access_token=" + URLEncoder.encode(token, StandardCharsets.UTF_8) + query);
    HttpRequest.Builder request = HttpRequest.newBuilder(uri).timeout(timeout);
    if (body == null) {
      request.GET();
    } else {
      request.header("Content-Type", "application/json; charset=utf-8")
          .POST(HttpRequest.BodyPublishers.ofByteArray(body));
    }
    byte[] bytes;
    int status;
    try {
      HttpResponse<InputStream> response = http.send(request.build(), HttpResponse.BodyHandlers.ofInputStream());
      status = response.statusCode();
      try (InputStream in = response.body()) {
        bytes = BoundedRead.bytes(in, maxResponseBytes);
      }
    } catch (HttpTimeoutException e) {
      throw new ActivityApiException(ActivityApiException.Kind.TIMEOUT, null, null, "timeout", timeout.toString());
    } catch (IOException e) {
      throw new ActivityApiException(ActivityApiException.Kind.UNREACHABLE, null, null, "host",
          String.valueOf(base.getHost()));
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new ActivityApiException(ActivityApiException.Kind.UNREACHABLE, null, null, "host",
          String.valueOf(base.getHost()));
    }
    if (bytes == null) {
      throw new ActivityApiException(ActivityApiException.Kind.TOO_LARGE, null, null, "max",
          String.valueOf(maxResponseBytes));
    }
    if (status != 200) {
      throw new ActivityApiException(ActivityApiException.Kind.HTTP_STATUS, null, null, "status", String.valueOf(status));
    }
    Map<String, @Nullable Object> answer;
    try {
      answer = JsonTree.object(bytes);
    } catch (JsonTree.Refused e) {
      throw new ActivityApiException(ActivityApiException.Kind.NOT_JSON, null, null);
    }
    Object errcode = answer.get("errcode");
    if (errcode != null && !(errcode instanceof Long)) {
      throw new ActivityApiException(ActivityApiException.Kind.NOT_JSON, null, null);
    }
    if (errcode != null && (Long) errcode != 0) {
      long code = (Long) errcode;
      Object errmsg = answer.get("errmsg");
      throw new ActivityApiException(kind(code), code >= Integer.MIN_VALUE && code <= Integer.MAX_VALUE ? (int) code
          : null, errmsg instanceof String ? (String) errmsg : null);
    }
    return answer;
  }

  /** WeChat's {@code errcode}, by what a caller does about it (the activity API's and the global return codes). */
  static ActivityApiException.Kind kind(long errcode) {
    switch ((int) Math.max(Integer.MIN_VALUE, Math.min(Integer.MAX_VALUE, errcode))) {
      case -1: return ActivityApiException.Kind.BUSY;
      case 42001: return ActivityApiException.Kind.TOKEN_EXPIRED;
      case 40001:
      case 40014: return ActivityApiException.Kind.TOKEN_INVALID;
      case 40003: return ActivityApiException.Kind.INVALID_OPENID;
      case 45009:
      case 45011: return ActivityApiException.Kind.FREQUENCY_LIMIT;
      case 44002: return ActivityApiException.Kind.EMPTY_BODY;
      case 47001: return ActivityApiException.Kind.BAD_BODY;
      case 48001: return ActivityApiException.Kind.UNAUTHORIZED;
      default: return ActivityApiException.Kind.WECHAT_ERROR;
    }
  }

  @Override
  public String toString() {
    return "ActivityApi{" + base + ", timeout " + timeout + "}";
  }
}
