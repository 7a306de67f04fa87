package io.github.wxshare.core;

/**
 * Which version of the Mini Program the card opens: the OpenSDK's
 * {@code WXMiniProgramObject.miniprogramType}.
 *
 * <p>The two reference documents label 1 and 2 differently (Cordova says "experience" and "preview");
 * these names follow the OpenSDK constants and WeChat's Chinese names.
 */
public enum MiniProgramType implements Coded {
  /** 0, 正式版, the published version: {@code WXMiniProgramObject.MINIPTOGRAM_TYPE_RELEASE} (sic). */
  RELEASE(0),
  /** 1, 开发版, the development version: {@code WXMiniProgramObject.MINIPROGRAM_TYPE_TEST}. */
  TEST(1),
  /** 2, 体验版, the trial version: {@code WXMiniProgramObject.MINIPROGRAM_TYPE_PREVIEW}. */
  PREVIEW(2);

  private final int code;

  MiniProgramType(int code) {
    this.code = code;
  }

  /** The number WeChat uses: 0, 1 or 2. */
  public int code() {
    return code;
  }

  /**
   * The type with this code.
   *
   * @throws IllegalArgumentException for anything but 0, 1 or 2
   */
  public static MiniProgramType ofCode(int code) {
    switch (code) {
      case 0: return RELEASE;
      case 1: return TEST;
      case 2: return PREVIEW;
      default:
        throw new IllegalArgumentException("miniprogramType " + code + " is not 0 (release), 1 (development) or 2 (trial)");
    }
  }
}
