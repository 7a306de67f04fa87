package io.github.wxshare.core;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.ServiceConfigurationError;
import java.util.ServiceLoader;

/**
 * Finds the {@link ShareTransport} to use: the one you pass, else the one on the class path.
 *
 * <pre>{@code
 * ShareTransport transport = ShareTransports.select(null);            // the single provider found
 * ShareTransport transport = ShareTransports.select(myTransport);     // yours, no discovery
 * }</pre>
 *
 * <p>Discovery uses {@code ServiceLoader.load(ShareTransport.class,
 * ShareTransport.class.getClassLoader())}, the form R8 rewrites on Android. A provider that fails to
 * load or construct is skipped, never fatal; it is named if no working provider remains. When several
 * work, the system property {@value #PROPERTY} names the class to use. Discovery runs on every call:
 * keep the transport you get.
 */
public final class ShareTransports {
  /** System property that names the transport class to use when several are on the class path. */
  public static final String PROPERTY = "io.github.wxshare.transport";

  private ShareTransports() {}

  /**
   * {@code explicit} if it is not null, otherwise {@link #discover()}.
   *
   * @throws IllegalStateException when discovery finds none, or several and none chosen
   */
  public static ShareTransport select(ShareTransport explicit) {
    return explicit != null ? explicit : discover();
  }

  /**
   * The one transport registered as a service provider.
   *
   * @throws IllegalStateException naming what to add (none found) or what to choose (several)
   */
  public static ShareTransport discover() {
    return pick(ServiceLoader.load(ShareTransport.class, ShareTransport.class.getClassLoader()).iterator(),
        System.getProperty(PROPERTY));
  }

  static ShareTransport pick(Iterator<ShareTransport> providers, String chosen) {
    List<ShareTransport> found = new ArrayList<>();
    List<String> broken = new ArrayList<>();
    while (broken.size() < 64) {
      try {
        if (!providers.hasNext()) {
          break;
        }
        found.add(providers.next());
      } catch (ServiceConfigurationError | LinkageError | RuntimeException e) {
        broken.add(e.toString() + (e.getCause() != null ? " (" + e.getCause() + ")" : ""));
      }
    }
    String skipped = broken.isEmpty() ? "" : " Skipped broken providers: " + String.join("; ", broken) + ".";
    if (chosen != null && !chosen.trim().isEmpty()) {
      for (ShareTransport t : found) {
        if (t.getClass().getName().equals(chosen.trim())) {
          return t;
        }
      }
      throw new IllegalStateException("-D" + PROPERTY + "=" + chosen + " names no ShareTransport on the class path; found: "
          + names(found) + "." + skipped);
    }
    if (found.size() == 1) {
      return found.get(0);
    }
    if (found.isEmpty()) {
      throw new IllegalStateException("No ShareTransport on the class path. On Android add "
          + "io.github.wxshare:wxshare-android-transport; in tests use RecordingShareTransport from "
          + "io.github.wxshare:wxshare-testing; or pass your transport to ShareTransports.select(transport)."
          + skipped);
    }
    throw new IllegalStateException("Several ShareTransports on the class path: " + names(found)
        + ". Pass the one you want to ShareTransports.select(transport), or set -D" + PROPERTY
        + "=<class name>." + skipped);
  }

  private static String names(List<ShareTransport> transports) {
    List<String> names = new ArrayList<>();
    for (ShareTransport t : transports) {
      names.add(t.getClass().getName());
    }
    return names.isEmpty() ? "none" : String.join(", ", names);
  }
}
