package io.github.wxshare.core;

import io.github.wxshare.core.internal.ChatSceneValidator;
import io.github.wxshare.core.internal.ExtraInfoValidator;
import io.github.wxshare.core.internal.FallbackWebpageUrlValidator;
import io.github.wxshare.core.internal.Finding;
import io.github.wxshare.core.internal.LocalImagePathValidator;
import io.github.wxshare.core.internal.MiniProgramPathValidator;
import io.github.wxshare.core.internal.MiniProgramTypeCodeValidator;
import io.github.wxshare.core.internal.MiniProgramUserNameValidator;
import io.github.wxshare.core.internal.RequiredValidator;
import io.github.wxshare.core.internal.RuleValidator;
import io.github.wxshare.core.internal.Text;
import io.github.wxshare.core.internal.Utf8LengthValidator;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.jspecify.annotations.Nullable;

/**
 * The explicit list of the request's rules: the same validators, with the same parameters, that the
 * annotations on {@link ShareMiniProgramRequest}'s fields name, called directly. No reflection and
 * no engine, so it runs on Android and costs nothing at start-up.
 */
final class RequestRules {
  private static final RequiredValidator REQUIRED = new RequiredValidator();
  private static final MiniProgramUserNameValidator USER_NAME_RULE = new MiniProgramUserNameValidator();
  private static final MiniProgramPathValidator PATH_RULE =
      new MiniProgramPathValidator(ShareMiniProgramRequest.MAX_PATH_LENGTH);
  private static final Utf8LengthValidator TITLE_RULE =
      new Utf8LengthValidator(ShareMiniProgramRequest.MAX_TITLE_BYTES);
  private static final Utf8LengthValidator DESCRIPTION_RULE =
      new Utf8LengthValidator(ShareMiniProgramRequest.MAX_DESCRIPTION_BYTES);
  private static final LocalImagePathValidator IMAGE_PATH_RULE =
      new LocalImagePathValidator(ShareMiniProgramRequest.MAX_IMAGE_PATH_LENGTH);
  private static final FallbackWebpageUrlValidator WEBPAGE_URL_RULE =
      new FallbackWebpageUrlValidator(ShareMiniProgramRequest.MAX_WEBPAGE_URL_BYTES);
  private static final MiniProgramTypeCodeValidator TYPE_RULE = new MiniProgramTypeCodeValidator();
  private static final ChatSceneValidator SCENE_RULE = new ChatSceneValidator();
  private static final ExtraInfoValidator EXTRA_INFO_RULE = new ExtraInfoValidator(
      ShareMiniProgramRequest.MAX_EXTRA_INFO_ENTRIES, ShareMiniProgramRequest.MAX_EXTRA_INFO_KEY_LENGTH,
      ShareMiniProgramRequest.MAX_EXTRA_INFO_VALUE_LENGTH);

  private static final Names NAMES = new Names();

  private RequestRules() {}

  /** Codes, built once per field and kind rather than concatenated per violation (pointers are the field's). */
  private static final class Names {
    private final Map<Field, Map<String, String>> codes = new ConcurrentHashMap<>();

    String code(Field field, String kind) {
      Map<String, String> byKind = codes.computeIfAbsent(field, f -> new ConcurrentHashMap<>());
      String code = byKind.get(kind);
      if (code == null) {
        code = field.key + "." + kind;
        byKind.putIfAbsent(kind, code);
      }
      return code;
    }
  }

  // Each rule is called through its own final class, so that every call site has one target and
  // the JIT inlines it; one shared call site for all of them would be megamorphic.
  static List<Violation> check(ShareMiniProgramRequest.Builder b, long skip) {
    List<Violation> out = null;
    String v = b.userName;
    if ((skip & Field.USER_NAME.bit) == 0) {
      out = v == null || Text.isBlank(v) ? missing(out, Field.USER_NAME, v) : add(out, Field.USER_NAME, USER_NAME_RULE, USER_NAME_RULE.find(v), v);
    }
    v = b.path;
    if ((skip & Field.PATH.bit) == 0) {
      out = v == null || Text.isBlank(v) ? missing(out, Field.PATH, v) : add(out, Field.PATH, PATH_RULE, PATH_RULE.find(v), v);
    }
    v = b.title;
    if ((skip & Field.TITLE.bit) == 0 && v != null) {
      out = add(out, Field.TITLE, TITLE_RULE, TITLE_RULE.find(v), v);
    }
    v = b.description;
    if ((skip & Field.DESCRIPTION.bit) == 0 && v != null) {
      out = add(out, Field.DESCRIPTION, DESCRIPTION_RULE, DESCRIPTION_RULE.find(v), v);
    }
    v = b.imagePath;
    if ((skip & Field.IMAGE_PATH.bit) == 0) {
      out = v == null || Text.isBlank(v) ? missing(out, Field.IMAGE_PATH, v) : add(out, Field.IMAGE_PATH, IMAGE_PATH_RULE, IMAGE_PATH_RULE.find(v), v);
    }
    v = b.webpageUrl;
    if ((skip & Field.WEBPAGE_URL.bit) == 0) {
      out = v == null || Text.isBlank(v) ? missing(out, Field.WEBPAGE_URL, v) : add(out, Field.WEBPAGE_URL, WEBPAGE_URL_RULE, WEBPAGE_URL_RULE.find(v), v);
    }
    if ((skip & Field.MINIPROGRAM_TYPE.bit) == 0) {
      Finding f = TYPE_RULE.find(b.miniprogramType);
      if (f != null) {
        out = addShown(out, Field.MINIPROGRAM_TYPE, TYPE_RULE, f,
            b.miniprogramTypeText != null ? b.miniprogramTypeText : String.valueOf(b.miniprogramType));
      }
    }
    if ((skip & Field.SCENE.bit) == 0) {
      Finding f = SCENE_RULE.find(b.scene);
      if (f != null) {
        out = addShown(out, Field.SCENE, SCENE_RULE, f, b.sceneText != null ? b.sceneText : String.valueOf(b.scene));
      }
    }
    if ((skip & Field.EXTRA_INFO.bit) == 0 && !b.extraInfo.isEmpty()) {
      Finding f = EXTRA_INFO_RULE.find(b.extraInfo);
      if (f != null) {
        out = addShown(out, Field.EXTRA_INFO, EXTRA_INFO_RULE, f, "extraInfo");
      }
    }
    return out == null ? Collections.emptyList() : out;
  }

  /** {@code <field>.required}: the value is null, empty or whitespace only. */
  private static @Nullable List<Violation> missing(@Nullable List<Violation> out, Field field, @Nullable String value) {
    return addShown(out, field, REQUIRED, REQUIRED.find(value), value == null ? "null" : RuleValidator.display(value));
  }

  /** A text rule's finding, if any; the value is quoted for the message only when there is one. */
  private static @Nullable List<Violation> add(@Nullable List<Violation> out, Field field, RuleValidator<?, ?> rule,
      @Nullable Finding finding, String value) {
    return finding == null ? out : addShown(out, field, rule, finding, RuleValidator.display(value));
  }

  private static @Nullable List<Violation> addShown(@Nullable List<Violation> out, Field field, RuleValidator<?, ?> rule,
      @Nullable Finding finding, String shown) {
    if (finding == null) {
      return out;
    }
    List<Violation> list = out == null ? new ArrayList<>(4) : out;
    list.add(Violation.create(field.pointer, NAMES.code(field, finding.kind()), rule.template(finding),
        rule.parameters(finding, shown)));
    return list;
  }
}
