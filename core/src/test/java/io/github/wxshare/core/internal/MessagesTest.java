package io.github.wxshare.core.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;
import org.junit.jupiter.api.Test;

/** Template rendering: parameters, keys of the message files, and text that only looks like either. */
class MessagesTest {
  private static final Locale ZH = Locale.SIMPLIFIED_CHINESE;

  @Test
  void parametersAreFilledAndEverythingElseIsKeptAsWritten() {
    assertThat(Messages.render("", Locale.ROOT)).isEmpty();
    assertThat(Messages.render("plain", Locale.ROOT, "a", "1")).isEqualTo("plain");
    assertThat(Messages.render("{a}", Locale.ROOT, "a", "1")).isEqualTo("1");
    assertThat(Messages.render("x{a}y{b}z", Locale.ROOT, "a", "1", "b", "2")).isEqualTo("x1y2z");
    assertThat(Messages.render("{a}{a}", Locale.ROOT, "a", "1", "a", "2")).as("the last pair wins").isEqualTo("22");
    assertThat(Messages.render("{a}", Locale.ROOT, "a", null)).isEqualTo("null");
    assertThat(Messages.render("{b}", Locale.ROOT, "a", "1")).isEqualTo("{b}");
    assertThat(Messages.render("{a", Locale.ROOT, "a", "1")).isEqualTo("{a");
    assertThat(Messages.render("}{a}{", Locale.ROOT, "a", "1")).isEqualTo("}1{");
    assertThat(Messages.render("{}{a}", Locale.ROOT, "a", "1")).isEqualTo("{}1");
    assertThat(Messages.render("a}b", Locale.ROOT)).isEqualTo("a}b");
  }

  @Test
  void keysAreLookedUpInTheLocalesFileAndRenderedWithTheSameParameters() {
    String key = "{io.github.wxshare.didYouMean}";
    assertThat(Messages.render(key, Locale.ROOT, "suggestion", "X")).isEqualTo("Did you mean X?");
    assertThat(Messages.render("[" + key + "]", Locale.ROOT, "suggestion", "X")).isEqualTo("[Did you mean X?]");
    assertThat(Messages.render(key, ZH, "suggestion", "X")).isEqualTo("您是不是想写 X？");
    assertThat(Messages.render("{io.github.wxshare.noSuchKey}", Locale.ROOT)).isEqualTo("{io.github.wxshare.noSuchKey}");
    assertThat(Messages.render("{io.github.wxshare.noSuchKey}", Locale.ROOT, "io.github.wxshare.noSuchKey", "v"))
        .as("a parameter of that name fills it").isEqualTo("v");
  }

  @Test
  void aLocaleReadsItsLanguagesFileThenEnglish() {
    String key = "io.github.wxshare.didYouMean";
    assertThat(Messages.lookup(key, Locale.SIMPLIFIED_CHINESE)).startsWith("您是不是");
    assertThat(Messages.lookup(key, Locale.ROOT)).startsWith("Did you mean");
    assertThat(Messages.lookup(key, Locale.US)).startsWith("Did you mean");
    assertThat(Messages.lookup(key, Locale.ENGLISH)).startsWith("Did you mean");
    assertThat(Messages.lookup(key, Locale.TRADITIONAL_CHINESE)).startsWith("您是不是想寫");
    assertThat(Messages.lookup(key, Locale.forLanguageTag("zh-SG"))).startsWith("您是不是想写");
    assertThat(Messages.lookup("io.github.wxshare.noSuchKey", ZH)).isNull();
  }
}
