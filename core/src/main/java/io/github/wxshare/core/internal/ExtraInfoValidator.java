package io.github.wxshare.core.internal;

import io.github.wxshare.core.constraints.ExtraInfo;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * {@code extraInfo}: string keys to string values. Checked in this order: a key or value that is not
 * a string (only Bean Validation on a raw map can meet one), an unpaired surrogate or an empty key
 * ({@code format}), then the number of entries and the length of each key and value ({@code
 * length}, with the value's size in {@code actual}: entries, or the longest key or value in code points).
 */
public final class ExtraInfoValidator extends RuleValidator<ExtraInfo, Map<?, ?>> {
  private int maxKeyLength;
  private int maxValueLength;

  public ExtraInfoValidator() {
    super("ExtraInfo", "maxEntries");
  }

  /** For the builder: the same rule with its parameters given directly. */
  public ExtraInfoValidator(int maxEntries, int maxKeyLength, int maxValueLength) {
    this();
    limits(maxEntries, maxKeyLength, maxValueLength);
  }

  @Override
  public void initialize(ExtraInfo annotation) {
    message(annotation.message());
    limits(annotation.maxEntries(), annotation.maxKeyLength(), annotation.maxValueLength());
  }

  private void limits(int maxEntries, int maxKeyLength, int maxValueLength) {
    limit(maxEntries);
    this.maxKeyLength = nonNegative("maxKeyLength", maxKeyLength);
    this.maxValueLength = nonNegative("maxValueLength", maxValueLength);
  }

  @Override
  protected @Nullable Finding check(Map<?, ?> value) {
    long longest = 0;
    for (Map.Entry<?, ?> e : value.entrySet()) {
      if (!(e.getKey() instanceof CharSequence) || !(e.getValue() instanceof CharSequence)) {
        return FORMAT;
      }
      CharSequence key = (CharSequence) e.getKey();
      long keyLength = Utf8.measure(key);
      long valueLength = Utf8.measure((CharSequence) e.getValue());
      if (key.length() == 0 || keyLength < 0 || valueLength < 0) {
        return FORMAT;
      }
      long keyPoints = Utf8.measuredCodePoints(keyLength);
      long valuePoints = Utf8.measuredCodePoints(valueLength);
      if (keyPoints > maxKeyLength || valuePoints > maxValueLength) {
        longest = Math.max(longest, Math.max(keyPoints, valuePoints));
      }
    }
    if (value.size() > attributeValue()) {
      return Finding.length(value.size());
    }
    return longest > 0 ? Finding.length(longest) : null;
  }
}
