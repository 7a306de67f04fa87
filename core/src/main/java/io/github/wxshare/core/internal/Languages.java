package io.github.wxshare.core.internal;

import java.util.Locale;
import org.jspecify.annotations.Nullable;

/**
 * Which of wxshare's three languages a locale reads: the one function that the library's messages,
 * the CLI, the web bridge and the Spring starter ask, so that one tag never reads two languages.
 *
 * <p>Every {@code zh} locale is Chinese. Traditional Chinese for the script {@code Hant} and for the
 * regions {@code TW}, {@code HK} and {@code MO} without a script; Simplified Chinese for every other
 * {@code zh} ({@code zh}, {@code zh-CN}, {@code zh-Hans}, {@code zh-SG}, {@code Locale.CHINESE});
 * English for everything else. This is the order Java's own {@code ResourceBundle.Control} falls
 * back in, so Hibernate Validator reads the same file for the same locale.
 */
public enum Languages {
  ENGLISH("", Locale.ENGLISH),
  SIMPLIFIED_CHINESE("_zh", Locale.SIMPLIFIED_CHINESE),
  TRADITIONAL_CHINESE("_zh_Hant", Locale.forLanguageTag("zh-Hant"));

  /** The suffix of this language's message file: {@code ContributorValidationMessages<suffix>.properties}. */
  public final String fileSuffix;
  /** The locale that stands for this language. */
  public final Locale locale;

  Languages(String fileSuffix, Locale locale) {
    this.fileSuffix = fileSuffix;
    this.locale = locale;
  }

  /** The language of {@code locale}. */
  public static Languages of(Locale locale) {
    if (!locale.getLanguage().equals("zh")) {
      return ENGLISH;
    }
    String script = locale.getScript();
    if (script.equals("Hant")) {
      return TRADITIONAL_CHINESE;
    }
    if (script.isEmpty()) {
      String region = locale.getCountry();
      if (region.equals("TW") || region.equals("HK") || region.equals("MO")) {
        return TRADITIONAL_CHINESE;
      }
    }
    return SIMPLIFIED_CHINESE;
  }

  /**
   * The language of a BCP 47 tag ({@code zh-TW}, {@code en-US}; {@code zh_TW} as Java writes
   * locales is read alike); English for null, empty or malformed.
   */
  public static Languages ofTag(@Nullable String languageTag) {
    return languageTag == null ? ENGLISH : of(locale(languageTag));
  }

  /** The locale of a tag as {@link #ofTag} reads it. */
  public static Locale locale(String languageTag) {
    return Locale.forLanguageTag(languageTag.trim().replace('_', '-'));
  }

  /** True for both Chinese languages. */
  public boolean chinese() {
    return this != ENGLISH;
  }
}
