/**
 * The Android transport: {@link io.github.wxshare.android.OpenSdkRequests} maps a validated
 * request to the real WeChat OpenSDK's {@code SendMessageToWX.Req}.
 */
package io.github.wxshare.android;
