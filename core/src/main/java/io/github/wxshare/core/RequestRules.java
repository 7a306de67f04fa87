package io.github.wxshare.core;

import io.github.wxshare.core.internal.ChatSceneValidator;
import io.github.wxshare.core.internal.FallbackWebpageUrlValidator;
import io.github.wxshare.core.internal.Finding;
import io.github.wxshare.core.internal.LocalImagePathValidator;
import io.github.wxshare.core.internal.MiniProgramPathValidator;
import io.github.wxshare.core.internal.MiniProgramTypeCodeValidator;
import io.github.wxshare.core.internal.MiniProgramUserNameValidator;
import io.github.wxshare.core.internal.RequiredValidator;
import io.github.wxshare.core.internal.RuleValidator;
import io.github.wxshare.core.internal.Utf8LengthValidator;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * The explicit list of the request's rules: the same validators, with the same parameters, that the
 * annotations on {@link ShareMiniProgramRequest}'s fields name, called directly. No reflection and
 * no engine, so it runs on Android and costs nothing at start-up.
 */
final class RequestRules {
  // Bits of fields that the JSON codec already reported (wrong type, duplicate key): skip them here.
  static final int USER_NAME = 1;
  static final int PATH = 1 << 1;
  static final int TITLE = 1 << 2;
  static final int DESCRIPTION = 1 << 3;
  static final int IMAGE_PATH = 1 << 4;
  static final int WEBPAGE_URL = 1 << 5;
  static final int WITH_SHARE_TICKET = 1 << 6;
  static final int MINIPROGRAM_TYPE = 1 << 7;
  static final int SCENE = 1 << 8;

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

  private RequestRules() {}

  static List<Violation> check(ShareMiniProgramRequest.Builder b, int skip) {
    List<Violation> out = null;
    out = text(out, skip & USER_NAME, "userName", b.userName, true, USER_NAME_RULE);
    out = text(out, skip & PATH, "path", b.path, true, PATH_RULE);
    out = text(out, skip & TITLE, "title", b.title, false, TITLE_RULE);
    out = text(out, skip & DESCRIPTION, "description", b.description, false, DESCRIPTION_RULE);
    out = text(out, skip & IMAGE_PATH, "imagePath", b.imagePath, true, IMAGE_PATH_RULE);
    out = text(out, skip & WEBPAGE_URL, "webpageUrl", b.webpageUrl, true, WEBPAGE_URL_RULE);
    if ((skip & MINIPROGRAM_TYPE) == 0) {
      out = add(out, "miniprogramType", TYPE_RULE, TYPE_RULE.find(b.miniprogramType),
          b.miniprogramTypeText != null ? b.miniprogramTypeText : String.valueOf(b.miniprogramType));
    }
    if ((skip & SCENE) == 0) {
      out = add(out, "scene", SCENE_RULE, SCENE_RULE.find(b.scene),
          b.sceneText != null ? b.sceneText : String.valueOf(b.scene));
    }
    return out == null ? Collections.emptyList() : out;
  }

  private static List<Violation> text(List<Violation> out, int skipped, String field, String value,
      boolean required, RuleValidator<?, CharSequence> rule) {
    if (skipped != 0) {
      return out;
    }
    if (required) {
      Finding missing = REQUIRED.find(value);
      if (missing != null) {
        return add(out, field, REQUIRED, missing, value == null ? "null" : RuleValidator.display(value));
      }
    }
    Finding finding = rule.find(value);
    return finding == null ? out : add(out, field, rule, finding, RuleValidator.display(value));
  }

  private static List<Violation> add(List<Violation> out, String field, RuleValidator<?, ?> rule, Finding finding, String shown) {
    if (finding == null) {
      return out;
    }
    List<Violation> list = out == null ? new ArrayList<>(4) : out;
    String attribute = rule.attributeName();
    list.add(Violation.create("/" + field, field + "." + finding.kind(), rule.template(finding),
        "value", shown,
        "suggestion", finding.suggestion() == null ? "" : finding.suggestion(),
        "actual", String.valueOf(finding.actual()),
        attribute, String.valueOf(rule.attributeValue())));
    return list;
  }
}
