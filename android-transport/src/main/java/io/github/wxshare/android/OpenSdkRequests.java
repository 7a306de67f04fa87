package io.github.wxshare.android;

import com.tencent.mm.opensdk.modelmsg.SendMessageToWX;
import com.tencent.mm.opensdk.modelmsg.WXMediaMessage;
import com.tencent.mm.opensdk.modelmsg.WXMiniProgramObject;
import io.github.wxshare.core.ShareMiniProgramRequest;
import io.github.wxshare.core.image.CardImagePolicy;
import java.util.Map;
import java.util.Objects;

/**
 * Maps a {@link ShareMiniProgramRequest} to the WeChat OpenSDK's {@code SendMessageToWX.Req}: a
 * {@code WXMiniProgramObject} (webpageUrl, userName, path, withShareTicket, miniprogramType,
 * disableforward 1 or 0, isUpdatableMessage, isSecretMessage, and each extraInfo entry through
 * {@code putExtra}) inside a {@code WXMediaMessage} (title, description, thumbData, and for a signed
 * share thumbDataHash and msgSignature) sent to
 * {@code WXSceneSession}.
 *
 * <p>A request that {@link ShareMiniProgramRequest.Builder#build()} accepted, with a card image
 * from {@code CardImages.render}, maps to a {@code Req} whose {@code checkArgs()} is true: the
 * OpenSDK has nothing left to refuse in silence. The module's tests check this with the real
 * OpenSDK classes on every valid conformance vector.
 *
 * <pre>{@code
 * SendMessageToWX.Req req = OpenSdkRequests.toReq(request, card.bytes(), UUID.randomUUID().toString());
 * boolean queued = api.sendReq(req);
 * }</pre>
 */
public final class OpenSdkRequests {
  private OpenSdkRequests() {}

  /**
   * The OpenSDK request for {@code request}.
   *
   * @param thumbData the card image, 1 to 131072 bytes ({@code CardImage.bytes()})
   * @param transaction the id that WeChat's answer ({@code BaseResp.transaction}) carries back;
   *     unique per share
   * @throws NullPointerException when an argument is null
   * @throws IllegalArgumentException when {@code thumbData} is empty or over 131072 bytes (the
   *     OpenSDK would refuse it in silence), or {@code transaction} is blank
   */
  public static SendMessageToWX.Req toReq(ShareMiniProgramRequest request, byte[] thumbData, String transaction) {
    Objects.requireNonNull(request, "request == null");
    Objects.requireNonNull(thumbData, "thumbData == null: render the card image with CardImages.render");
    Objects.requireNonNull(transaction, "transaction == null");
    if (thumbData.length == 0 || thumbData.length > CardImagePolicy.MAX_BYTES) {
      throw new IllegalArgumentException("thumbData is " + thumbData.length + " bytes; the OpenSDK takes 1 to "
          + CardImagePolicy.MAX_BYTES + " for a mini program card: render it with CardImages.render");
    }
    if (transaction.trim().isEmpty()) {
      throw new IllegalArgumentException("transaction is blank; use a unique id, such as a random UUID");
    }
    WXMiniProgramObject program = new WXMiniProgramObject();
    program.webpageUrl = request.webpageUrl();
    program.userName = request.userName();
    program.path = request.path();
    program.withShareTicket = request.withShareTicket();
    program.miniprogramType = request.miniprogramType().code();
    program.disableforward = request.disableForward() ? 1 : 0;
    program.isUpdatableMessage = request.updatableMessage();
    program.isSecretMessage = request.secretMessage();
    for (Map.Entry<String, String> e : request.extraInfo().entrySet()) {
      program.putExtra(e.getKey(), e.getValue()); // keys are never empty: the rules refuse that
    }
    WXMediaMessage message = new WXMediaMessage(program);
    message.title = request.title();
    message.description = request.description();
    message.thumbData = thumbData;
    // A signed share: the OpenSDK writes both into the request's bundle and checks neither.
    message.thumbDataHash = request.thumbDataHash();
    message.msgSignature = request.msgSignature();
    SendMessageToWX.Req req = new SendMessageToWX.Req();
    req.message = message;
    req.scene = SendMessageToWX.Req.WXSceneSession; // the only scene a mini program card goes to
    req.transaction = transaction;
    return req;
  }
}
