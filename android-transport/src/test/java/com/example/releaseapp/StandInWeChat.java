package com.example.releaseapp;

import android.content.Intent;
import android.os.Bundle;
import com.tencent.mm.opensdk.modelbase.BaseReq;
import com.tencent.mm.opensdk.modelbase.BaseResp;
import com.tencent.mm.opensdk.modelmsg.SendMessageToWX;
import com.tencent.mm.opensdk.openapi.IWXAPI;
import com.tencent.mm.opensdk.openapi.IWXAPIEventHandler;
import com.tencent.mm.opensdk.openapi.SendReqCallback;
import com.tencent.mm.opensdk.utils.ILog;
import io.github.wxshare.android.OpenSdkShareTransport;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * The app's stand-in for the phone's WeChat: installed, new enough, and answering every share with
 * {@code errCode} 0 through {@link OpenSdkShareTransport#deliver}, as {@code WXEntryActivity} would.
 * Each request that passes the OpenSDK's own {@code checkArgs()} is written down as the bundle
 * WeChat would receive, key by key (the random transaction left out).
 */
final class StandInWeChat implements IWXAPI {
  final List<String> received = Collections.synchronizedList(new ArrayList<>());

  @Override
  public boolean registerApp(String appId) {
    return true;
  }

  @Override
  public boolean registerApp(String appId, long flags) {
    return true;
  }

  @Override
  public void unregisterApp() {}

  @Override
  public boolean handleIntent(Intent intent, IWXAPIEventHandler handler) {
    return false;
  }

  @Override
  public boolean isWXAppInstalled() {
    return true;
  }

  @Override
  public int getWXAppSupportAPI() {
    return com.tencent.mm.opensdk.constants.Build.SDK_INT;
  }

  @Override
  public boolean openWXApp() {
    return true;
  }

  @Override
  public boolean sendReq(BaseReq req) {
    if (!req.checkArgs()) {
      received.add("checkArgs() refused the request");
      return false;
    }
    Bundle bundle = new Bundle();
    req.toBundle(bundle);
    List<String> keys = new ArrayList<>(bundle.keySet());
    Collections.sort(keys);
    StringBuilder line = new StringBuilder("sent");
    for (String key : keys) {
      if (key.endsWith("transaction")) {
        continue;
      }
      Object value = bundle.get(key);
      line.append(' ').append(key).append('=').append(value instanceof byte[] ? describe((byte[]) value) : value);
    }
    received.add(line.toString());
    SendMessageToWX.Resp resp = new SendMessageToWX.Resp();
    resp.transaction = req.transaction;
    resp.errCode = BaseResp.ErrCode.ERR_OK;
    OpenSdkShareTransport.deliver(resp);
    return true;
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

  private static String describe(byte[] bytes) {
    try {
      StringBuilder hex = new StringBuilder(bytes.length + " bytes sha256:");
      for (byte b : MessageDigest.getInstance("SHA-256").digest(bytes)) {
        hex.append(String.format("%02x", b));
      }
      return hex.toString();
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }
}
