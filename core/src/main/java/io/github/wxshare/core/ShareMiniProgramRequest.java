package io.github.wxshare.core;

import io.github.wxshare.core.constraints.ChatScene;
import io.github.wxshare.core.constraints.ExtraInfo;
import io.github.wxshare.core.constraints.FallbackWebpageUrl;
import io.github.wxshare.core.constraints.LocalImagePath;
import io.github.wxshare.core.constraints.MiniProgramPath;
import io.github.wxshare.core.constraints.MiniProgramTypeCode;
import io.github.wxshare.core.constraints.MiniProgramUserName;
import io.github.wxshare.core.constraints.MsgSignature;
import io.github.wxshare.core.constraints.Required;
import io.github.wxshare.core.constraints.ThumbDataHash;
import io.github.wxshare.core.constraints.Utf8Length;
import io.github.wxshare.core.internal.Display;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import org.jspecify.annotations.Nullable;

/**
 * A request to share a Mini Program card into a WeChat chat, valid by construction: every instance
 * passed every rule of the contract, on Android as on the JVM, so a transport can hand it to the
 * OpenSDK without {@code sendReq} silently returning {@code false}.
 *
 * <pre>{@code
 * ShareMiniProgramRequest request = ShareMiniProgramRequest.builder()
 *     .userName("gh_d43f693ca31f")          // the original id, not the wx... AppID
 *     .path("pages/detail/detail?id=7")
 *     .title("Seven wonders")
 *     .imagePath("/pages/thumb.png")        // a local image, never a URL
 *     .webpageUrl("https://www.qq.com")     // for WeChat versions without Mini Programs
 *     .build();                             // or InvalidShareRequestException listing every problem
 * }</pre>
 *
 * <p>Accessors are named after the JSON keys, without {@code get} or {@code is} ({@link
 * #updatableMessage()} for {@code isUpdatableMessage}), so that a mapper that reads bean properties
 * finds none and says so, instead of writing a partial object.
 *
 * <p>Immutable and thread-safe. {@code equals} compares every field. Absent optional fields
 * ({@link #title()}, {@link #description()}, {@link #thumbDataHash()}, {@link #msgSignature()}) are
 * {@code null}; every other accessor returns non-null
 * ({@link #extraInfo()} an empty map when there is none).
 * The fields carry the Jakarta constraints that {@link Builder#build()} enforces, so Hibernate
 * Validator's {@code validateValue(ShareMiniProgramRequest.class, "userName", value)} judges a value
 * exactly as the builder does.
 */
public final class ShareMiniProgramRequest {
  /** Longest {@code title}, in UTF-8 bytes (the OpenSDK allows 512 chars; the iOS SDK 512 bytes). */
  public static final int MAX_TITLE_BYTES = 512;
  /** Longest {@code description}, in UTF-8 bytes. */
  public static final int MAX_DESCRIPTION_BYTES = 1024;
  /** Longest {@code path}, in code points. */
  public static final int MAX_PATH_LENGTH = 10240;
  /** Longest {@code imagePath}, in code points. */
  public static final int MAX_IMAGE_PATH_LENGTH = 4096;
  /** Longest {@code webpageUrl}, in UTF-8 bytes (the iOS SDK limit). */
  public static final int MAX_WEBPAGE_URL_BYTES = 1024;
  /** Most entries in {@code extraInfo}. */
  public static final int MAX_EXTRA_INFO_ENTRIES = 32;
  /** Longest {@code extraInfo} key, in code points. */
  public static final int MAX_EXTRA_INFO_KEY_LENGTH = 64;
  /** Longest {@code extraInfo} value, in code points. */
  public static final int MAX_EXTRA_INFO_VALUE_LENGTH = 1024;
  /** Longest {@code msgSignature}, in characters: the Base64 of an 8192-bit RSA signature is 1368. */
  public static final int MAX_MSG_SIGNATURE_LENGTH = 2048;

  @Required @MiniProgramUserName
  private final String userName;

  @Required @MiniProgramPath(maxLength = MAX_PATH_LENGTH)
  private final String path;

  @Utf8Length(max = MAX_TITLE_BYTES)
  private final @Nullable String title;

  @Utf8Length(max = MAX_DESCRIPTION_BYTES)
  private final @Nullable String description;

  @Required @LocalImagePath(maxLength = MAX_IMAGE_PATH_LENGTH)
  private final String imagePath;

  @Required @FallbackWebpageUrl(maxBytes = MAX_WEBPAGE_URL_BYTES)
  private final String webpageUrl;

  private final boolean withShareTicket;

  // Stored as the wire numbers, which the constraints judge; exposed as enums.
  @MiniProgramTypeCode
  private final int miniprogramType;

  @ChatScene
  private final int scene;

  private final boolean disableForward;

  private final boolean isUpdatableMessage;

  private final boolean isSecretMessage;

  // Sorted by key: the canonical form's order, whatever order the map was given in.
  @ExtraInfo(maxEntries = MAX_EXTRA_INFO_ENTRIES, maxKeyLength = MAX_EXTRA_INFO_KEY_LENGTH,
      maxValueLength = MAX_EXTRA_INFO_VALUE_LENGTH)
  private final Map<String, String> extraInfo;

  @ThumbDataHash
  private final @Nullable String thumbDataHash;

  @MsgSignature(maxLength = MAX_MSG_SIGNATURE_LENGTH)
  private final @Nullable String msgSignature;

  private ShareMiniProgramRequest(Builder b) {
    // The rules have passed: the required fields are there.
    this.userName = Objects.requireNonNull(b.textOf(Field.USER_NAME));
    this.path = Objects.requireNonNull(b.textOf(Field.PATH));
    this.title = b.textOf(Field.TITLE);
    this.description = b.textOf(Field.DESCRIPTION);
    this.imagePath = Objects.requireNonNull(b.textOf(Field.IMAGE_PATH));
    this.webpageUrl = Objects.requireNonNull(b.textOf(Field.WEBPAGE_URL));
    this.withShareTicket = b.withShareTicket;
    this.miniprogramType = b.miniprogramType;
    this.scene = b.scene;
    this.disableForward = b.disableForward;
    this.isUpdatableMessage = b.isUpdatableMessage;
    this.isSecretMessage = b.isSecretMessage;
    this.extraInfo = b.extraInfo.isEmpty() ? Collections.emptyMap()
        : Collections.unmodifiableMap(new TreeMap<>(b.extraInfo));
    this.thumbDataHash = b.textOf(Field.THUMB_DATA_HASH);
    this.msgSignature = b.textOf(Field.MSG_SIGNATURE);
  }

  /** A new builder with the defaults: no title or description, no share ticket, release, chat. */
  public static Builder builder() {
    return new Builder();
  }

  /** A builder holding this request's values, to copy it with changes. */
  public Builder newBuilder() {
    return new Builder(this);
  }

  /** The Mini Program's original id, {@code gh_} and 12 lower-case hex digits. */
  public String userName() {
    return userName;
  }

  /** The page route and query the card opens, such as {@code pages/index/index?id=7}. */
  public String path() {
    return path;
  }

  /** The card's title, at most 512 UTF-8 bytes, or {@code null} when absent. */
  public @Nullable String title() {
    return title;
  }

  /** The card's description, at most 1024 UTF-8 bytes, or {@code null} when absent. */
  public @Nullable String description() {
    return description;
  }

  /** The local image the card shows, a code-package path or a wxfile, file or content URI. */
  public String imagePath() {
    return imagePath;
  }

  /** The http(s) page that WeChat versions too old for Mini Programs open. */
  public String webpageUrl() {
    return webpageUrl;
  }

  /** Whether the card carries a share ticket (WeChat 6.5.13 or later); false by default. */
  public boolean withShareTicket() {
    return withShareTicket;
  }

  /** The Mini Program version the card opens; {@link MiniProgramType#RELEASE} by default. */
  public MiniProgramType miniprogramType() {
    return MiniProgramType.ofCode(miniprogramType);
  }

  /** Where the card goes: always {@link ShareScene#SESSION}, a chat. */
  public ShareScene scene() {
    return ShareScene.SESSION;
  }

  /**
   * Whether the card may not be forwarded from the chat it is sent to (the OpenSDK's {@code
   * disableforward}, iOS's {@code disableForward}); false by default.
   */
  public boolean disableForward() {
    return disableForward;
  }

  /**
   * Whether the card is an updatable message, whose state the Mini Program's server changes later
   * ({@code isUpdatableMessage}); false by default. See the transport README for what WeChat pairs
   * it with.
   */
  public boolean updatableMessage() {
    return isUpdatableMessage;
  }

  /**
   * Whether the card is a private message, which only its recipients can open and which cannot be
   * forwarded again ({@code isSecretMessage}); false by default.
   */
  public boolean secretMessage() {
    return isSecretMessage;
  }

  /**
   * The extra information the card carries to WeChat ({@code WXMiniProgramObject.putExtra}, iOS's
   * {@code extraInfoDic}): an unmodifiable map sorted by key, empty when there is none.
   */
  public Map<String, String> extraInfo() {
    return extraInfo;
  }

  /**
   * For a signed share, the SHA-256 of the exact card bytes, 64 lower-case hex digits (the
   * OpenSDK's {@code WXMediaMessage.thumbDataHash}); {@code null} for an unsigned one. Set together
   * with {@link #msgSignature()}, by {@code wxshare-server}'s signer.
   */
  public @Nullable String thumbDataHash() {
    return thumbDataHash;
  }

  /**
   * For a signed share, the signature over the share's fields in standard Base64 (the OpenSDK's
   * {@code WXMediaMessage.msgSignature}); {@code null} for an unsigned one. Set together with
   * {@link #thumbDataHash()}.
   */
  public @Nullable String msgSignature() {
    return msgSignature;
  }

  @Override
  public boolean equals(@Nullable Object o) {
    return o == this || (o instanceof ShareMiniProgramRequest && Field.equal(this, (ShareMiniProgramRequest) o));
  }

  @Override
  public int hashCode() {
    return Field.hash(this);
  }

  /**
   * Every field, for logs and debuggers: each text as {@code Display.printable} shows it (control,
   * line-separator and bidi characters as six-character escapes, a backslash doubled), so that a
   * title holding a line break cannot forge a log line. The canonical JSON is {@code ShareRequestJson}'s.
   */
  @Override
  public String toString() {
    return Field.show(this);
  }

  /**
   * A field's value, for the table ({@link Field}): a text (or null), a {@code Boolean}, the
   * {@link MiniProgramType} or {@link ShareScene}, or the map.
   */
  @Nullable Object value(Field field) {
    switch (field) {
      case USER_NAME: return userName;
      case PATH: return path;
      case TITLE: return title;
      case DESCRIPTION: return description;
      case IMAGE_PATH: return imagePath;
      case WEBPAGE_URL: return webpageUrl;
      case WITH_SHARE_TICKET: return withShareTicket;
      case MINIPROGRAM_TYPE: return miniprogramType();
      case SCENE: return scene();
      case DISABLE_FORWARD: return disableForward;
      case IS_UPDATABLE_MESSAGE: return isUpdatableMessage;
      case IS_SECRET_MESSAGE: return isSecretMessage;
      case EXTRA_INFO: return extraInfo;
      case THUMB_DATA_HASH: return thumbDataHash;
      case MSG_SIGNATURE: return msgSignature;
      default: throw new IllegalArgumentException(String.valueOf(field));
    }
  }

  /**
   * Collects the fields of a request; {@link #build()} checks them all. Not thread-safe. Setters of
   * required fields reject {@code null} at once ({@code NullPointerException: userName == null});
   * for {@link #title}, {@link #description}, {@link #thumbDataHash} and {@link #msgSignature},
   * {@code null} means absent; {@link #extraInfo}
   * rejects a null key or value at once.
   */
  public static final class Builder {
    // The text fields, by the field's ordinal: the rules read them through the table, not a switch.
    private final @Nullable String[] texts = new String[Field.COUNT];
    boolean withShareTicket;
    int miniprogramType;
    int scene;
    boolean disableForward;
    boolean isUpdatableMessage;
    boolean isSecretMessage;
    Map<String, String> extraInfo = Collections.emptyMap();
    // How the codec read miniprogramType and scene ("1e20"), for messages; null when set from Java.
    @Nullable String miniprogramTypeText;
    @Nullable String sceneText;

    Builder() {}

    Builder(ShareMiniProgramRequest r) {
      for (Field field : Field.ALL) {
        if (field.kind == Field.Kind.TEXT) {
          texts[field.ordinal()] = (String) r.value(field);
        }
      }
      withShareTicket = r.withShareTicket;
      miniprogramType = r.miniprogramType;
      scene = r.scene;
      disableForward = r.disableForward;
      isUpdatableMessage = r.isUpdatableMessage;
      isSecretMessage = r.isSecretMessage;
      extraInfo = r.extraInfo;
    }

    /** Required: the original id, such as {@code gh_d43f693ca31f} (not the {@code wx...} AppID). */
    public Builder userName(String userName) {
      return text(Field.USER_NAME, Objects.requireNonNull(userName, "userName == null"));
    }

    /** Required: a page route with optional query ({@code pages/index/index?id=7}), or a query alone. */
    public Builder path(String path) {
      return text(Field.PATH, Objects.requireNonNull(path, "path == null"));
    }

    /** Optional: at most 512 UTF-8 bytes; {@code null} removes it. */
    public Builder title(@Nullable String title) {
      return text(Field.TITLE, title);
    }

    /** Optional: at most 1024 UTF-8 bytes; {@code null} removes it. */
    public Builder description(@Nullable String description) {
      return text(Field.DESCRIPTION, description);
    }

    /** Required: a local image ({@code /pages/thumb.png}, {@code file:///...}, {@code content://...}). */
    public Builder imagePath(String imagePath) {
      return text(Field.IMAGE_PATH, Objects.requireNonNull(imagePath, "imagePath == null"));
    }

    /** Required: an absolute http or https URL, such as {@code https://www.qq.com}. */
    public Builder webpageUrl(String webpageUrl) {
      return text(Field.WEBPAGE_URL, Objects.requireNonNull(webpageUrl, "webpageUrl == null"));
    }

    /** Whether to ask for a share ticket; default false. */
    public Builder withShareTicket(boolean withShareTicket) {
      this.withShareTicket = withShareTicket;
      return this;
    }

    /** The version the card opens; default {@link MiniProgramType#RELEASE}. */
    public Builder miniprogramType(MiniProgramType miniprogramType) {
      this.miniprogramType = Objects.requireNonNull(miniprogramType, "miniprogramType == null").code();
      this.miniprogramTypeText = null;
      return this;
    }

    /** Where the card goes; {@link ShareScene#SESSION} is the only scene and the default. */
    public Builder scene(ShareScene scene) {
      this.scene = Objects.requireNonNull(scene, "scene == null").code();
      this.sceneText = null;
      return this;
    }

    /** Whether the card may not be forwarded; default false. */
    public Builder disableForward(boolean disableForward) {
      this.disableForward = disableForward;
      return this;
    }

    /** Whether the card is an updatable message; default false. */
    public Builder updatableMessage(boolean isUpdatableMessage) {
      this.isUpdatableMessage = isUpdatableMessage;
      return this;
    }

    /** Whether the card is a private message; default false. */
    public Builder secretMessage(boolean isSecretMessage) {
      this.isSecretMessage = isSecretMessage;
      return this;
    }

    /**
     * Optional: the extra information, copied; an empty map removes it. At most 32 entries, keys of 1
     * to 64 and values of at most 1024 code points.
     *
     * @throws NullPointerException when the map, a key or a value is null
     */
    public Builder extraInfo(Map<String, String> extraInfo) {
      Objects.requireNonNull(extraInfo, "extraInfo == null: use an empty map for none");
      Map<String, String> copy = new TreeMap<>();
      for (Map.Entry<String, String> e : extraInfo.entrySet()) {
        copy.put(Objects.requireNonNull(e.getKey(), "extraInfo has a null key"),
            Objects.requireNonNull(e.getValue(), "extraInfo has a null value for " + e.getKey()));
      }
      this.extraInfo = copy;
      return this;
    }

    /**
     * Optional, with {@link #msgSignature}: the SHA-256 of the card's exact bytes as 64 lower-case
     * hex digits; {@code null} removes it. {@code wxshare-server}'s signer sets both.
     */
    public Builder thumbDataHash(@Nullable String thumbDataHash) {
      return text(Field.THUMB_DATA_HASH, thumbDataHash);
    }

    /**
     * Optional, with {@link #thumbDataHash}: the share's signature in standard Base64, at most 2048
     * characters; {@code null} removes it.
     */
    public Builder msgSignature(@Nullable String msgSignature) {
      return text(Field.MSG_SIGNATURE, msgSignature);
    }

    /** The codec's way in for a boolean field. */
    void flag(Field field, boolean value) {
      switch (field) {
        case WITH_SHARE_TICKET: withShareTicket = value; break;
        case DISABLE_FORWARD: disableForward = value; break;
        case IS_UPDATABLE_MESSAGE: isUpdatableMessage = value; break;
        case IS_SECRET_MESSAGE: isSecretMessage = value; break;
        default: throw new IllegalArgumentException(field + " is not a boolean field");
      }
    }

    /**
     * The codec's way in for a text field as the document holds it (null checks and the rules come
     * in {@link #buildOrNull}).
     */
    Builder text(Field field, @Nullable String value) {
      if (field.kind != Field.Kind.TEXT) {
        throw new IllegalArgumentException(field + " is not a text field");
      }
      texts[field.ordinal()] = value;
      return this;
    }

    /** A text field as set, for the rules ({@link RequestRules}); null for a field of another kind. */
    @Nullable String textOf(Field field) {
      return texts[field.ordinal()];
    }

    /** A number field as set, for the rules. */
    int numberOf(Field field) {
      return field == Field.SCENE ? scene : miniprogramType;
    }

    /** How the document wrote a number field, for messages; null when set from Java or written as its value. */
    @Nullable String numberTextOf(Field field) {
      return field == Field.SCENE ? sceneText : miniprogramTypeText;
    }

    /**
     * The codec's way in for numbers that the enums cannot hold, so that the rules judge them;
     * {@code text} is how the document wrote it, for messages (null for a plain int).
     */
    void rawNumber(Field field, int value, @Nullable String text) {
      switch (field) {
        case MINIPROGRAM_TYPE: miniprogramType = value; miniprogramTypeText = text; break;
        case SCENE: scene = value; sceneText = text; break;
        default: throw new IllegalArgumentException(field + " is not a number field");
      }
    }

    /**
     * The request, once every field has passed its rule.
     *
     * @throws InvalidShareRequestException listing every violation, in field order
     */
    public ShareMiniProgramRequest build() {
      List<Violation> violations = RequestRules.check(this, 0);
      if (!violations.isEmpty()) {
        throw new InvalidShareRequestException(violations);
      }
      return new ShareMiniProgramRequest(this);
    }

    /** The request, or null when {@link RequestRules} added violations to {@code out}. */
    @Nullable ShareMiniProgramRequest buildOrNull(long skip, List<Violation> out) {
      int before = out.size();
      out.addAll(RequestRules.check(this, skip));
      // A skipped field (the codec reported its type) may be missing: then there is no request.
      if (out.size() != before) {
        return null;
      }
      for (Field field : Field.RULED) {
        if (field.required && textOf(field) == null) {
          return null;
        }
      }
      return new ShareMiniProgramRequest(this);
    }
  }
}
