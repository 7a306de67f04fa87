/**
 * The Android transport: {@link io.github.wxshare.android.OpenSdkShareTransport} sends a validated
 * request through the real WeChat OpenSDK ({@link io.github.wxshare.android.OpenSdkRequests} is the
 * mapping to its {@code SendMessageToWX.Req}), {@link io.github.wxshare.android.AndroidCardImages}
 * makes the card image, {@link io.github.wxshare.android.WxShareEntryActivity} brings WeChat's
 * answer back, and {@link io.github.wxshare.android.WxShareWebBridge} lets pages in a WebView share
 * with the two reference JavaScript APIs.
 */
@NullMarked
package io.github.wxshare.android;

import org.jspecify.annotations.NullMarked;
