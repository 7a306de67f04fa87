package com.example.app.wxapi;

/** An app's entry activity, as the transport's README writes it. */
public class WXEntryActivity extends io.github.wxshare.android.WxShareEntryActivity {}
