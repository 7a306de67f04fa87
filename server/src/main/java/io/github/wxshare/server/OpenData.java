package io.github.wxshare.server;

import java.time.Instant;
import java.util.Collections;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * Open data that decrypted and passed every check: the watermark's AppID is the expected one and
 * its timestamp is within the window. The typed accessors read the fields that a card's way back
 * carries; each is null when WeChat did not send it. Every field WeChat sent, unknown ones
 * included, is in {@link #fields()}; {@link #json()} is the decrypted text as it was.
 *
 * <ul>
 *   <li>{@code wx.getGroupEnterInfo} and {@code wx.getShareInfo}: {@link #openGId()} (sent as
 *       {@code openGId}, or {@code opengid} in newer answers), {@link #openSingleRoomId()},
 *       {@link #groupOpenId()}, {@link #chatType()};
 *   <li>{@code wx.authPrivateMessage}: {@link #valid()}, and the activity in {@link #fields()} as sent.
 * </ul>
 */
public final class OpenData {
  private final String json;
  private final Map<String, @Nullable Object> fields;
  private final String appId;
  private final Instant timestamp;

  OpenData(String json, Map<String, @Nullable Object> fields, String appId, Instant timestamp) {
    this.json = json;
    this.fields = Collections.unmodifiableMap(fields);
    this.appId = appId;
    this.timestamp = timestamp;
  }

  /** The decrypted JSON text, exactly as WeChat encrypted it. */
  public String json() {
    return json;
  }

  /**
   * Every top-level field, in order: a JSON string is a {@code String}, an integer a {@code Long}
   * (or a {@code java.math.BigDecimal} when it has a fraction or is beyond {@code long}), {@code
   * true} and {@code false} a {@code Boolean}, {@code null} null, an object a {@code Map} and an
   * array a {@code List}. Unmodifiable.
   */
  public Map<String, @Nullable Object> fields() {
    return fields;
  }

  /** The watermark's AppID, which the decrypter checked. */
  public String appId() {
    return appId;
  }

  /** The watermark's timestamp, which the decrypter checked against its window. */
  public Instant timestamp() {
    return timestamp;
  }

  /** The group's id for this Mini Program: {@code openGId}, or {@code opengid} in newer answers. */
  public @Nullable String openGId() {
    String id = text("openGId");
    return id != null ? id : text("opengid");
  }

  /** {@code open_single_roomid}: the one-to-one chat's id. */
  public @Nullable String openSingleRoomId() {
    return text("open_single_roomid");
  }

  /** {@code group_openid}: the user's id within the group. */
  public @Nullable String groupOpenId() {
    return text("group_openid");
  }

  /** {@code chat_type}: the kind of chat the card was opened from, as WeChat numbers it. */
  public @Nullable Long chatType() {
    Object v = fields.get("chat_type");
    return v instanceof Long ? (Long) v : null;
  }

  /** {@code valid}: for a private message, whether this user may open it. */
  public @Nullable Boolean valid() {
    Object v = fields.get("valid");
    return v instanceof Boolean ? (Boolean) v : null;
  }

  /** A top-level string field, or null when absent or of another type. */
  public @Nullable String text(String key) {
    Object v = fields.get(key);
    return v instanceof String ? (String) v : null;
  }

  /** The AppID and the time only: open data may be personal, and this is what logs see. */
  @Override
  public String toString() {
    return "OpenData{appId=" + appId + ", timestamp=" + timestamp + ", fields=" + fields.keySet() + "}";
  }
}
