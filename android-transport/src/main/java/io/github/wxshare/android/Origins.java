package io.github.wxshare.android;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.Locale;
import org.jspecify.annotations.Nullable;

/** Web origins (RFC 6454) in the one spelling the bridge compares: {@code scheme://host[:port]}. */
final class Origins {
  private Origins() {}

  /**
   * The origin of a page's URL: lower-case scheme and host, the port only when it is not the
   * scheme's default. Null for anything without a network origin ({@code file:}, {@code data:},
   * {@code about:blank}, {@code javascript:}, a malformed URL, null): such pages are never allowed.
   */
  static @Nullable String of(@Nullable String url) {
    if (url == null) {
      return null;
    }
    URI uri;
    try {
      uri = new URI(url);
    } catch (URISyntaxException e) {
      return null;
    }
    String scheme = uri.getScheme();
    String host = uri.getHost();
    if (scheme == null || host == null || uri.isOpaque()) {
      return null;
    }
    scheme = scheme.toLowerCase(Locale.ROOT);
    int defaultPort;
    if (scheme.equals("https")) {
      defaultPort = 443;
    } else if (scheme.equals("http")) {
      defaultPort = 80;
    } else {
      return null;
    }
    int port = uri.getPort();
    return scheme + "://" + host.toLowerCase(Locale.ROOT) + (port == -1 || port == defaultPort ? "" : ":" + port);
  }

  /**
   * {@code origin} as an allow-list entry, or an exception that says what is wrong with it: an
   * {@code https} origin, or, only when {@code loopbackHttp}, {@code http} on a loopback host (a
   * development server); no path, query, fragment, user info or wildcard.
   */
  static String allowListEntry(String origin, boolean loopbackHttp) {
    if (origin == null) {
      throw new NullPointerException("origin == null");
    }
    String normalised = of(origin);
    URI uri = null;
    try {
      uri = new URI(origin);
    } catch (URISyntaxException e) {
      // reported below
    }
    if (normalised == null || uri == null || uri.getRawUserInfo() != null || uri.getRawQuery() != null
        || uri.getRawFragment() != null || !(uri.getRawPath() == null || uri.getRawPath().isEmpty()
        || uri.getRawPath().equals("/"))) {
      throw new IllegalArgumentException("\"" + origin + "\" is not an origin: write the scheme, host and port only, "
          + "such as https://m.example.com or https://appassets.androidplatform.net (no path, query or wildcard; "
          + "file: pages have no origin and cannot be allowed)");
    }
    boolean http = normalised.startsWith("http://");
    if (loopbackHttp && !(http && isLoopback(uri.getHost()))) {
      throw new IllegalArgumentException("allowLoopbackHttpOriginForDevelopment(\"" + origin + "\"): it takes http "
          + "origins on localhost, 127.0.0.1 or [::1] only; allow other origins with allowOrigin(\"https://...\")");
    }
    if (http && !loopbackHttp && isLoopback(uri.getHost())) {
      throw new IllegalArgumentException("\"" + origin + "\" is plain http on the phone itself: on a user's phone any "
          + "app can listen on that port and share in your app's name. For a development server, use "
          + "allowLoopbackHttpOriginForDevelopment(\"" + origin + "\") in development builds only");
    }
    if (http && !loopbackHttp) {
      throw new IllegalArgumentException("\"" + origin + "\" is plain http: anyone on the network path can change "
          + "such a page and share in your app's name. Allow its https origin instead");
    }
    return normalised;
  }

  private static boolean isLoopback(String host) {
    String h = host.toLowerCase(Locale.ROOT);
    return h.equals("localhost") || h.equals("127.0.0.1") || h.equals("[::1]");
  }
}
