package io.github.wxshare.core;

import com.fasterxml.jackson.core.io.SerializedString;
import org.jspecify.annotations.Nullable;

/**
 * The thirteen fields of a request, once: the JSON key (and so the pointer and the codes' prefix), the
 * bit the codec and the rules mark a field with, and the JSON kind the codec reads. In the
 * contract's order, which is the canonical form's. How a field is set lives in the builder
 * ({@link ShareMiniProgramRequest.Builder#text}); its rule in {@link RequestRules}.
 */
enum Field {
  USER_NAME("userName", Kind.TEXT),
  PATH("path", Kind.TEXT),
  TITLE("title", Kind.TEXT),
  DESCRIPTION("description", Kind.TEXT),
  IMAGE_PATH("imagePath", Kind.TEXT),
  WEBPAGE_URL("webpageUrl", Kind.TEXT),
  WITH_SHARE_TICKET("withShareTicket", Kind.BOOLEAN),
  MINIPROGRAM_TYPE("miniprogramType", Kind.INTEGER),
  SCENE("scene", Kind.INTEGER),
  DISABLE_FORWARD("disableForward", Kind.FLAG),
  IS_UPDATABLE_MESSAGE("isUpdatableMessage", Kind.FLAG),
  IS_SECRET_MESSAGE("isSecretMessage", Kind.FLAG),
  EXTRA_INFO("extraInfo", Kind.MAP);

  /**
   * What the codec accepts for a field: a string, a boolean (or "true" / "false", as Donut types
   * {@code withShareTicket}), an integer, a JSON boolean only, an object of strings.
   */
  enum Kind {
    TEXT,
    BOOLEAN,
    INTEGER,
    FLAG,
    MAP
  }

  private static final Field[] ALL = values();
  /** The keys, in order, for did-you-mean hints. */
  static final String[] KEYS = new String[ALL.length];

  static {
    for (int i = 0; i < ALL.length; i++) {
      KEYS[i] = ALL[i].key;
    }
  }

  final String key;
  final Kind kind;
  final int bit;
  final String pointer;
  final SerializedString serialized;

  Field(String key, Kind kind) {
    this.key = key;
    this.kind = kind;
    this.bit = 1 << ordinal();
    this.pointer = "/" + key;
    this.serialized = new SerializedString(key);
  }

  /** The field whose key is {@code name}, or null. */
  static @Nullable Field of(String name) {
    // Jackson interns the names it reads (INTERN_FIELD_NAMES), so the keys usually match by identity.
    for (Field f : ALL) {
      if (f.key == name) {
        return f;
      }
    }
    for (Field f : ALL) {
      if (f.key.equals(name)) {
        return f;
      }
    }
    return null;
  }
}
