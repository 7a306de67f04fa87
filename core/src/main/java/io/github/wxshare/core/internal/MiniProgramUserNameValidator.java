package io.github.wxshare.core.internal;

import io.github.wxshare.core.constraints.MiniProgramUserName;
import org.jspecify.annotations.Nullable;

/**
 * {@code userName}: an original id, {@code gh_} and 12 lower-case hex digits. An AppID
 * ({@code wx} and 16 hex digits) is the most common mistake and gets its own code.
 */
public final class MiniProgramUserNameValidator extends RuleValidator<MiniProgramUserName, CharSequence> {
  private static final Finding APP_ID = Finding.of("appId");

  public MiniProgramUserNameValidator() {
    super("MiniProgramUserName");
  }

  @Override
  public void initialize(MiniProgramUserName annotation) {
    message(annotation.message());
  }

  @Override
  protected @Nullable Finding check(CharSequence value) {
    String s = value.toString();
    if (isOriginalId(s)) {
      return null;
    }
    if (s.length() == 18 && (s.startsWith("wx") || s.startsWith("WX") || s.startsWith("Wx")) && hexFrom(s, 2, false)) {
      return APP_ID;
    }
    // Offer the fix for the usual slips: case, surrounding blanks, the "@app" suffix.
    String candidate = Text.asciiLowerCase(Text.strip(s));
    if (candidate.endsWith("@app")) {
      candidate = candidate.substring(0, candidate.length() - 4);
    }
    return Finding.suggest("format", isOriginalId(candidate) ? candidate : null);
  }

  static boolean isOriginalId(String s) {
    return s.length() == 15 && s.startsWith("gh_") && hexFrom(s, 3, true);
  }

  private static boolean hexFrom(String s, int from, boolean lowerOnly) {
    for (int i = from; i < s.length(); i++) {
      char c = s.charAt(i);
      boolean ok = (c >= '0' && c <= '9') || (c >= 'a' && c <= 'f') || (!lowerOnly && c >= 'A' && c <= 'F');
      if (!ok) {
        return false;
      }
    }
    return true;
  }
}
