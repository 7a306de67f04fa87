package io.github.wxshare.server;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Base64;
import java.util.List;
import java.util.Locale;
import javax.crypto.Cipher;
import javax.crypto.spec.IvParameterSpec;
import javax.crypto.spec.SecretKeySpec;
import org.junit.jupiter.api.Test;

/** The open-data rule on WeChat's own sample, and every way the data cannot be trusted, each with its code. */
class OpenDataTest {
  // WeChat's sample for its open-data decryption (the demo of "开放数据校验与解密", demo.js), verbatim.
  static final String SAMPLE_APP_ID = "wx4f4bc4dec97d474b";
  static final String SAMPLE_SESSION_KEY = "tiihtNczf5v6AKRyjwEUhQ==";
  static final String SAMPLE_ENCRYPTED_DATA =
      "CiyLU1Aw2KjvrjMdj8YKliAjtP4gsMZM"
      + "QmRzooG2xrDcvSnxIMXFufNstNGTyaGS"
      + "9uT5geRa0W4oTOb1WT7fJlAC+oNPdbB+"
      + "3hVbJSRgv+4lGOETKUQz6OYStslQ142d"
      + "NCuabNPGBzlooOmB231qMM85d2/fV6Ch"
      + "evvXvQP8Hkue1poOFtnEtpyxVLW1zAo6"
      + "/1Xx1COxFvrc2d7UL/lmHInNlxuacJXw"
      + "u0fjpXfz/YqYzBIBzD6WUfTIF9GRHpOn"
      + "/Hz7saL8xz+W//FRAUid1OksQaQx4CMs"
      + "8LOddcQhULW4ucetDf96JcR3g0gfRK4P"
      + "C7E/r7Z6xNrXd2UIeorGj5Ef7b1pJAYB"
      + "6Y5anaHqZ9J6nKEBvB4DnNLIVWSgARns"
      + "/8wR2SiRS7MNACwTyrGvt9ts8p12PKFd"
      + "lqYTopNHR1Vf7XjfhQlVsAJdNiKdYmYV"
      + "oKlaRv85IfVunYzO0IKXsyl7JCUjCpoG"
      + "20f0a04COwfneQAGGwd5oa+T8yO5hzuy"
      + "Db/XcxxmK01EpqOyuxINew==";
  static final String SAMPLE_IV = "r7BXXKkLb8qrSNn05n0qiA==";
  /** What the sample decrypts to, as WeChat's demo prints it (the watermark: 2016-10-24T13:03:07Z). */
  static final String SAMPLE_PLAINTEXT = "{\"openId\":\"oGZUI0egBJY1zhBYw2KhdUfwVJJE\",\"nickName\":\"Band\",\"gender\":1,"
      + "\"language\":\"zh_CN\",\"city\":\"Guangzhou\",\"province\":\"Guangdong\",\"country\":\"CN\",\"avatarUrl\":"
      + "\"http://wx.qlogo.cn/mmopen/vi_32/aSKcBBPpibyKNicHNTMM0qJVh8Kjgiak2AHWr8MHM4WgMEm7GFhsf8OYrySdbvAMvTsw3mo8ibKicsnfN5pRjl1p8HQ/0\","
      + "\"unionId\":\"ocMvos6NjeKLIBqg5Mr9QjxrP1FA\",\"watermark\":{\"timestamp\":1477314187,\"appid\":\"wx4f4bc4dec97d474b\"}}";

  static final Instant SAMPLE_TIME = Instant.ofEpochSecond(1477314187);

  private static OpenDataDecrypter atSampleTime() {
    return OpenDataDecrypter.of(SAMPLE_APP_ID).clock(Clock.fixed(SAMPLE_TIME.plusSeconds(30), ZoneOffset.UTC));
  }

  @Test
  void wechatsOwnSampleDecryptsExactly() throws Exception {
    OpenData data = atSampleTime().decrypt(SAMPLE_SESSION_KEY, SAMPLE_IV, SAMPLE_ENCRYPTED_DATA);
    assertThat(data.json()).isEqualTo(SAMPLE_PLAINTEXT);
    assertThat(data.appId()).isEqualTo(SAMPLE_APP_ID);
    assertThat(data.timestamp()).isEqualTo(SAMPLE_TIME);
    assertThat(data.text("openId")).isEqualTo("oGZUI0egBJY1zhBYw2KhdUfwVJJE");
    assertThat(data.fields()).containsKeys("nickName", "unionId", "watermark").containsEntry("gender", 1L);
    assertThat(data.openGId()).isNull();
    assertThat(data.toString()).doesNotContain("oGZUI0egBJY1zhBYw2KhdUfwVJJE");
    // Today, the 2016 watermark is far outside the window; without one it still decrypts.
    assertThat(code(() -> OpenDataDecrypter.of(SAMPLE_APP_ID).decrypt(SAMPLE_SESSION_KEY, SAMPLE_IV, SAMPLE_ENCRYPTED_DATA)))
        .isEqualTo("openData.stale");
    assertThat(OpenDataDecrypter.of(SAMPLE_APP_ID).withoutMaxAge().decrypt(SAMPLE_SESSION_KEY, SAMPLE_IV,
        SAMPLE_ENCRYPTED_DATA).json()).isEqualTo(SAMPLE_PLAINTEXT);
  }

  @Test
  void theWindowIsTenMinutesBackAndFiveAhead() throws Exception {
    OpenDataDecrypter d = OpenDataDecrypter.of(SAMPLE_APP_ID);
    assertThat(d.clock(at(SAMPLE_TIME.plus(Duration.ofMinutes(10)))).decrypt(SAMPLE_SESSION_KEY, SAMPLE_IV,
        SAMPLE_ENCRYPTED_DATA).timestamp()).isEqualTo(SAMPLE_TIME);
    assertThat(code(() -> d.clock(at(SAMPLE_TIME.plus(Duration.ofMinutes(10)).plusSeconds(1)))
        .decrypt(SAMPLE_SESSION_KEY, SAMPLE_IV, SAMPLE_ENCRYPTED_DATA))).isEqualTo("openData.stale");
    assertThat(code(() -> d.clock(at(SAMPLE_TIME.minus(Duration.ofMinutes(5)).minusSeconds(1)))
        .decrypt(SAMPLE_SESSION_KEY, SAMPLE_IV, SAMPLE_ENCRYPTED_DATA))).isEqualTo("openData.future");
    assertThat(d.maxAge(Duration.ofDays(1)).clock(at(SAMPLE_TIME.plus(Duration.ofHours(23))))
        .decrypt(SAMPLE_SESSION_KEY, SAMPLE_IV, SAMPLE_ENCRYPTED_DATA).appId()).isEqualTo(SAMPLE_APP_ID);
  }

  @Test
  void anAppIdThatIsNoneIsSaidForOpenData() {
    ShareSigningException e = org.junit.jupiter.api.Assertions.assertThrows(ShareSigningException.class,
        () -> OpenDataDecrypter.of("gh_d43f693ca31f"));
    assertThat(e.code()).isEqualTo("openData.appIdFormat");
    assertThat(e.getMessage()).contains("\"gh_d43f693ca31f\"").contains("Mini Program's AppID");
    assertThat(e.message(Locale.SIMPLIFIED_CHINESE)).contains("小程序的 AppID");
  }

  @Test
  void anotherAppIdIsSaidWithBoth() {
    OpenDataException e = thrown(() -> OpenDataDecrypter.of("wx0123456789abcdef").withoutMaxAge()
        .decrypt(SAMPLE_SESSION_KEY, SAMPLE_IV, SAMPLE_ENCRYPTED_DATA));
    assertThat(e.code()).isEqualTo("openData.appId");
    assertThat(e.getMessage()).contains("wx4f4bc4dec97d474b").contains("wx0123456789abcdef");
  }

  @Test
  void aWrongKeyChangedDataAndBadPaddingAreOneAnswer() throws Exception {
    byte[] data = Base64.getDecoder().decode(SAMPLE_ENCRYPTED_DATA);
    String wrongKey = Base64.getEncoder().encodeToString("0123456789abcdef".getBytes(StandardCharsets.US_ASCII));
    OpenDataException wrong = thrown(() -> atSampleTime().decrypt(wrongKey, SAMPLE_IV, SAMPLE_ENCRYPTED_DATA));
    assertThat(wrong.code()).isEqualTo("openData.undecryptable");
    for (int at : new int[] {0, 17, data.length / 2, data.length - 17, data.length - 1}) {
      byte[] changed = data.clone();
      changed[at] ^= 1;
      OpenDataException e = thrown(() -> atSampleTime().decrypt(SAMPLE_SESSION_KEY, SAMPLE_IV,
          Base64.getEncoder().encodeToString(changed)));
      assertThat(e.code()).as("byte %d changed", at).isEqualTo("openData.undecryptable");
      assertThat(e.getMessage()).isEqualTo(wrong.getMessage());
    }
    byte[] iv = Base64.getDecoder().decode(SAMPLE_IV);
    // The iv's byte 0 turns the opening brace into "z". (CBC has no integrity check of its own: a
    // change that leaves strict JSON with the right watermark, such as a key's letter, cannot be seen.)
    iv[0] ^= 1;
    assertThat(code(() -> atSampleTime().decrypt(SAMPLE_SESSION_KEY, Base64.getEncoder().encodeToString(iv),
        SAMPLE_ENCRYPTED_DATA))).isEqualTo("openData.undecryptable");
    byte[] truncated = java.util.Arrays.copyOf(data, data.length - 16);
    assertThat(code(() -> atSampleTime().decrypt(SAMPLE_SESSION_KEY, SAMPLE_IV,
        Base64.getEncoder().encodeToString(truncated)))).isEqualTo("openData.undecryptable");
    byte[] cut = java.util.Arrays.copyOf(data, data.length - 1);
    assertThat(code(() -> atSampleTime().decrypt(SAMPLE_SESSION_KEY, SAMPLE_IV,
        Base64.getEncoder().encodeToString(cut)))).isEqualTo("openData.dataLength");
  }

  @Test
  void paddingIsCheckedInFull() throws Exception {
    byte[] key = "sixteen byte key".getBytes(StandardCharsets.US_ASCII);
    byte[] iv = "sixteen byte iv!".getBytes(StandardCharsets.US_ASCII);
    String json = "{\"openGId\":\"tGabc\",\"watermark\":{\"appid\":\"" + SAMPLE_APP_ID + "\",\"timestamp\":1477314187}}";
    byte[] plain = json.getBytes(StandardCharsets.UTF_8);
    int pad = 16 - plain.length % 16;
    byte[] good = java.util.Arrays.copyOf(plain, plain.length + pad);
    java.util.Arrays.fill(good, plain.length, good.length, (byte) pad);
    assertThat(atSampleTime().decrypt(b64(key), b64(iv), b64(encryptRaw(key, iv, good))).openGId()).isEqualTo("tGabc");
    // WxJava#648: a last byte that says "pad" with other pad bytes wrong was accepted, and garbage returned.
    byte[] oneWrong = good.clone();
    oneWrong[good.length - pad] ^= 1;
    byte[] zero = good.clone();
    zero[good.length - 1] = 0;
    byte[] over = good.clone();
    over[good.length - 1] = 17;
    for (byte[] bad : List.of(oneWrong, zero, over)) {
      String data = b64(encryptRaw(key, iv, bad));
      assertThat(code(() -> atSampleTime().decrypt(b64(key), b64(iv), data))).isEqualTo("openData.undecryptable");
    }
  }

  @Test
  void base64LengthsAndTheUrlDecodingMistakeEachHaveACode() {
    assertThat(code(() -> atSampleTime().decrypt(SAMPLE_SESSION_KEY, SAMPLE_IV, SAMPLE_ENCRYPTED_DATA.replace('+', ' '))))
        .isEqualTo("openData.spaces");
    OpenDataException spaces = thrown(() -> atSampleTime().decrypt(SAMPLE_SESSION_KEY, SAMPLE_IV,
        SAMPLE_ENCRYPTED_DATA.replace('+', ' ')));
    assertThat(spaces.message(Locale.SIMPLIFIED_CHINESE)).contains("encryptedData").contains("encodeURIComponent");
    assertThat(code(() -> atSampleTime().decrypt(SAMPLE_SESSION_KEY, SAMPLE_IV, SAMPLE_ENCRYPTED_DATA.replace('+', '-')
        .replace('/', '_')))).isEqualTo("openData.base64");
    assertThat(code(() -> atSampleTime().decrypt(SAMPLE_SESSION_KEY, SAMPLE_IV, SAMPLE_ENCRYPTED_DATA.substring(0, 40)
        + "\n" + SAMPLE_ENCRYPTED_DATA.substring(40)))).isEqualTo("openData.base64");
    assertThat(code(() -> atSampleTime().decrypt("tiihtNczf5v6AKRyjwEUhQ", SAMPLE_IV, SAMPLE_ENCRYPTED_DATA)))
        .isEqualTo("openData.base64");
    assertThat(code(() -> atSampleTime().decrypt(b64(new byte[15]), SAMPLE_IV, SAMPLE_ENCRYPTED_DATA)))
        .isEqualTo("openData.keyLength");
    assertThat(code(() -> atSampleTime().decrypt(b64(new byte[32]), SAMPLE_IV, SAMPLE_ENCRYPTED_DATA)))
        .isEqualTo("openData.keyLength");
    assertThat(code(() -> atSampleTime().decrypt(SAMPLE_SESSION_KEY, b64(new byte[12]), SAMPLE_ENCRYPTED_DATA)))
        .isEqualTo("openData.ivLength");
    assertThat(code(() -> atSampleTime().decrypt(SAMPLE_SESSION_KEY, SAMPLE_IV, "")))
        .isEqualTo("openData.base64");
    assertThat(code(() -> atSampleTime().decrypt(SAMPLE_SESSION_KEY, SAMPLE_IV, "A".repeat(65540))))
        .isEqualTo("openData.dataLength");
  }

  @Test
  void noMessageHoldsTheKeyTheDataOrWhatItDecryptsTo() {
    for (String code : List.of("openData.undecryptable", "openData.stale", "openData.keyLength", "openData.spaces")) {
      OpenDataException e = new OpenDataException(code, "field", "encryptedData", "actual", "15", "timestamp", "t",
          "now", "n", "maxAge", "PT10M");
      for (Locale l : List.of(Locale.ENGLISH, Locale.SIMPLIFIED_CHINESE, Locale.TRADITIONAL_CHINESE)) {
        assertThat(e.message(l)).doesNotContain("{").doesNotContain("io.github.wxshare");
      }
    }
    OpenDataException wrong = thrown(() -> atSampleTime().decrypt(b64(new byte[16]), SAMPLE_IV, SAMPLE_ENCRYPTED_DATA));
    assertThat(wrong.getMessage()).doesNotContain(SAMPLE_SESSION_KEY).doesNotContain("AAAAAAAA")
        .doesNotContain(SAMPLE_ENCRYPTED_DATA.substring(0, 12));
    assertThat(wrong.getStackTrace()).as("no stack trace to log").isEmpty();
    assertThat(wrong.getCause()).isNull();
  }

  static String b64(byte[] bytes) {
    return Base64.getEncoder().encodeToString(bytes);
  }

  static byte[] encryptRaw(byte[] key, byte[] iv, byte[] blocks) throws Exception {
    Cipher aes = Cipher.getInstance("AES/CBC/NoPadding");
    aes.init(Cipher.ENCRYPT_MODE, new SecretKeySpec(key, "AES"), new IvParameterSpec(iv));
    return aes.doFinal(blocks);
  }

  private static Clock at(Instant instant) {
    return Clock.fixed(instant, ZoneOffset.UTC);
  }

  interface Call {
    OpenData run() throws OpenDataException;
  }

  static OpenDataException thrown(Call call) {
    try {
      call.run();
    } catch (OpenDataException e) {
      return e;
    }
    throw new AssertionError("the data was accepted");
  }

  static String code(Call call) {
    return thrown(call).code();
  }
}
