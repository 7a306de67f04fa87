package io.github.wxshare.server;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.FuzzTest;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.Base64;
import java.util.Set;
import javax.crypto.Cipher;
import javax.crypto.spec.IvParameterSpec;
import javax.crypto.spec.SecretKeySpec;

/**
 * Any session key, iv and data, as bytes or as raw text, give open data or an {@link
 * OpenDataException} with one of its codes, nothing else; and any plaintext properly encrypted
 * under a known key decrypts to exactly that text or is refused. The committed inputs in {@code
 * OpenDataFuzzTestInputs/} run in every build; {@code -P fuzz} mutates them (CONTRIBUTING).
 */
class OpenDataFuzzTest {
  private static final String APP_ID = "wxba6223c06417af7b";
  private static final OpenDataDecrypter DECRYPTER = OpenDataDecrypter.of(APP_ID)
      .clock(Clock.fixed(Instant.ofEpochSecond(1_765_000_000L), ZoneOffset.UTC));
  private static final byte[] KEY = "sixteen byte key".getBytes(StandardCharsets.US_ASCII);
  private static final byte[] IV = "sixteen byte iv!".getBytes(StandardCharsets.US_ASCII);
  private static final Set<String> CODES = Set.of("openData.base64", "openData.spaces", "openData.keyLength",
      "openData.ivLength", "openData.dataLength", "openData.undecryptable", "openData.appId", "openData.stale",
      "openData.future");

  @FuzzTest(maxDuration = "2m")
  void onlyTheLibrarysOwnAnswersComeOut(FuzzedDataProvider in) throws Exception {
    int mode = in.consumeInt(0, 2);
    if (mode == 0) {
      // A plaintext encrypted as WeChat does: it decrypts to itself, or is refused with a code.
      byte[] plain = in.consumeRemainingAsBytes();
      int pad = 16 - plain.length % 16;
      byte[] padded = Arrays.copyOf(plain, plain.length + pad);
      Arrays.fill(padded, plain.length, padded.length, (byte) pad);
      Cipher aes = Cipher.getInstance("AES/CBC/NoPadding");
      aes.init(Cipher.ENCRYPT_MODE, new SecretKeySpec(KEY, "AES"), new IvParameterSpec(IV));
      String data = Base64.getEncoder().encodeToString(aes.doFinal(padded));
      try {
        OpenData open = DECRYPTER.decrypt(b64(KEY), b64(IV), data);
        assertThat(open.json().getBytes(StandardCharsets.UTF_8)).isEqualTo(plain);
        assertThat(open.appId()).isEqualTo(APP_ID);
      } catch (OpenDataException e) {
        assertThat(e.code()).isIn("openData.undecryptable", "openData.appId", "openData.stale", "openData.future");
      }
      return;
    }
    String key;
    String iv;
    String data;
    if (mode == 1) {
      key = b64(in.consumeBytes(in.consumeInt(0, 40)));
      iv = b64(in.consumeBytes(in.consumeInt(0, 40)));
      data = b64(in.consumeRemainingAsBytes());
    } else {
      key = in.consumeString(40);
      iv = in.consumeString(40);
      data = in.consumeRemainingAsString();
    }
    try {
      DECRYPTER.decrypt(key, iv, data);
    } catch (OpenDataException e) {
      assertThat(e.code()).isIn(CODES);
    }
  }

  private static String b64(byte[] b) {
    return Base64.getEncoder().encodeToString(b);
  }
}
