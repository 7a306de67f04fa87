package com.example.app.wxapi;

import android.app.Activity;

/** An entry activity with a base class of the app's own, which calls deliver (or forgets to). */
public class OwnBaseEntryActivity extends Activity {}
