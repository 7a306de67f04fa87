package io.github.wxshare.server;

/**
 * Where {@link ActivityApi} gets the access token for each call: the app's own cache of
 * {@code cgi-bin/token} or {@code cgi-bin/stable_token} (getting and refreshing tokens is not this
 * library's job). In Spring Boot, a bean of this type makes the starter offer an {@code ActivityApi}.
 */
@FunctionalInterface
public interface AccessTokenSource {
  /** The current access token; never null. */
  String accessToken();
}
