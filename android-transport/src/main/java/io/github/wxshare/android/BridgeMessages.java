package io.github.wxshare.android;

import io.github.wxshare.core.ShareResult;
import io.github.wxshare.core.image.CardImageException;
import io.github.wxshare.core.internal.Languages;
import java.util.Locale;
import org.jspecify.annotations.Nullable;

/**
 * The bridge's own sentences, in English, Simplified and Traditional Chinese, and the one choice of
 * language that every sentence of this module makes ({@link #pick}, which {@link SetupProblem} uses too). The validation messages come from
 * core ({@code Violation.message(Locale)}); these say what an outcome means for the page.
 */
final class BridgeMessages {
  private BridgeMessages() {}

  /**
   * The locale for a page's {@code navigator.language}, as core decides it for every wxshare message
   * ({@code Languages.ofTag}): Simplified Chinese for {@code zh}, {@code zh-CN}, {@code zh-Hans},
   * {@code zh-SG}; Traditional Chinese for {@code zh-Hant}, {@code zh-TW}, {@code zh-HK},
   * {@code zh-MO}; English for everything else and a missing tag.
   */
  static Locale localeOf(@Nullable String languageTag) {
    return Languages.ofTag(languageTag).locale;
  }

  /** The sentence for {@code locale}'s language (every wxshare sentence on Android chooses here). */
  static String pick(Locale locale, String english, String simplified, String traditional) {
    switch (Languages.of(locale)) {
      case SIMPLIFIED_CHINESE:
        return simplified;
      case TRADITIONAL_CHINESE:
        return traditional;
      case ENGLISH:
      default:
        return english;
    }
  }

  static String result(ShareResult result, Locale locale) {
    String code = result.errCode().isPresent() ? " (errCode " + result.errCode().getAsInt() + ")" : "";
    String zhCode = result.errCode().isPresent() ? "（errCode " + result.errCode().getAsInt() + "）" : "";
    String errStr = result.errStr() == null ? "" : result.errStr();
    switch (result.status()) {
      case SENT:
        return pick(locale, "WeChat took the card" + code + ". WeChat answers 0 also when the user backs out of the chat "
                + "picker, so this does not prove that the card was posted.",
            "微信已接收卡片" + zhCode + "。用户在选择聊天时返回，微信同样回答 0，所以这不证明卡片已发出。",
            "微信已接收卡片" + zhCode + "。使用者在選擇聊天時返回，微信同樣回答 0，所以這不證明卡片已送出。");
      case CANCELLED:
        return pick(locale, "The user cancelled the share" + code + ".", "用户取消了分享" + zhCode + "。",
            "使用者取消了分享" + zhCode + "。");
      case DENIED:
        return pick(locale, "WeChat denied the share" + code + ": check the app's AppID, package name and signature on "
                + "open.weixin.qq.com.",
            "微信拒绝了分享" + zhCode + "：请在 open.weixin.qq.com 核对应用的 AppID、包名和签名。",
            "微信拒絕了分享" + zhCode + "：請在 open.weixin.qq.com 核對應用程式的 AppID、套件名稱和簽名。");
      case UNSUPPORTED:
        return pick(locale, "The installed WeChat cannot share this card" + code + (errStr.isEmpty() ? "." : ": " + errStr),
            "已安装的微信不支持这次分享" + zhCode + (errStr.isEmpty() ? "。" : "：" + errStr),
            "已安裝的微信不支援這次分享" + zhCode + (errStr.isEmpty() ? "。" : "：" + errStr));
      case BANNED:
        return pick(locale, "WeChat has banned this app from sharing" + code + ".", "微信已禁止此应用分享" + zhCode + "。",
            "微信已禁止此應用程式分享" + zhCode + "。");
      case NOT_INSTALLED:
        return pick(locale, "WeChat is not installed on this device.", "此设备没有安装微信。", "此裝置沒有安裝微信。");
      case REJECTED_LOCALLY:
        return pick(locale, "The WeChat OpenSDK refused the request before it reached WeChat: " + errStr,
            "微信 OpenSDK 在请求到达微信之前拒绝了它：" + errStr, "微信 OpenSDK 在請求到達微信之前拒絕了它：" + errStr);
      case TIMED_OUT:
        return pick(locale, "WeChat did not answer in time.", "微信没有在时限内回答。", "微信沒有在時限內回答。");
      case FAILED:
      default:
        return pick(locale, "WeChat could not send the card" + code + (errStr.isEmpty() ? "." : ": " + errStr),
            "微信发送失败" + zhCode + (errStr.isEmpty() ? "。" : "：" + errStr),
            "微信傳送失敗" + zhCode + (errStr.isEmpty() ? "。" : "：" + errStr));
    }
  }

  static String invalid(String joinedViolations, Locale locale) {
    return pick(locale, "The share request is invalid: " + joinedViolations, "分享请求无效：" + joinedViolations,
        "分享請求無效：" + joinedViolations);
  }

  /**
   * What a page is told when its image failed: the reason's meaning and the fix, and nothing about
   * the device (the exception's own message, with sizes, bytes and paths, goes to the app).
   */
  static String image(CardImageException.Reason reason, Locale locale) {
    switch (reason) {
      case NOT_ALLOWED:
        return pick(locale, "The card image could not be made: a page may not name this image. Name an image in the "
                + "app's code package, such as img/card.png.",
            "无法生成卡片图片：页面不能使用这个图片路径。请使用小程序代码包中的图片，例如 img/card.png。",
            "無法產生卡片圖片：頁面不能使用這個圖片路徑。請使用應用程式程式碼包中的圖片，例如 img/card.png。");
      case OUTSIDE_ROOT:
        return pick(locale, "The card image could not be made: the path leads out of the app's code package. Name an "
                + "image inside it.",
            "无法生成卡片图片：路径指向代码包之外。请使用代码包内的图片。",
            "無法產生卡片圖片：路徑指向程式碼包之外。請使用程式碼包內的圖片。");
      case UNDECODABLE:
        return pick(locale, "The card image could not be made: it is not an image the app can decode. Use JPEG, PNG, "
                + "WebP, GIF or BMP.",
            "无法生成卡片图片：它不是应用能解码的图片。请使用 JPEG、PNG、WebP、GIF 或 BMP。",
            "無法產生卡片圖片：它不是應用程式能解碼的圖片。請使用 JPEG、PNG、WebP、GIF 或 BMP。");
      case TOO_LARGE:
        return pick(locale, "The card image could not be made: the image is too large. Use a smaller image.",
            "无法生成卡片图片：图片太大。请使用较小的图片。", "無法產生卡片圖片：圖片太大。請使用較小的圖片。");
      case DOES_NOT_FIT:
        return pick(locale, "The card image could not be made: even at its smallest size and lowest quality it is over "
                + "131072 bytes. Use a simpler image.",
            "无法生成卡片图片：即使最小尺寸和最低质量也超过 131072 字节。请使用更简单的图片。",
            "無法產生卡片圖片：即使最小尺寸和最低品質也超過 131072 位元組。請使用更簡單的圖片。");
      case NOT_AS_SIGNED:
        return pick(locale, "The card image is not the one the share was signed for: download the card your server "
                + "signed again, and share it unchanged.",
            "卡片图片不是分享签名时的那张：请重新下载服务器签名的卡片，并原样分享。",
            "卡片圖片不是分享簽名時的那張：請重新下載伺服器簽名的卡片，並原樣分享。");
      case UNREADABLE:
      default:
        return pick(locale, "The card image could not be made: the image cannot be read. Name an image file that the "
                + "app's code package holds, such as img/card.png.",
            "无法生成卡片图片：无法读取这个图片。请使用小程序代码包中存在的图片，例如 img/card.png。",
            "無法產生卡片圖片：無法讀取這個圖片。請使用應用程式程式碼包中存在的圖片，例如 img/card.png。");
    }
  }

  static String refused(@Nullable String origin, Locale locale) {
    if (origin == null) {
      return pick(locale, "A page without a web origin (file:, data:, about:blank) may not share through this app.",
          "没有网络来源的页面（file:、data:、about:blank）不能通过此应用分享。",
          "沒有網路來源的頁面（file:、data:、about:blank）不能透過此應用程式分享。");
    }
    return pick(locale, "The origin " + origin + " is not on this app's wxshare allow-list. The app allows a page with "
            + "WxShareWebBridge.builder(...).allowOrigin(\"" + origin + "\").",
        "来源 " + origin + " 不在此应用的 wxshare 允许列表中。应用可以用 WxShareWebBridge.builder(...).allowOrigin(\""
            + origin + "\") 允许它。",
        "來源 " + origin + " 不在此應用程式的 wxshare 允許清單中。應用程式可以用 WxShareWebBridge.builder(...).allowOrigin(\""
            + origin + "\") 允許它。");
  }

  static String failedInApp(Locale locale) {
    return pick(locale, "The share failed inside the app; the app has logged why.", "分享在应用内部失败；应用已记录原因。",
        "分享在應用程式內部失敗；應用程式已記錄原因。");
  }
}
