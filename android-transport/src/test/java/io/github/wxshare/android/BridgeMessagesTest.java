package io.github.wxshare.android;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.wxshare.core.ShareResult;
import io.github.wxshare.core.image.CardImageException;
import java.util.HashSet;
import java.util.Locale;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** What a page is told, word for word where a sentence is put together from parts. */
class BridgeMessagesTest {
  private static final Locale TRADITIONAL = Locale.forLanguageTag("zh-TW");

  @ParameterizedTest(name = "{0} with errStr \"{1}\" in {2}")
  @CsvSource(delimiter = '|', textBlock = """
      -5 | too old |  en    | The installed WeChat cannot share this card (errCode -5): too old
      -5 |         |  en    | The installed WeChat cannot share this card (errCode -5).
      -5 | too old |  zh-CN | 已安装的微信不支持这次分享（errCode -5）：too old
      -5 |         |  zh-CN | 已安装的微信不支持这次分享（errCode -5）。
      -5 | too old |  zh-TW | 已安裝的微信不支援這次分享（errCode -5）：too old
      -5 |         |  zh-TW | 已安裝的微信不支援這次分享（errCode -5）。
      -3 | no net  |  en    | WeChat could not send the card (errCode -3): no net
      -3 |         |  en    | WeChat could not send the card (errCode -3).
      -3 | no net  |  zh-CN | 微信发送失败（errCode -3）：no net
      -3 |         |  zh-CN | 微信发送失败（errCode -3）。
      -3 | no net  |  zh-TW | 微信傳送失敗（errCode -3）：no net
      -3 |         |  zh-TW | 微信傳送失敗（errCode -3）。
      """)
  void anAnswerWithWeChatsOwnWordsEndsWithThemAndOneWithoutEndsTheSentence(
      int errCode, String errStr, String lang, String expected) {
    ShareResult result = ShareResult.fromResponse(errCode, errStr, "t1");
    assertThat(BridgeMessages.result(result, BridgeMessages.localeOf(lang))).isEqualTo(expected);
  }

  @Test
  void everyImageReasonHasItsOwnSentenceInEachLanguage() {
    for (Locale locale : new Locale[] {Locale.ENGLISH, Locale.SIMPLIFIED_CHINESE, TRADITIONAL}) {
      Set<String> sentences = new HashSet<>();
      for (CardImageException.Reason reason : CardImageException.Reason.values()) {
        String sentence = BridgeMessages.image(reason, locale);
        assertThat(sentence).as(reason + " in " + locale).isNotBlank();
        if (locale != Locale.ENGLISH) {
          assertThat(sentence).as(reason + " in " + locale).containsPattern("\\p{IsHan}{4}");
        }
        assertThat(sentences.add(sentence)).as(reason + " in " + locale + " says what another reason says").isTrue();
      }
    }
    assertThat(BridgeMessages.image(CardImageException.Reason.UNDECODABLE, TRADITIONAL))
        .isNotEqualTo(BridgeMessages.image(CardImageException.Reason.UNDECODABLE, Locale.SIMPLIFIED_CHINESE));
  }
}
