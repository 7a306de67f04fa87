package io.github.wxshare.android;

import com.tencent.mm.opensdk.utils.ILog;
import com.tencent.mm.opensdk.utils.Log;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * The OpenSDK's log, kept for tests. The OpenSDK logs through {@code android.util.Log} unless given
 * an {@link ILog}; with this one its lines can be asserted on, on a plain JVM too.
 */
final class SdkLog implements ILog {
  static final List<String> LINES = new CopyOnWriteArrayList<>();

  private SdkLog() {}

  static void install() {
    Log.setLogImpl(new SdkLog());
  }

  @Override
  public void v(String tag, String msg) {
    LINES.add("V " + tag + ": " + msg);
  }

  @Override
  public void d(String tag, String msg) {
    LINES.add("D " + tag + ": " + msg);
  }

  @Override
  public void i(String tag, String msg) {
    LINES.add("I " + tag + ": " + msg);
  }

  @Override
  public void w(String tag, String msg) {
    LINES.add("W " + tag + ": " + msg);
  }

  @Override
  public void e(String tag, String msg) {
    LINES.add("E " + tag + ": " + msg);
  }
}
