package io.github.wxshare.android;

import io.github.wxshare.core.ShareResult;
import io.github.wxshare.core.image.CardImageException;
import java.util.Locale;

/**
 * The bridge's own sentences, in English and Simplified Chinese. The validation messages come from
 * core ({@code Violation.message(Locale)}); these say what an outcome means for the page.
 */
final class BridgeMessages {
  private BridgeMessages() {}

  /**
   * The locale for a page's {@code navigator.language}: every Chinese tag that is not Traditional
   * ({@code zh}, {@code zh-CN}, {@code zh-Hans}, {@code zh-SG}) reads Simplified Chinese, which is the
   * only Chinese that core's messages have; everything else, and a missing tag, reads English.
   */
  static Locale localeOf(String languageTag) {
    if (languageTag == null || languageTag.isEmpty()) {
      return Locale.ENGLISH;
    }
    Locale tag = Locale.forLanguageTag(languageTag);
    if (!tag.getLanguage().equals("zh")) {
      return Locale.ENGLISH;
    }
    String region = tag.getCountry();
    boolean traditional = tag.getScript().equals("Hant") || region.equals("TW") || region.equals("HK") || region.equals("MO");
    return traditional ? Locale.ENGLISH : Locale.SIMPLIFIED_CHINESE;
  }

  static boolean chinese(Locale locale) {
    return locale.getLanguage().equals("zh");
  }

  static String result(ShareResult result, Locale locale) {
    boolean zh = chinese(locale);
    String code = result.errCode().isPresent() ? " (errCode " + result.errCode().getAsInt() + ")" : "";
    String zhCode = result.errCode().isPresent() ? "（errCode " + result.errCode().getAsInt() + "）" : "";
    String errStr = result.errStr() == null ? "" : result.errStr();
    switch (result.status()) {
      case SENT:
        return zh ? "微信已接收卡片" + zhCode + "。用户在选择聊天时返回，微信同样回答 0，所以这不证明卡片已发出。"
            : "WeChat took the card" + code + ". WeChat answers 0 also when the user backs out of the chat picker, "
                + "so this does not prove that the card was posted.";
      case CANCELLED:
        return zh ? "用户取消了分享" + zhCode + "。" : "The user cancelled the share" + code + ".";
      case DENIED:
        return zh ? "微信拒绝了分享" + zhCode + "：请在 open.weixin.qq.com 核对应用的 AppID、包名和签名。"
            : "WeChat denied the share" + code + ": check the app's AppID, package name and signature on "
                + "open.weixin.qq.com.";
      case UNSUPPORTED:
        return zh ? "已安装的微信不支持这次分享" + zhCode + (errStr.isEmpty() ? "。" : "：" + errStr)
            : "The installed WeChat cannot share this card" + code + (errStr.isEmpty() ? "." : ": " + errStr);
      case BANNED:
        return zh ? "微信已禁止此应用分享" + zhCode + "。" : "WeChat has banned this app from sharing" + code + ".";
      case NOT_INSTALLED:
        return zh ? "此设备没有安装微信。" : "WeChat is not installed on this device.";
      case REJECTED_LOCALLY:
        return zh ? "微信 OpenSDK 在请求到达微信之前拒绝了它：" + errStr
            : "The WeChat OpenSDK refused the request before it reached WeChat: " + errStr;
      case TIMED_OUT:
        return zh ? "微信没有在时限内回答。" : "WeChat did not answer in time.";
      case FAILED:
      default:
        return zh ? "微信发送失败" + zhCode + (errStr.isEmpty() ? "。" : "：" + errStr)
            : "WeChat could not send the card" + code + (errStr.isEmpty() ? "." : ": " + errStr);
    }
  }

  static String invalid(String joinedViolations, Locale locale) {
    return chinese(locale) ? "分享请求无效：" + joinedViolations : "The share request is invalid: " + joinedViolations;
  }

  /**
   * What a page is told when its image failed: the reason's meaning and the fix, and nothing about
   * the device (the exception's own message, with sizes, bytes and paths, goes to the app).
   */
  static String image(CardImageException.Reason reason, Locale locale) {
    boolean zh = chinese(locale);
    switch (reason) {
      case NOT_ALLOWED:
        return zh ? "无法生成卡片图片：页面不能使用这个图片路径。请使用小程序代码包中的图片，例如 img/card.png。"
            : "The card image could not be made: a page may not name this image. Name an image in the app's code "
                + "package, such as img/card.png.";
      case OUTSIDE_ROOT:
        return zh ? "无法生成卡片图片：路径指向代码包之外。请使用代码包内的图片。"
            : "The card image could not be made: the path leads out of the app's code package. Name an image inside it.";
      case UNDECODABLE:
        return zh ? "无法生成卡片图片：它不是应用能解码的图片。请使用 JPEG、PNG、WebP、GIF 或 BMP。"
            : "The card image could not be made: it is not an image the app can decode. Use JPEG, PNG, WebP, GIF or BMP.";
      case TOO_LARGE:
        return zh ? "无法生成卡片图片：图片太大。请使用较小的图片。"
            : "The card image could not be made: the image is too large. Use a smaller image.";
      case DOES_NOT_FIT:
        return zh ? "无法生成卡片图片：即使最小尺寸和最低质量也超过 131072 字节。请使用更简单的图片。"
            : "The card image could not be made: even at its smallest size and lowest quality it is over 131072 "
                + "bytes. Use a simpler image.";
      case UNREADABLE:
      default:
        return zh ? "无法生成卡片图片：无法读取这个图片。请使用小程序代码包中存在的图片，例如 img/card.png。"
            : "The card image could not be made: the image cannot be read. Name an image file that the app's code "
                + "package holds, such as img/card.png.";
    }
  }

  static String refused(String origin, Locale locale) {
    if (origin == null) {
      return chinese(locale) ? "没有网络来源的页面（file:、data:、about:blank）不能通过此应用分享。"
          : "A page without a web origin (file:, data:, about:blank) may not share through this app.";
    }
    return chinese(locale)
        ? "来源 " + origin + " 不在此应用的 wxshare 允许列表中。应用可以用 WxShareWebBridge.builder(...).allowOrigin(\""
            + origin + "\") 允许它。"
        : "The origin " + origin + " is not on this app's wxshare allow-list. The app allows a page with "
            + "WxShareWebBridge.builder(...).allowOrigin(\"" + origin + "\").";
  }

  static String failedInApp(Locale locale) {
    return chinese(locale) ? "分享在应用内部失败；应用已记录原因。" : "The share failed inside the app; the app has logged why.";
  }
}
