package io.github.wxshare.android;

import android.content.Intent;
import com.tencent.mm.opensdk.constants.Build;
import com.tencent.mm.opensdk.modelbase.BaseReq;
import com.tencent.mm.opensdk.modelbase.BaseResp;
import com.tencent.mm.opensdk.modelmsg.SendMessageToWX;
import com.tencent.mm.opensdk.openapi.IWXAPI;
import com.tencent.mm.opensdk.openapi.IWXAPIEventHandler;
import com.tencent.mm.opensdk.openapi.SendReqCallback;
import com.tencent.mm.opensdk.utils.ILog;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;

/**
 * The real {@link IWXAPI} interface over a phone that is not here: WeChat's presence, its support
 * API and {@code sendReq}'s answer are set by the test. {@code sendReq} runs the real {@code
 * checkArgs()} first, as the OpenSDK's own implementation does, and records what was sent.
 * {@code handleIntent} reads a {@code SendMessageToWX.Resp} from the intent's extras with the real
 * {@code fromBundle}, as WeChat's answer arrives.
 */
final class FakeWxApi implements IWXAPI {
  volatile boolean installed = true;
  volatile int supportApi = Build.SDK_INT;
  volatile Boolean sendResult = true;
  volatile RuntimeException sendThrows;
  volatile Error sendError;
  final List<SendMessageToWX.Req> sent = new CopyOnWriteArrayList<>();
  final List<Thread> sendThreads = new CopyOnWriteArrayList<>();
  /** Runs after a request passed {@code checkArgs()}, as WeChat would get it; may answer it at once. */
  volatile Consumer<SendMessageToWX.Req> onSent = req -> {};

  /** What {@code registerApp} answers; each call is counted. */
  volatile boolean registerResult = true;
  final java.util.concurrent.atomic.AtomicInteger registrations = new java.util.concurrent.atomic.AtomicInteger();

  @Override
  public boolean registerApp(String appId) {
    registrations.incrementAndGet();
    return registerResult;
  }

  @Override
  public boolean registerApp(String appId, long flags) {
    return registerApp(appId);
  }

  @Override
  public void unregisterApp() {}

  @Override
  public boolean handleIntent(Intent intent, IWXAPIEventHandler handler) {
    if (intent.getExtras() == null) {
      return false;
    }
    SendMessageToWX.Resp resp = new SendMessageToWX.Resp(intent.getExtras());
    handler.onResp(resp);
    return true;
  }

  @Override
  public boolean isWXAppInstalled() {
    return installed;
  }

  @Override
  public int getWXAppSupportAPI() {
    return supportApi;
  }

  @Override
  public boolean openWXApp() {
    return installed;
  }

  @Override
  public boolean sendReq(BaseReq req) {
    sendThreads.add(Thread.currentThread());
    if (sendThrows != null) {
      throw sendThrows;
    }
    if (sendError != null) {
      throw sendError;
    }
    if (!req.checkArgs()) {
      return false;
    }
    sent.add((SendMessageToWX.Req) req);
    onSent.accept((SendMessageToWX.Req) req);
    return sendResult;
  }

  @Override
  public boolean sendReq(BaseReq req, SendReqCallback callback) {
    return sendReq(req);
  }

  @Override
  public boolean sendResp(BaseResp resp) {
    return false;
  }

  @Override
  public void detach() {}

  @Override
  public void setLogImpl(ILog log) {}

  /** WeChat's answer to the share with {@code transaction}. */
  static SendMessageToWX.Resp answer(String transaction, int errCode, String errStr) {
    SendMessageToWX.Resp resp = new SendMessageToWX.Resp();
    resp.transaction = transaction;
    resp.errCode = errCode;
    resp.errStr = errStr;
    return resp;
  }
}
