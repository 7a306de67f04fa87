package io.github.wxshare.benchmarks;

import io.github.wxshare.core.MiniProgramType;
import io.github.wxshare.core.ShareMiniProgramRequest;
import io.github.wxshare.core.ShareRequestJson;
import java.nio.charset.StandardCharsets;

/** The requests every benchmark measures, so that both sides of a comparison get the same input. */
final class Fixtures {
  /** The invalid request's title: 129 emoji, 129 code points but 516 UTF-8 bytes (the limit is 512). */
  static final String LONG_TITLE = "😀".repeat(129);

  /**
   * A typical valid document (examples/full.json with a JSON boolean): the canonical JSON of
   * {@link #typical()}, 335 bytes with CJK text and an emoji.
   */
  static final byte[] VALID_JSON = ShareRequestJson.create().writeBytes(typical().build());

  /** examples/common-mistakes.json: 8 violations (an unknown key, two type errors, five rules). */
  static final byte[] INVALID_JSON = ("{\n"
      + "  \"userName\": \"wx1234567890abcdef\",\n"
      + "  \"path\": \"https://example.com/pages/index\",\n"
      + "  \"imagePath\": \"https://cdn.example.com/thumb.png\",\n"
      + "  \"webpageUrl\": \"http:192.168.1.140:8083/\",\n"
      + "  \"withShareTicket\": \"yes\",\n"
      + "  \"miniProgramType\": 1,\n"
      + "  \"miniprogramType\": 1.5,\n"
      + "  \"scene\": 1\n"
      + "}\n").getBytes(StandardCharsets.UTF_8);

  private Fixtures() {}

  /** examples/full.json as builder calls: every field set, CJK in path, title and description. */
  static ShareMiniProgramRequest.Builder typical() {
    return ShareMiniProgramRequest.builder()
        .userName("gh_d43f693ca31f")
        .path("/pages/detail/detail?id=7&q=中文")
        .title("限时特惠 🎁 Limited offer")
        .description("打开小程序查看详情 / Open the Mini Program for details")
        .imagePath("wxfile://tmp_2b7d1c0e.jpg")
        .webpageUrl("https://www.qq.com/detail?id=7")
        .withShareTicket(true)
        .miniprogramType(MiniProgramType.PREVIEW);
  }

  /**
   * Five violations, one per text rule: an AppID for the original id, a URL for the path, a title
   * over 512 UTF-8 bytes, a remote image and a scheme-less fallback URL.
   */
  static ShareMiniProgramRequest.Builder invalid() {
    return ShareMiniProgramRequest.builder()
        .userName("wx1234567890abcdef")
        .path("https://example.com/pages/index")
        .title(LONG_TITLE)
        .description("打开小程序查看详情 / Open the Mini Program for details")
        .imagePath("https://cdn.example.com/thumb.png")
        .webpageUrl("www.qq.com")
        .withShareTicket(true)
        .miniprogramType(MiniProgramType.PREVIEW);
  }

  /** The values of {@link #invalid()} in a bean, for Hibernate Validator. */
  static RequestBean invalidBean() {
    RequestBean b = new RequestBean();
    b.setUserName("wx1234567890abcdef");
    b.setPath("https://example.com/pages/index");
    b.setTitle(LONG_TITLE);
    b.setDescription("打开小程序查看详情 / Open the Mini Program for details");
    b.setImagePath("https://cdn.example.com/thumb.png");
    b.setWebpageUrl("www.qq.com");
    b.setWithShareTicket(true);
    b.setMiniprogramType(MiniProgramType.PREVIEW.code());
    return b;
  }

  /** The values of {@link #typical()} in a bean. */
  static RequestBean typicalBean() {
    ShareMiniProgramRequest r = typical().build();
    RequestBean b = new RequestBean();
    b.setUserName(r.userName());
    b.setPath(r.path());
    b.setTitle(r.title());
    b.setDescription(r.description());
    b.setImagePath(r.imagePath());
    b.setWebpageUrl(r.webpageUrl());
    b.setWithShareTicket(r.withShareTicket());
    b.setMiniprogramType(r.miniprogramType().code());
    b.setScene(r.scene().code());
    return b;
  }
}
