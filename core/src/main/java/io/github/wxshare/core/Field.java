package io.github.wxshare.core;

import io.github.wxshare.core.internal.ChatSceneValidator;
import io.github.wxshare.core.internal.ExtraInfoValidator;
import io.github.wxshare.core.internal.FallbackWebpageUrlValidator;
import io.github.wxshare.core.internal.JsonReader;
import io.github.wxshare.core.internal.JsonWriter;
import io.github.wxshare.core.internal.LocalImagePathValidator;
import io.github.wxshare.core.internal.MiniProgramPathValidator;
import io.github.wxshare.core.internal.MiniProgramTypeCodeValidator;
import io.github.wxshare.core.internal.MiniProgramUserNameValidator;
import io.github.wxshare.core.internal.MsgSignatureValidator;
import io.github.wxshare.core.internal.RuleValidator;
import io.github.wxshare.core.internal.ThumbDataHashValidator;
import io.github.wxshare.core.internal.Utf8LengthValidator;
import java.nio.charset.StandardCharsets;
import io.github.wxshare.core.internal.Display;
import java.util.Arrays;
import java.util.Map;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * The fields of a request, once, in the contract's order (the canonical form's): each with its JSON
 * key (and so its pointer and its codes' prefix), the JSON kind the codec reads, whether the
 * canonical form always writes it or only when set, whether it is required, and its rule: the same
 * validator, with the same parameters, that the annotation on the request's field names. The rules
 * ({@link RequestRules}), the reader and the writer ({@link ShareRequestJson}), {@code equals},
 * {@code hashCode} and {@code toString}, the unknown-key message's list of keys and the schema's
 * agreement with the model ({@link ShareRequestJson#keys()}) go through this table. How a value is
 * got and set is in {@link ShareMiniProgramRequest}: {@code value}, the builder's {@code flag} and
 * {@code rawNumber} (one switch each); the builder keeps its texts by the field's ordinal, so
 * {@code text} and {@code textOf} name no field.
 *
 * <p>Adding an optional field means: its entry here, its annotated field, public accessor and
 * builder method, its OpenSDK mapping, its schema entry and its messages.
 */
enum Field {
  USER_NAME("userName", Kind.TEXT, Written.ALWAYS, Need.REQUIRED, new MiniProgramUserNameValidator()),
  PATH("path", Kind.TEXT, Written.ALWAYS, Need.REQUIRED,
      new MiniProgramPathValidator(ShareMiniProgramRequest.MAX_PATH_LENGTH)),
  TITLE("title", Kind.TEXT, Written.WHEN_SET, Need.OPTIONAL, new Utf8LengthValidator(ShareMiniProgramRequest.MAX_TITLE_BYTES)),
  DESCRIPTION("description", Kind.TEXT, Written.WHEN_SET, Need.OPTIONAL,
      new Utf8LengthValidator(ShareMiniProgramRequest.MAX_DESCRIPTION_BYTES)),
  IMAGE_PATH("imagePath", Kind.TEXT, Written.ALWAYS, Need.REQUIRED,
      new LocalImagePathValidator(ShareMiniProgramRequest.MAX_IMAGE_PATH_LENGTH)),
  WEBPAGE_URL("webpageUrl", Kind.TEXT, Written.ALWAYS, Need.REQUIRED,
      new FallbackWebpageUrlValidator(ShareMiniProgramRequest.MAX_WEBPAGE_URL_BYTES)),
  WITH_SHARE_TICKET("withShareTicket", Kind.BOOLEAN_OR_TEXT, Written.ALWAYS, Need.OPTIONAL, null),
  MINIPROGRAM_TYPE("miniprogramType", Kind.INTEGER, Written.ALWAYS, Need.OPTIONAL, new MiniProgramTypeCodeValidator()),
  SCENE("scene", Kind.INTEGER, Written.ALWAYS, Need.OPTIONAL, new ChatSceneValidator()),
  // Written only when set, so that a request without them keeps the bytes it had before they existed.
  DISABLE_FORWARD("disableForward", Kind.FLAG, Written.WHEN_SET, Need.OPTIONAL, null),
  IS_UPDATABLE_MESSAGE("isUpdatableMessage", Kind.FLAG, Written.WHEN_SET, Need.OPTIONAL, null),
  IS_SECRET_MESSAGE("isSecretMessage", Kind.FLAG, Written.WHEN_SET, Need.OPTIONAL, null),
  EXTRA_INFO("extraInfo", Kind.MAP, Written.WHEN_SET, Need.OPTIONAL, new ExtraInfoValidator(
      ShareMiniProgramRequest.MAX_EXTRA_INFO_ENTRIES, ShareMiniProgramRequest.MAX_EXTRA_INFO_KEY_LENGTH,
      ShareMiniProgramRequest.MAX_EXTRA_INFO_VALUE_LENGTH)),
  // A signed share (wxshare-server): the card's SHA-256 and the signature over it, both or neither.
  THUMB_DATA_HASH("thumbDataHash", Kind.TEXT, Written.WHEN_SET, Need.OPTIONAL, new ThumbDataHashValidator(),
      "msgSignature"),
  MSG_SIGNATURE("msgSignature", Kind.TEXT, Written.WHEN_SET, Need.OPTIONAL,
      new MsgSignatureValidator(ShareMiniProgramRequest.MAX_MSG_SIGNATURE_LENGTH), "thumbDataHash");

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

  /** Whether a field must be there: missing, null, empty or blank is {@code <key>.required}. */
  enum Need {
    REQUIRED,
    OPTIONAL
  }

  /** When the canonical form writes a field: always (its default too), or only when set (non-null, true, non-empty). */
  enum Written {
    ALWAYS,
    WHEN_SET
  }

  /** The fields in order, without the copy {@code values()} makes. */
  static final Field[] ALL = values();
  /** How many fields there are (at most 64: {@link #bit} is a bit of a {@code long}). */
  static final int COUNT = ALL.length;
  /** The keys, in order, for did-you-mean hints and the unknown-key message's list. */
  static final String[] KEYS = new String[COUNT];

  /** The fields that have a rule or are required, in order: the ones {@link RequestRules} looks at. */
  static final Field[] RULED;

  /** The fields by their key's length in UTF-8 bytes: a key read is compared with these alone. */
  private static final Field[][] BY_LENGTH;

  static {
    int longest = 0;
    for (int i = 0; i < COUNT; i++) {
      KEYS[i] = ALL[i].key;
      longest = Math.max(longest, ALL[i].utf8.length);
    }
    for (Field f : ALL) {
      f.partnerField = f.partner == null ? null : Objects.requireNonNull(of(f.partner), f.partner);
      f.next = f.ordinal() + 1 < COUNT ? ALL[f.ordinal() + 1] : null;
    }
    Field[] ruled = new Field[COUNT];
    int k = 0;
    for (Field f : ALL) {
      if (f.rule != null || f.required) {
        ruled[k++] = f;
      }
    }
    RULED = Arrays.copyOf(ruled, k);
    BY_LENGTH = new Field[longest + 1][];
    for (int length = 0; length <= longest; length++) {
      int count = 0;
      for (Field f : ALL) {
        count += f.utf8.length == length ? 1 : 0;
      }
      BY_LENGTH[length] = new Field[count];
      count = 0;
      for (Field f : ALL) {
        if (f.utf8.length == length) {
          BY_LENGTH[length][count++] = f;
        }
      }
    }
  }

  final String key;
  final Kind kind;
  final Written written;
  /** Missing, null, empty or blank is {@code <key>.required}. */
  final boolean required;
  /** The field's rule, for a value that is there; null for a field any value of its kind suits. */
  final @Nullable RuleValidator<?, ?> rule;
  /**
   * The key of the field this one goes with, or null: when the partner is set and this one is not,
   * this one is {@code <key>.required}, with its rule's own {@code required} message.
   */
  final @Nullable String partner;
  /** The field {@link #partner} names, resolved once the table exists. */
  private @Nullable Field partnerField;
  /** The field's mark in the codec's and the rules' masks of fields seen and skipped. */
  final long bit;
  final String pointer;
  private final byte[] utf8;
  /** The key as the writer writes it, quotes and colon included; what the reader expects ({@link JsonReader#nextNameIs}). */
  final byte[] member;
  /** The field after this one in the table: the one a canonical document names next, if it is set; null for the last. */
  private @Nullable Field next;

  Field(String key, Kind kind, Written written, Need need, @Nullable RuleValidator<?, ?> rule) {
    this(key, kind, written, need, rule, null);
  }

  Field(String key, Kind kind, Written written, Need need, @Nullable RuleValidator<?, ?> rule,
      @Nullable String partner) {
    this.partner = partner;
    this.key = key;
    this.kind = kind;
    this.written = written;
    this.required = need == Need.REQUIRED;
    this.rule = rule;
    this.bit = 1L << ordinal();
    this.pointer = "/" + key;
    this.utf8 = key.getBytes(StandardCharsets.UTF_8);
    this.member = ("\"" + key + "\":").getBytes(StandardCharsets.UTF_8);
  }

  /** The field after this one in the table: the key a reader of a canonical document tries first after this one's. */
  @Nullable Field next() {
    return next;
  }

  /** The field this one goes with ({@link #partner}), or null. */
  @Nullable Field partnerField() {
    return partnerField;
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
    int length = r.rawLength();
    if (r.escaped() || length >= BY_LENGTH.length) {
      return null;
    }
    for (Field f : BY_LENGTH[length]) {
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
    Object value = r.value(this);
    if (kind == Kind.TEXT) {
      if (value != null) {
        w.name(member).value((String) value);
      }
      return;
    }
    Object v = Objects.requireNonNull(value); // only a text can be absent
    switch (kind) {
      case BOOLEAN_OR_TEXT:
      case FLAG:
        if ((Boolean) v || written == Written.ALWAYS) {
          w.name(member).value((boolean) (Boolean) v);
        }
        return;
      case INTEGER:
        w.name(member).value(((Coded) v).code());
        return;
      default: {
        Map<?, ?> map = (Map<?, ?>) v;
        if (!map.isEmpty() || written == Written.ALWAYS) {
          w.name(member).beginObject();
          for (Map.Entry<?, ?> e : map.entrySet()) {
            w.name((String) e.getKey()).value((String) e.getValue());
          }
          w.endObject();
        }
      }
    }
  }

  /** {@code r}'s fields for {@code toString}: texts and numbers always, the others as the canonical form writes them. */
  static String show(ShareMiniProgramRequest r) {
    StringBuilder b = new StringBuilder(160).append("ShareMiniProgramRequest{");
    for (Field f : ALL) {
      Object value = r.value(f);
      if (f.kind == Kind.TEXT) {
        b.append(f.key).append('=').append(value == null ? "null" : Display.printable((String) value)).append(", ");
        continue;
      }
      Object v = Objects.requireNonNull(value); // only a text can be absent
      if (f.kind == Kind.INTEGER || (f.kind != Kind.MAP && ((Boolean) v || f.written == Written.ALWAYS))) {
        b.append(f.key).append('=').append(v).append(", ");
      } else if (f.kind == Kind.MAP && !((Map<?, ?>) v).isEmpty()) {
        b.append(f.key).append("={");
        for (Map.Entry<?, ?> e : ((Map<?, ?>) v).entrySet()) {
          b.append(Display.printable((String) e.getKey())).append('=').append(Display.printable((String) e.getValue()))
              .append(", ");
        }
        b.setLength(b.length() - 2);
        b.append("}, ");
      }
    }
    b.setLength(b.length() - 2);
    return b.append('}').toString();
  }

  /** Equal when every field's value is. */
  static boolean equal(ShareMiniProgramRequest a, ShareMiniProgramRequest b) {
    for (Field f : ALL) {
      if (!Objects.equals(a.value(f), b.value(f))) {
        return false;
      }
    }
    return true;
  }

  /** {@link java.util.Arrays#hashCode(Object[])} of the values, a number by its code. */
  static int hash(ShareMiniProgramRequest r) {
    int h = 1;
    for (Field f : ALL) {
      Object v = r.value(f);
      h = 31 * h + (v instanceof Coded ? ((Coded) v).code() : Objects.hashCode(v));
    }
    return h;
  }
}
