package io.github.wxshare.core;

import io.github.wxshare.core.internal.JsonReader;
import io.github.wxshare.core.internal.JsonWriter;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * The fields of a request, once, in the contract's order (the canonical form's): each with its JSON
 * key (and so its pointer and its codes' prefix), the JSON kind the codec reads, and whether the
 * canonical form always writes it or only when set. The reader, the writer, the unknown-key
 * message's list of keys and the schema's agreement with the model go through this table; a
 * field's rule is in {@link RequestRules}, and how a value is got and set is in
 * {@link ShareMiniProgramRequest}'s {@code text}, {@code flag} and {@code number} (one switch each).
 */
enum Field {
  USER_NAME("userName", Kind.TEXT, Written.ALWAYS),
  PATH("path", Kind.TEXT, Written.ALWAYS),
  TITLE("title", Kind.TEXT, Written.WHEN_SET),
  DESCRIPTION("description", Kind.TEXT, Written.WHEN_SET),
  IMAGE_PATH("imagePath", Kind.TEXT, Written.ALWAYS),
  WEBPAGE_URL("webpageUrl", Kind.TEXT, Written.ALWAYS),
  WITH_SHARE_TICKET("withShareTicket", Kind.BOOLEAN_OR_TEXT, Written.ALWAYS),
  MINIPROGRAM_TYPE("miniprogramType", Kind.INTEGER, Written.ALWAYS),
  SCENE("scene", Kind.INTEGER, Written.ALWAYS),
  // Written only when set, so that a request without them keeps the bytes it had before they existed.
  DISABLE_FORWARD("disableForward", Kind.FLAG, Written.WHEN_SET),
  IS_UPDATABLE_MESSAGE("isUpdatableMessage", Kind.FLAG, Written.WHEN_SET),
  IS_SECRET_MESSAGE("isSecretMessage", Kind.FLAG, Written.WHEN_SET),
  EXTRA_INFO("extraInfo", Kind.MAP, Written.WHEN_SET);

  /**
   * What the codec accepts for a field: a string; a boolean, or the string "true" or "false" (as
   * Donut types {@code withShareTicket}); an integer; a JSON boolean only; an object of strings.
   */
  enum Kind {
    TEXT,
    BOOLEAN_OR_TEXT,
    INTEGER,
    FLAG,
    MAP
  }

  /** When the canonical form writes a field: always (its default too), or only when set (non-null, true, non-empty). */
  enum Written {
    ALWAYS,
    WHEN_SET
  }

  private static final Field[] ALL = values();
  /** How many fields there are (at most 64: {@link #bit} is a bit of a {@code long}). */
  static final int COUNT = ALL.length;
  /** The keys, in order, for did-you-mean hints and the unknown-key message's list. */
  static final String[] KEYS = new String[COUNT];

  static {
    for (int i = 0; i < COUNT; i++) {
      KEYS[i] = ALL[i].key;
    }
  }

  final String key;
  final Kind kind;
  final Written written;
  /** The field's mark in the codec's and the rules' masks of fields seen and skipped. */
  final long bit;
  final String pointer;
  private final byte[] utf8;

  Field(String key, Kind kind, Written written) {
    this.key = key;
    this.kind = kind;
    this.written = written;
    this.bit = 1L << ordinal();
    this.pointer = "/" + key;
    this.utf8 = key.getBytes(StandardCharsets.UTF_8);
  }

  /** The field whose key is {@code name}, or null. */
  static @Nullable Field of(String name) {
    for (Field f : ALL) {
      if (f.key.equals(name)) {
        return f;
      }
    }
    return null;
  }

  /** The field whose pointer is {@code pointer}, or null. */
  static @Nullable Field ofPointer(String pointer) {
    return pointer.isEmpty() ? null : of(pointer.substring(1));
  }

  /** The field whose key the reader is on, written without escapes; null otherwise (decode and use {@link #of}). */
  static @Nullable Field at(JsonReader r) {
    for (Field f : ALL) {
      if (r.is(f.utf8)) {
        return f;
      }
    }
    return null;
  }

  /** Writes {@code r}'s canonical form: every field in order, by its kind and when it is written. */
  static JsonWriter write(ShareMiniProgramRequest r, JsonWriter w) {
    w.beginObject();
    for (Field f : ALL) {
      f.write1(r, w);
    }
    return w.endObject();
  }

  private void write1(ShareMiniProgramRequest r, JsonWriter w) {
    switch (kind) {
      case TEXT: {
        String v = r.text(this);
        if (v != null) {
          w.name(key).value(v);
        }
        return;
      }
      case BOOLEAN_OR_TEXT:
      case FLAG: {
        boolean v = r.flag(this);
        if (v || written == Written.ALWAYS) {
          w.name(key).value(v);
        }
        return;
      }
      case INTEGER:
        w.name(key).value(r.number(this));
        return;
      default: {
        Map<String, String> map = r.extraInfo();
        if (!map.isEmpty() || written == Written.ALWAYS) {
          w.name(key).beginObject();
          for (Map.Entry<String, String> e : map.entrySet()) {
            w.name(e.getKey()).value(e.getValue());
          }
          w.endObject();
        }
      }
    }
  }
}
