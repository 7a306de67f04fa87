package io.github.wxshare.android;

import java.util.Collections;
import java.util.List;
import java.util.Objects;

/**
 * A share refused at once because of a mistake in the app's set-up under which WeChat's answer can
 * never arrive (or WeChat cannot be seen): the stage {@link OpenSdkShareTransport#share} returned
 * completes exceptionally with it, before anything is sent. {@link #problems()} lists each mistake
 * with its fix. Fix the app; the transport checks once, so restart it after the fix.
 */
public final class ShareSetupException extends IllegalStateException {
  private static final long serialVersionUID = 1L;

  private final transient List<SetupProblem> problems;

  ShareSetupException(List<SetupProblem> problems) {
    super(describe(problems));
    this.problems = Collections.unmodifiableList(Objects.requireNonNull(problems));
  }

  /** The mistakes that block sharing, each with its code, message and fix; never empty. */
  public List<SetupProblem> problems() {
    return problems;
  }

  private static String describe(List<SetupProblem> problems) {
    StringBuilder s = new StringBuilder("wxshare: this app is not set up to share to WeChat, so the share was not sent ("
        + problems.size() + (problems.size() == 1 ? " problem" : " problems") + "):");
    for (SetupProblem p : problems) {
      s.append("\n  ").append(p);
    }
    return s.toString();
  }
}
