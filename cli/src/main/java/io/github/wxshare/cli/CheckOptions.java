package io.github.wxshare.cli;

import io.github.wxshare.core.ShareRequestJson;
import io.github.wxshare.core.internal.Languages;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * What one {@code wxshare check} run was asked: the option names and their readings live here once,
 * for picocli's {@link CheckCommand} and for the start-up path {@link CheckArgs} alike.
 */
final class CheckOptions {
  static final String FORMAT = "--format";
  static final String LANG = "--lang";
  static final String MAX_BYTES = "--max-bytes";
  static final String ALLOW_EMPTY = "--allow-empty";
  static final String FOLLOW_LINKS = "--follow-links";

  /** The report formats. */
  enum Format { text, json, github, sarif }

  private static final Pattern TAG = Pattern.compile("[A-Za-z]{2,3}([-_][A-Za-z0-9]{1,8})*");

  final Format format;
  final Locale lang;
  final int maxBytes;
  final boolean allowEmpty;
  final boolean followLinks;
  final List<String> files;

  CheckOptions(Format format, Locale lang, int maxBytes, boolean allowEmpty, boolean followLinks, List<String> files) {
    this.format = format;
    this.lang = lang;
    this.maxBytes = maxBytes;
    this.allowEmpty = allowEmpty;
    this.followLinks = followLinks;
    this.files = List.copyOf(files);
  }

  /** {@code --format}'s value, as picocli reads enums here (any case); null when it is none. */
  static @Nullable Format format(String value) {
    for (Format f : Format.values()) {
      if (f.name().equalsIgnoreCase(value)) {
        return f;
      }
    }
    return null;
  }

  /**
   * {@code --lang}: a BCP 47 tag in English or Chinese ({@code en}, {@code en-US}, {@code zh},
   * {@code zh-CN}, {@code zh-Hans}, {@code zh-TW}, {@code zh-Hant}), read as the library reads a
   * locale ({@code Languages}); null for a tag of another language, or not a tag.
   */
  static @Nullable Locale lang(String value) {
    Locale tag = Languages.locale(value);
    if (!TAG.matcher(value).matches() || !(tag.getLanguage().equals("en") || tag.getLanguage().equals("zh"))) {
      return null;
    }
    return Languages.of(tag).locale;
  }

  /** {@code --max-bytes}: 1 to {@link ShareRequestJson#MAX_DOCUMENT_BYTES_LIMIT}; null otherwise. */
  static @Nullable Integer maxBytes(String value) {
    try {
      int n = Integer.parseInt(value);
      return n >= 1 && n <= ShareRequestJson.MAX_DOCUMENT_BYTES_LIMIT ? n : null;
    } catch (NumberFormatException e) {
      return null;
    }
  }

  @Override
  public boolean equals(@Nullable Object o) {
    if (!(o instanceof CheckOptions)) {
      return false;
    }
    CheckOptions that = (CheckOptions) o;
    return format == that.format && lang.equals(that.lang) && maxBytes == that.maxBytes && allowEmpty == that.allowEmpty
        && followLinks == that.followLinks && files.equals(that.files);
  }

  @Override
  public int hashCode() {
    return Objects.hash(format, lang, maxBytes, allowEmpty, followLinks, files);
  }

  @Override
  public String toString() {
    return "check " + FORMAT + " " + format + " " + LANG + " " + lang.toLanguageTag() + " " + MAX_BYTES + " " + maxBytes
        + (allowEmpty ? " " + ALLOW_EMPTY : "") + (followLinks ? " " + FOLLOW_LINKS : "") + " " + files;
  }
}
