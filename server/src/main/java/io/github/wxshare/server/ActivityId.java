package io.github.wxshare.server;

import java.time.Instant;
import java.util.Objects;

/**
 * An activity id that WeChat created for an updatable or private card ({@code activityid/create}):
 * the app puts it in the share's {@code extraInfo} as {@code activity_id} before sharing.
 */
public final class ActivityId {
  private final String id;
  private final Instant expirationTime;

  ActivityId(String id, Instant expirationTime) {
    this.id = Objects.requireNonNull(id);
    this.expirationTime = Objects.requireNonNull(expirationTime);
  }

  /** {@code activity_id}. */
  public String id() {
    return id;
  }

  /** {@code expiration_time}: 24 hours after creation unless WeChat says otherwise. */
  public Instant expirationTime() {
    return expirationTime;
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof ActivityId && ((ActivityId) o).id.equals(id) && ((ActivityId) o).expirationTime.equals(expirationTime);
  }

  @Override
  public int hashCode() {
    return id.hashCode() * 31 + expirationTime.hashCode();
  }

  @Override
  public String toString() {
    return "ActivityId{" + id + ", expires " + expirationTime + "}";
  }
}
