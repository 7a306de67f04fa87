package io.github.wxshare.server;

import io.github.wxshare.core.internal.JsonWriter;
import java.util.Objects;

/**
 * A change of an updatable card's state ({@code updatablemsg/send}): {@link #waiting} ({@code
 * target_state} 0, with {@code member_count} and {@code room_limit}) or {@link #started} ({@code
 * target_state} 1, with the {@code path} and {@code version_type} the card then opens).
 */
public final class UpdatableMessage {
  /** The Mini Program version a started card opens. */
  public enum VersionType {
    DEVELOP("develop"),
    TRIAL("trial"),
    RELEASE("release");

    final String wire;

    VersionType(String wire) {
      this.wire = wire;
    }
  }

  private final String activityId;
  private final int targetState;
  private final String[] parameters; // name, value, ...

  private UpdatableMessage(String activityId, int targetState, String... parameters) {
    if (activityId.isBlank()) {
      throw new IllegalArgumentException("activityId is blank: create one with ActivityApi.create first");
    }
    this.activityId = activityId;
    this.targetState = targetState;
    this.parameters = parameters;
  }

  /**
   * Not started yet: {@code memberCount} of {@code roomLimit} have joined.
   *
   * @throws IllegalArgumentException when a count is negative or {@code memberCount} exceeds {@code roomLimit}
   */
  public static UpdatableMessage waiting(String activityId, int memberCount, int roomLimit) {
    Objects.requireNonNull(activityId, "activityId == null");
    if (memberCount < 0 || roomLimit < 1 || memberCount > roomLimit) {
      throw new IllegalArgumentException("memberCount " + memberCount + " and roomLimit " + roomLimit
          + ": give 0 <= memberCount <= roomLimit, roomLimit at least 1");
    }
    return new UpdatableMessage(activityId, 0, "member_count", String.valueOf(memberCount), "room_limit",
        String.valueOf(roomLimit));
  }

  /** Started: tapping the card opens {@code path} in the {@code versionType} version. */
  public static UpdatableMessage started(String activityId, String path, VersionType versionType) {
    Objects.requireNonNull(activityId, "activityId == null");
    Objects.requireNonNull(path, "path == null");
    Objects.requireNonNull(versionType, "versionType == null");
    return new UpdatableMessage(activityId, 1, "path", path, "version_type", versionType.wire);
  }

  /** The request body, as WeChat's document shows it. */
  byte[] body() {
    JsonWriter w = JsonWriter.create();
    w.beginObject().name("activity_id").value(activityId).name("target_state").value(targetState)
        .name("template_info").beginObject().name("parameter_list").beginArray();
    for (int i = 0; i < parameters.length; i += 2) {
      w.beginObject().name("name").value(parameters[i]).name("value").value(parameters[i + 1]).endObject();
    }
    w.endArray().endObject().endObject();
    return w.toByteArray();
  }
}
