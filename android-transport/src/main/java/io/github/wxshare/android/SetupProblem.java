package io.github.wxshare.android;

import java.util.Locale;
import java.util.Objects;

/**
 * One mistake in how the app is set up for sharing to WeChat, found by {@link WxShareSetup#check}
 * or by an {@link OpenSdkShareTransport} before its first share: a {@link Code}, what is wrong, and
 * the exact manifest or code line that fixes it. Immutable.
 *
 * <pre>{@code
 * for (SetupProblem p : WxShareSetup.check(context, "wx0123456789abcdef")) {
 *   Log.e("wxshare", p.code() + ": " + p.message(Locale.getDefault()) + "\n" + p.fix());
 * }
 * }</pre>
 */
public final class SetupProblem {
  /** The kinds of set-up mistake. */
  public enum Code {
    /** The AppID is not {@code wx} and 16 hex digits (an original id {@code gh_...} is named as such). */
    APP_ID_FORMAT,
    /** No activity {@code <applicationId>.wxapi.WXEntryActivity}, where WeChat sends its answer. */
    ENTRY_ACTIVITY_MISSING,
    /**
     * A {@code WXEntryActivity} is declared, but not as {@code <applicationId>.wxapi.WXEntryActivity}:
     * in another package, or under the namespace when the {@code applicationId} differs from it.
     */
    ENTRY_ACTIVITY_WRONG_PACKAGE,
    /** The entry activity is not exported, so WeChat, another app, cannot start it. */
    ENTRY_ACTIVITY_NOT_EXPORTED,
    /** The manifest names an entry activity class that the app does not have. */
    ENTRY_CLASS_MISSING,
    /**
     * The entry activity's class does not extend {@link WxShareEntryActivity} and does not declare
     * that it calls {@link OpenSdkShareTransport#deliver} itself.
     */
    ENTRY_ACTIVITY_DOES_NOT_DELIVER,
    /**
     * The merged manifest has no {@code <queries>} entry for {@code com.tencent.mm}: from Android 11
     * the app cannot see WeChat, and every share would say WeChat is not installed.
     */
    QUERIES_MISSING,
    /** {@code registerApp} returned false while WeChat is installed. */
    REGISTER_APP_FAILED
  }

  private final Code code;
  private final String english;
  private final String simplified;
  private final String traditional;
  private final String fix;
  private final boolean blocksShares;

  SetupProblem(Code code, boolean blocksShares, String fix, String english, String simplified, String traditional) {
    this.code = code;
    this.blocksShares = blocksShares;
    this.fix = fix;
    this.english = english;
    this.simplified = simplified;
    this.traditional = traditional;
  }

  /** The kind of mistake; stable across releases and languages. */
  public Code code() {
    return code;
  }

  /**
   * What is wrong, in {@code locale}'s language: Simplified Chinese for {@code zh}, {@code zh-CN},
   * {@code zh-Hans}, {@code zh-SG}; Traditional Chinese for {@code zh-Hant}, {@code zh-TW},
   * {@code zh-HK}, {@code zh-MO}; English otherwise.
   */
  public String message(Locale locale) {
    return BridgeMessages.pick(Objects.requireNonNull(locale, "locale == null"), english, simplified, traditional);
  }

  /** The line to put in the manifest or the code, exactly as it goes there. */
  public String fix() {
    return fix;
  }

  /**
   * Whether no share can be answered under this mistake on this device: then every share fails at
   * once with a {@link ShareSetupException} instead of waiting out its timeout. {@link
   * Code#QUERIES_MISSING} blocks only where WeChat is hidden (Android 11 and later).
   */
  public boolean blocksShares() {
    return blocksShares;
  }

  /** The code, the English message and the fix. */
  @Override
  public String toString() {
    return code + ": " + english + " Fix: " + fix;
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof SetupProblem && ((SetupProblem) o).code == code && ((SetupProblem) o).fix.equals(fix)
        && ((SetupProblem) o).english.equals(english) && ((SetupProblem) o).blocksShares == blocksShares;
  }

  @Override
  public int hashCode() {
    return Objects.hash(code, fix, english, blocksShares);
  }
}
