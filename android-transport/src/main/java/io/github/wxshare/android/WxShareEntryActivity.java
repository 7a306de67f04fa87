package io.github.wxshare.android;

import android.app.Activity;
import android.content.Intent;
import android.os.Bundle;
import com.tencent.mm.opensdk.modelbase.BaseReq;
import com.tencent.mm.opensdk.modelbase.BaseResp;
import com.tencent.mm.opensdk.openapi.IWXAPI;
import com.tencent.mm.opensdk.openapi.IWXAPIEventHandler;
import org.jspecify.annotations.Nullable;

/**
 * The activity WeChat answers through: extend it as {@code WXEntryActivity} in your package's
 * {@code .wxapi} sub-package, and declare that one in your manifest.
 *
 * <pre>{@code
 * package com.example.app.wxapi;              // your applicationId + ".wxapi"
 * public class WXEntryActivity extends WxShareEntryActivity {}
 * }</pre>
 * <pre>{@code
 * <activity android:name=".wxapi.WXEntryActivity" android:exported="true"
 *     android:taskAffinity="com.example.app" android:launchMode="singleTask"
 *     android:theme="@android:style/Theme.Translucent.NoTitleBar"/>
 * }</pre>
 *
 * <p>It hands the intent to {@code IWXAPI.handleIntent}, which checks that it came from WeChat; a
 * share's answer then completes the stage {@link OpenSdkShareTransport#share} returned, through
 * {@link OpenSdkShareTransport#deliver}. The activity shows nothing and finishes at once. Answers
 * to nothing pending (a duplicate, another app's, one that arrives after its timeout, or one that
 * restarts the app after the system killed it) are ignored.
 *
 * <p>Override {@link #onResp} for your own responses (login, say) and call {@code super.onResp};
 * override {@link #api()} if you create the {@code IWXAPI} yourself elsewhere. If your entry
 * activity needs another base class, call {@code OpenSdkShareTransport.deliver(resp)} from its
 * {@code onResp} instead, and say so in its {@code <activity>} with {@code <meta-data
 * android:name="io.github.wxshare.delivers" android:value="true" />} ({@link WxShareSetup}).
 */
public class WxShareEntryActivity extends Activity implements IWXAPIEventHandler {
  @Override
  protected void onCreate(Bundle savedInstanceState) {
    super.onCreate(savedInstanceState);
    handle(getIntent());
    finish();
  }

  @Override
  protected void onNewIntent(Intent intent) {
    super.onNewIntent(intent);
    setIntent(intent);
    handle(intent);
    finish();
  }

  private void handle(Intent intent) {
    IWXAPI api = api();
    if (api != null && intent != null) {
      api.handleIntent(intent, this);
    }
  }

  /**
   * The {@code IWXAPI} that reads WeChat's intent: by default the one of the last {@link
   * OpenSdkShareTransport} built in this process, or null when none was (then nothing is pending
   * and the intent is dropped).
   */
  protected @Nullable IWXAPI api() {
    return PendingShares.lastApi();
  }

  /** WeChat's answer: routed to the pending share with its {@code transaction}. */
  @Override
  public void onResp(BaseResp resp) {
    OpenSdkShareTransport.deliver(resp);
  }

  /** A request from WeChat (opening the app from a message, say); ignored unless overridden. */
  @Override
  public void onReq(BaseReq req) {
    // nothing: sharing needs no requests from WeChat
  }
}
