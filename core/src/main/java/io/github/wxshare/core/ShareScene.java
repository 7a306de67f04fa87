package io.github.wxshare.core;

/**
 * Where the card goes. A Mini Program card can only be sent to a chat, so this type has exactly one
 * value: no code can express the timeline (1) or favourites (2), which WeChat rejects for this card.
 */
public enum ShareScene implements Coded {
  /** 0, a chat chosen by the user: the OpenSDK's {@code SendMessageToWX.Req.WXSceneSession}. */
  SESSION;

  /** The number WeChat uses: 0. */
  public int code() {
    return 0;
  }
}
