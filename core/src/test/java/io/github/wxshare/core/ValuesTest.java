package io.github.wxshare.core;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/** Requests, results and violations as values: equal exactly when every part is, hashed alike. */
class ValuesTest {
  @Test
  void requestsDifferInEachField() {
    ShareMiniProgramRequest r = Fixtures.valid().title("t").description("d").build();
    ShareMiniProgramRequest same = Fixtures.valid().title("t").description("d").build();
    assertThat(r).isEqualTo(r).isEqualTo(same).hasSameHashCodeAs(same).isNotEqualTo(null).isNotEqualTo("r");
    List<ShareMiniProgramRequest> others = List.of(
        r.newBuilder().userName("gh_0123456789ab").build(), r.newBuilder().path("pages/b").build(),
        r.newBuilder().title("u").build(), r.newBuilder().title(null).build(), r.newBuilder().description("e").build(),
        r.newBuilder().imagePath("/b.png").build(), r.newBuilder().webpageUrl("https://b.com").build(),
        r.newBuilder().withShareTicket(true).build(), r.newBuilder().miniprogramType(MiniProgramType.PREVIEW).build(),
        r.newBuilder().thumbDataHash("3f0a7c1e9b2d4f6a8c0e1b3d5f7a9c2e4b6d8f0a1c3e5b7d9f2a4c6e8b0d1f3a").msgSignature("c2lnbmVk").build());
    for (ShareMiniProgramRequest o : others) {
      assertThat(o).isNotEqualTo(r);
      assertThat(o.hashCode()).isNotEqualTo(r.hashCode());
    }
    assertThat(r.toString()).isEqualTo("ShareMiniProgramRequest{userName=gh_d43f693ca31f, path=pages/index/index, title=t, "
        + "description=d, imagePath=/pages/thumb.png, webpageUrl=https://www.qq.com, withShareTicket=false, "
        + "miniprogramType=RELEASE, scene=SESSION, thumbDataHash=null, msgSignature=null}");
  }

  @Test
  void resultsDifferInEachPart() {
    ShareResult r = ShareResult.fromResponse(-2, "cancel", "t1");
    assertThat(r).isEqualTo(ShareResult.fromResponse(-2, "cancel", "t1")).hasSameHashCodeAs(ShareResult.fromResponse(-2, "cancel", "t1"));
    for (ShareResult o : List.of(ShareResult.fromResponse(-1, "cancel", "t1"), ShareResult.fromResponse(-2, "x", "t1"),
        ShareResult.fromResponse(-2, "cancel", "t2"), ShareResult.timedOut("t1"))) {
      assertThat(o).isNotEqualTo(r);
      assertThat(o.hashCode()).isNotEqualTo(r.hashCode());
    }
    assertThat(r).isNotEqualTo("r");
    assertThat(r.toString()).isEqualTo("ShareResult{status=CANCELLED, errCode=-2, errStr=cancel, transaction=t1}");
  }

  @Test
  void violationsDifferInPointerCodeTemplateAndParameters() {
    Violation v = Violation.create("/a", "x.y", "{value}", "value", "1");
    assertThat(v).isEqualTo(Violation.create("/a", "x.y", "{value}", "value", "1"))
        .hasSameHashCodeAs(Violation.create("/a", "x.y", "{value}", "value", "1")).isNotEqualTo("v");
    for (Violation o : List.of(Violation.create("/b", "x.y", "{value}", "value", "1"),
        Violation.create("/a", "x.z", "{value}", "value", "1"), Violation.create("/a", "x.y", "{value}!", "value", "1"),
        Violation.create("/a", "x.y", "{value}", "value", "2"))) {
      assertThat(o).isNotEqualTo(v);
      assertThat(o.hashCode()).isNotEqualTo(v.hashCode());
    }
  }

  @Test
  void pairsWithANullNameAreLeftOut() {
    Violation v = Violation.create("", "x.y", "{a}-{b}", "a", "1", null, "gone", "b", "2");
    assertThat(v).isEqualTo(Violation.create("", "x.y", "{a}-{b}", "a", "1", "b", "2"));
    assertThat(v.message(Locale.ROOT)).isEqualTo("1-2");
    assertThat(Violation.create("", "x.y", "{a}", null, "gone").message(Locale.ROOT)).isEqualTo("{a}");
  }

  @Test
  void keysInPointersAreEscapedAsRfc6901Says() {
    String body = Fixtures.BASE_JSON.substring(1);
    for (List<String> c : List.of(List.of("~x", "/~0x"), List.of("/x", "/~1x"), List.of("a~/b", "/a~0~1b"),
        List.of("~1", "/~01"), List.of("x~", "/x~0"), List.of("x/", "/x~1"), List.of("plain", "/plain"))) {
      ParsedShareRequest parsed = ShareRequestJson.create().read("{\"" + c.get(0) + "\":1," + body);
      assertThat(parsed.violations()).extracting(Violation::pointer).as(c.get(0)).containsExactly(c.get(1));
    }
  }
}
