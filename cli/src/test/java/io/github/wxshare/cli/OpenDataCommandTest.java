package io.github.wxshare.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** {@code wxshare open-data} on WeChat's own sample, as a back-end developer runs it when a decryption fails. */
class OpenDataCommandTest {
  // WeChat's sample for its open-data decryption (demo.js), verbatim.
  private static final String APP_ID = "wx4f4bc4dec97d474b";
  private static final String SESSION_KEY = "tiihtNczf5v6AKRyjwEUhQ==";
  private static final String IV = "r7BXXKkLb8qrSNn05n0qiA==";
  private static final String DATA = "CiyLU1Aw2KjvrjMdj8YKliAjtP4gsMZMQmRzooG2xrDcvSnxIMXFufNstNGTyaGS9uT5geRa0W4oTOb1WT7fJlAC"
      + "+oNPdbB+3hVbJSRgv+4lGOETKUQz6OYStslQ142dNCuabNPGBzlooOmB231qMM85d2/fV6ChevvXvQP8Hkue1poOFtnEtpyxVLW1zAo6/1Xx1"
      + "COxFvrc2d7UL/lmHInNlxuacJXwu0fjpXfz/YqYzBIBzD6WUfTIF9GRHpOn/Hz7saL8xz+W//FRAUid1OksQaQx4CMs8LOddcQhULW4ucetDf9"
      + "6JcR3g0gfRK4PC7E/r7Z6xNrXd2UIeorGj5Ef7b1pJAYB6Y5anaHqZ9J6nKEBvB4DnNLIVWSgARns/8wR2SiRS7MNACwTyrGvt9ts8p12PKFdl"
      + "qYTopNHR1Vf7XjfhQlVsAJdNiKdYmYVoKlaRv85IfVunYzO0IKXsyl7JCUjCpoG20f0a04COwfneQAGGwd5oa+T8yO5hzuyDb/XcxxmK01EpqO"
      + "yuxINew==";

  private static final class Run {
    final int exit;
    final String out;
    final String err;

    Run(String stdin, String... args) {
      ByteArrayOutputStream o = new ByteArrayOutputStream();
      ByteArrayOutputStream e = new ByteArrayOutputStream();
      exit = Main.run(args, new ByteArrayInputStream(stdin.getBytes(StandardCharsets.UTF_8)),
          new PrintStream(o, true, StandardCharsets.UTF_8), new PrintStream(e, true, StandardCharsets.UTF_8));
      out = o.toString(StandardCharsets.UTF_8);
      err = e.toString(StandardCharsets.UTF_8);
    }
  }

  @Test
  void theSampleDecryptsWithoutAnAgeCheckAndIsStaleWithOne() {
    Run ok = new Run("", "open-data", "--app-id", APP_ID, "--session-key", SESSION_KEY, "--iv", IV, "--no-max-age", DATA);
    assertThat(ok.exit).as(ok.err).isZero();
    assertThat(ok.out).startsWith("{\"openId\":\"oGZUI0egBJY1zhBYw2KhdUfwVJJE\"")
        .contains("\"watermark\":{\"timestamp\":1477314187,\"appid\":\"wx4f4bc4dec97d474b\"}");
    Run stale = new Run("", "open-data", "--app-id", APP_ID, "--session-key", SESSION_KEY, "--iv", IV, DATA);
    assertThat(stale.exit).isEqualTo(1);
    assertThat(stale.err).contains("openData.stale").contains("2016-10-24T13:03:07Z").contains("PT10M");
    assertThat(stale.out).isEmpty();
    Run fromStdin = new Run(DATA + "\n", "open-data", "--app-id", APP_ID, "--session-key", SESSION_KEY, "--iv", IV,
        "--max-age", "36500d", "-");
    assertThat(fromStdin.exit).as(fromStdin.err).isZero();
  }

  @Test
  void eachFailureSaysItsCodeAndNeverTheKey() {
    Run spaces = new Run("", "open-data", "--lang", "zh-CN", "--app-id", APP_ID, "--session-key", SESSION_KEY, "--iv", IV,
        "--no-max-age", DATA.replace('+', ' '));
    assertThat(spaces.exit).isEqualTo(1);
    assertThat(spaces.err).contains("openData.spaces").contains("encodeURIComponent");
    Run wrongKey = new Run("", "open-data", "--app-id", APP_ID, "--session-key", "AAAAAAAAAAAAAAAAAAAAAA==", "--iv", IV,
        "--no-max-age", DATA);
    assertThat(wrongKey.exit).isEqualTo(1);
    assertThat(wrongKey.err).contains("openData.undecryptable").doesNotContain("AAAAAAAA").doesNotContain("oGZUI0eg");
    Run otherApp = new Run("", "open-data", "--app-id", "wx0123456789abcdef", "--session-key", SESSION_KEY, "--iv", IV,
        "--no-max-age", DATA);
    assertThat(otherApp.exit).isEqualTo(1);
    assertThat(otherApp.err).contains("openData.appId");
    Run both = new Run("", "open-data", "--app-id", APP_ID, "--session-key", SESSION_KEY, "--iv", IV, "--no-max-age",
        "--max-age", "10m", DATA);
    assertThat(both.exit).isEqualTo(2);
    Run badDuration = new Run("", "open-data", "--app-id", APP_ID, "--session-key", SESSION_KEY, "--iv", IV,
        "--max-age", "ten minutes", DATA);
    assertThat(badDuration.exit).isEqualTo(2);
    assertThat(badDuration.err).contains("not a duration");
  }
}
