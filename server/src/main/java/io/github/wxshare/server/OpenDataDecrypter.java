package io.github.wxshare.server;

import io.github.wxshare.server.internal.JsonTree;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.Base64;
import java.util.Map;
import java.util.Objects;
import javax.crypto.Cipher;
import javax.crypto.spec.IvParameterSpec;
import javax.crypto.spec.SecretKeySpec;
import org.jspecify.annotations.Nullable;

/**
 * Decrypts what a card brings back ({@code wx.getGroupEnterInfo}, {@code wx.getShareInfo}, {@code
 * wx.authPrivateMessage}) as WeChat's open-data rule says, and checks everything the back-end
 * libraries skip:
 *
 * <ul>
 *   <li>{@code sessionKey}, {@code iv} and {@code encryptedData} are standard Base64, padded, with
 *       no whitespace; spaces where a URL decoder turned each {@code +} into one are said as such
 *       ({@code openData.spaces}) and not repaired (docs/decisions.md says why);
 *   <li>the key and the iv are exactly 16 bytes, the data whole 16-byte blocks, at most 65536
 *       Base64 characters;
 *   <li>AES-128-CBC, then PKCS#7 checked in full (every pad byte), then well-formed UTF-8 and one
 *       strict JSON object with no key given twice, then a {@code watermark} with {@code appid} and
 *       {@code timestamp}. A failure at any of these steps is one answer, {@code
 *       openData.undecryptable}: a wrong key, changed data and bad padding cannot be told apart;
 *   <li>the watermark's {@code appid} is the expected AppID ({@code openData.appId}), and its
 *       {@code timestamp} is at most {@link #DEFAULT_MAX_AGE} old ({@code openData.stale}) and at
 *       most {@link #CLOCK_SKEW} ahead of the clock ({@code openData.future}).
 * </ul>
 *
 * <pre>{@code
 * OpenData group = OpenDataDecrypter.of("wx4f4bc4dec97d474b").decrypt(sessionKey, iv, encryptedData);
 * String openGId = group.openGId();
 * }</pre>
 *
 * Immutable and thread-safe; {@link #maxAge}, {@link #withoutMaxAge} and {@link #clock} return
 * copies. The session key is never kept, logged or put in a message.
 */
public final class OpenDataDecrypter {
  /**
   * The default window: the Mini Program asks WeChat for the data when the card is opened and sends
   * it to its server at once, so ten minutes covers a slow network; an older watermark is a replay
   * or a value that was stored.
   */
  public static final Duration DEFAULT_MAX_AGE = Duration.ofMinutes(10);
  /** How far ahead of this server's clock a watermark may be: WeChat's clock is not this server's. */
  public static final Duration CLOCK_SKEW = Duration.ofMinutes(5);
  /** The longest {@code encryptedData} read, in Base64 characters: open data is a few hundred bytes. */
  public static final int MAX_DATA_CHARS = 65536;

  private static final int BLOCK = 16;

  private final String appId;
  private final @Nullable Duration maxAge;
  private final Clock clock;

  private OpenDataDecrypter(String appId, @Nullable Duration maxAge, Clock clock) {
    this.appId = appId;
    this.maxAge = maxAge;
    this.clock = clock;
  }

  /**
   * A decrypter for the Mini Program {@code appId} ({@code wx} and 16 lower-case hex digits), with
   * the default window and the system clock.
   *
   * @throws ShareSigningException {@code openData.appIdFormat} when {@code appId} is not an AppID
   */
  public static OpenDataDecrypter of(String appId) {
    return new OpenDataDecrypter(Cards.appId(Objects.requireNonNull(appId, "appId == null"), "openData.appIdFormat"),
        DEFAULT_MAX_AGE,
        Clock.systemUTC());
  }

  /** This decrypter with another window; {@code maxAge} must be positive. */
  public OpenDataDecrypter maxAge(Duration maxAge) {
    if (maxAge.isNegative() || maxAge.isZero()) {
      throw new IllegalArgumentException("maxAge must be positive, not " + maxAge + "; use withoutMaxAge() for none");
    }
    return new OpenDataDecrypter(appId, maxAge, clock);
  }

  /** This decrypter without an age check (a stored sample, a test); the AppID is still checked. */
  public OpenDataDecrypter withoutMaxAge() {
    return new OpenDataDecrypter(appId, null, clock);
  }

  /** This decrypter with {@code clock} as now. */
  public OpenDataDecrypter clock(Clock clock) {
    return new OpenDataDecrypter(appId, maxAge, Objects.requireNonNull(clock, "clock == null"));
  }

  /**
   * The open data, decrypted and checked.
   *
   * @param sessionKey the user's {@code session_key} from {@code jscode2session}, Base64 of 16 bytes
   * @param iv the {@code iv} the Mini Program received with the data, Base64 of 16 bytes
   * @param encryptedData the {@code encryptedData}, Base64
   * @throws OpenDataException with a code for each way the data cannot be trusted
   */
  public OpenData decrypt(String sessionKey, String iv, String encryptedData) throws OpenDataException {
    Objects.requireNonNull(sessionKey, "sessionKey == null");
    Objects.requireNonNull(iv, "iv == null");
    Objects.requireNonNull(encryptedData, "encryptedData == null");
    if (encryptedData.length() > MAX_DATA_CHARS) {
      throw new OpenDataException("openData.dataLength", "actual", String.valueOf(encryptedData.length()));
    }
    byte[] key = base64("sessionKey", sessionKey);
    byte[] ivBytes = base64("iv", iv);
    byte[] data = base64("encryptedData", encryptedData);
    try {
      if (key.length != BLOCK) {
        throw new OpenDataException("openData.keyLength", "actual", String.valueOf(key.length));
      }
      if (ivBytes.length != BLOCK) {
        throw new OpenDataException("openData.ivLength", "actual", String.valueOf(ivBytes.length));
      }
      if (data.length == 0 || data.length % BLOCK != 0) {
        throw new OpenDataException("openData.dataLength", "actual", String.valueOf(data.length));
      }
      byte[] plain = decryptBlocks(key, ivBytes, data);
      try {
        return check(plain);
      } finally {
        Arrays.fill(plain, (byte) 0);
      }
    } finally {
      Arrays.fill(key, (byte) 0);
    }
  }

  private OpenData check(byte[] padded) throws OpenDataException {
    int length = unpad(padded);
    // Bad padding still reads the text, so that it takes the time good padding does: the answer
    // and the work are the same for a wrong key, changed data and bad padding.
    byte[] plain = Arrays.copyOf(padded, length < 0 ? padded.length : length);
    Map<String, @Nullable Object> fields = null;
    try {
      fields = JsonTree.object(plain);
    } catch (JsonTree.Refused e) {
      fields = null;
    }
    String json = new String(plain, StandardCharsets.UTF_8);
    Arrays.fill(plain, (byte) 0);
    if (length < 0 || fields == null) {
      throw undecryptable();
    }
    Object watermark = fields.get("watermark");
    if (!(watermark instanceof Map)) {
      throw undecryptable();
    }
    Object seenAppId = ((Map<?, ?>) watermark).get("appid");
    Object seconds = ((Map<?, ?>) watermark).get("timestamp");
    if (!(seenAppId instanceof String) || !(seconds instanceof Long)) {
      throw undecryptable();
    }
    if (!appId.equals(seenAppId)) {
      throw new OpenDataException("openData.appId", "expected", appId, "actual",
          io.github.wxshare.core.internal.RuleValidator.display(seenAppId));
    }
    Instant at = Instant.ofEpochSecond((Long) seconds);
    Instant now = clock.instant();
    if (at.isAfter(now.plus(CLOCK_SKEW))) {
      throw new OpenDataException("openData.future", "timestamp", at.toString(), "now", now.toString());
    }
    if (maxAge != null && at.isBefore(now.minus(maxAge))) {
      throw new OpenDataException("openData.stale", "timestamp", at.toString(), "now", now.toString(),
          "maxAge", maxAge.toString());
    }
    return new OpenData(json, fields, (String) seenAppId, at);
  }

  /** The plaintext's length without its PKCS#7 padding, or -1 when the padding is not PKCS#7; every pad byte is checked. */
  static int unpad(byte[] padded) {
    int n = padded.length;
    int pad = padded[n - 1] & 0xff;
    int bad = (pad == 0 || pad > BLOCK) ? 1 : 0;
    int count = Math.min(Math.max(pad, 1), BLOCK);
    for (int i = 0; i < BLOCK; i++) {
      // Looks at the last 16 bytes whatever pad says, so the time taken does not depend on it.
      int b = padded[n - 1 - i] & 0xff;
      if (i < count && b != pad) {
        bad = 1;
      }
    }
    return bad == 0 ? n - pad : -1;
  }

  private static byte[] decryptBlocks(byte[] key, byte[] iv, byte[] data) throws OpenDataException {
    try {
      Cipher aes = Cipher.getInstance("AES/CBC/NoPadding"); // the padding is checked here, in full
      aes.init(Cipher.DECRYPT_MODE, new SecretKeySpec(key, "AES"), new IvParameterSpec(iv));
      return aes.doFinal(data);
    } catch (GeneralSecurityException e) {
      throw undecryptable();
    }
  }

  private static OpenDataException undecryptable() {
    return new OpenDataException("openData.undecryptable");
  }

  /** Standard Base64, padded, nothing else; spaces where {@code +} belonged get their own code. */
  private static byte[] base64(String field, String value) throws OpenDataException {
    if (value.indexOf(' ') >= 0 && value.indexOf('+') < 0
        && io.github.wxshare.core.internal.MsgSignatureValidator.isStandardBase64(value.replace(' ', '+'))) {
      throw new OpenDataException("openData.spaces", "field", field);
    }
    if (!io.github.wxshare.core.internal.MsgSignatureValidator.isStandardBase64(value)) {
      throw new OpenDataException("openData.base64", "field", field);
    }
    return Base64.getDecoder().decode(value);
  }

  @Override
  public String toString() {
    return "OpenDataDecrypter{appId=" + appId + ", maxAge=" + (maxAge == null ? "none" : maxAge) + "}";
  }
}
