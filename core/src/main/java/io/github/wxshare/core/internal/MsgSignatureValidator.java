package io.github.wxshare.core.internal;

import io.github.wxshare.core.constraints.MsgSignature;
import org.jspecify.annotations.Nullable;

/**
 * {@code msgSignature}: standard Base64 (RFC 4648 section 4), padded, without line breaks, as
 * WeChat decodes it. Empty and blank are {@code format}. When the text is one of the usual slips
 * away from that (URL-safe Base64, padding dropped, line breaks from a MIME encoder or {@code
 * openssl base64}, or each {@code +} turned into a space by a URL decoder), the finding offers the
 * repaired text; it never repairs in silence, because a signature that was mangled on its way
 * should be fixed where it was mangled.
 */
public final class MsgSignatureValidator extends RuleValidator<MsgSignature, CharSequence> {
  public MsgSignatureValidator() {
    super("MsgSignature", "maxLength", true);
  }

  /** For the builder: the same rule with its parameter given directly. */
  public MsgSignatureValidator(int maxLength) {
    this();
    limit(maxLength);
  }

  @Override
  public void initialize(MsgSignature annotation) {
    message(annotation.message());
    limit(annotation.maxLength());
  }

  @Override
  protected @Nullable Finding check(CharSequence value) {
    String s = value.toString();
    if (s.length() > attributeValue()) {
      Finding encodingOrLength = encodingOrLength(s, false);
      if (encodingOrLength != null) {
        return encodingOrLength;
      }
    }
    if (isStandardBase64(s)) {
      return null;
    }
    String repaired = repair(s);
    return Finding.suggest("format", repaired.length() <= attributeValue() && isStandardBase64(repaired)
        ? repaired : null);
  }

  /** Non-empty, a multiple of four, the standard alphabet, and at most two {@code =} at the end only. */
  public static boolean isStandardBase64(String s) {
    int n = s.length();
    if (n == 0 || n % 4 != 0) {
      return false;
    }
    int pad = s.charAt(n - 1) != '=' ? 0 : s.charAt(n - 2) != '=' ? 1 : 2;
    for (int i = 0; i < n - pad; i++) {
      char c = s.charAt(i);
      if (!((c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '+' || c == '/')) {
        return false;
      }
    }
    return true;
  }

  /** The usual slips undone: blanks around, line breaks, spaces for {@code +}, the URL-safe alphabet, no padding. */
  private static String repair(String s) {
    String t = Text.strip(s);
    StringBuilder b = new StringBuilder(t.length() + 2);
    for (int i = 0; i < t.length(); i++) {
      char c = t.charAt(i);
      if (c == '\r' || c == '\n') {
        continue;
      }
      b.append(c == ' ' ? '+' : c == '-' ? '+' : c == '_' ? '/' : c);
    }
    while (b.length() % 4 == 2 || b.length() % 4 == 3) {
      b.append('=');
    }
    return b.toString();
  }
}
