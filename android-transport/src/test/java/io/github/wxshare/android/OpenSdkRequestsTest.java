package io.github.wxshare.android;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.tencent.mm.opensdk.modelmsg.SendMessageToWX;
import com.tencent.mm.opensdk.modelmsg.WXMediaMessage;
import com.tencent.mm.opensdk.modelmsg.WXMiniProgramObject;
import io.github.wxshare.core.InvalidShareRequestException;
import io.github.wxshare.core.MiniProgramType;
import io.github.wxshare.core.ParsedShareRequest;
import io.github.wxshare.core.ShareMiniProgramRequest;
import io.github.wxshare.core.ShareRequestJson;
import io.github.wxshare.schema.ShareRequestSchema;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The mapping against the real OpenSDK classes (6.8.34, unpacked from its AAR by the build) and
 * their own {@code checkArgs()}. The OpenSDK's log lines are kept ({@link SdkLog}), so a test can
 * show what it would have said.
 */
class OpenSdkRequestsTest {
  private static final List<String> SDK_LOG = SdkLog.LINES;
  private static final byte[] CARD = new byte[131072];
  private static final ShareMiniProgramRequest DONUT = ShareMiniProgramRequest.builder()
      .userName("gh_d43f693ca31f").path("pages/index/index?id=42").title("标题 🍩").description("描述")
      .imagePath("/pages/thumb.png").webpageUrl("https://www.qq.com").withShareTicket(true)
      .miniprogramType(MiniProgramType.PREVIEW).build();

  @BeforeAll
  static void keepTheSdksLog() {
    SdkLog.install();
  }

  @BeforeEach
  void clearLog() {
    SDK_LOG.clear();
  }

  @Test
  void everyValidConformanceVectorMapsToAReqTheOpenSdkAccepts() throws Exception {
    ObjectMapper json = new ObjectMapper();
    ShareRequestJson codec = ShareRequestJson.create();
    int checked = 0;
    for (String file : ShareRequestSchema.VECTOR_FILES) {
      for (JsonNode group : json.readTree(ShareRequestSchema.vectors(file))) {
        for (JsonNode test : group.get("tests")) {
          if (!test.get("valid").asBoolean()) {
            continue;
          }
          String text = test.has("document") ? test.get("document").asText() : json.writeValueAsString(test.get("data"));
          ParsedShareRequest parsed = codec.read(text);
          String name = file + ": " + test.get("description").asText();
          assertThat(parsed.isValid()).as(name).isTrue();
          for (byte[] thumb : new byte[][] {new byte[1], CARD}) {
            SendMessageToWX.Req req = OpenSdkRequests.toReq(parsed.request(), thumb, "tx-" + checked);
            assertThat(req.checkArgs()).as("%s, %d-byte thumbnail; the OpenSDK said %s", name, thumb.length, SDK_LOG)
                .isTrue();
          }
          checked++;
        }
      }
    }
    assertThat(SDK_LOG).isEmpty();
    assertThat(checked).as("valid vectors").isGreaterThanOrEqualTo(100);
  }

  @Test
  void theLongestTextsTheModelAllowsPassTheSdksCharacterLimits() {
    // The model counts UTF-8 bytes (512 / 1024), the OpenSDK UTF-16 units: the model is stricter.
    for (String unit : new String[] {"a", "é", "中", "🍩"}) {
      int bytes = unit.getBytes(java.nio.charset.StandardCharsets.UTF_8).length;
      ShareMiniProgramRequest longest = DONUT.newBuilder()
          .title(unit.repeat(ShareMiniProgramRequest.MAX_TITLE_BYTES / bytes))
          .description(unit.repeat(ShareMiniProgramRequest.MAX_DESCRIPTION_BYTES / bytes)).build();
      assertThat(OpenSdkRequests.toReq(longest, CARD, "t").checkArgs()).as(unit).isTrue();
    }
  }

  @Test
  void everyFieldLandsWhereTheOpenSdkReadsIt() {
    SendMessageToWX.Req req = OpenSdkRequests.toReq(DONUT, CARD, "share-1");
    assertThat(req.scene).isEqualTo(SendMessageToWX.Req.WXSceneSession);
    assertThat(req.transaction).isEqualTo("share-1");
    assertThat(req.getType()).isEqualTo(2); // ConstantsAPI.COMMAND_SENDMESSAGE_TO_WX
    WXMediaMessage message = req.message;
    assertThat(message.title).isEqualTo("标题 🍩");
    assertThat(message.description).isEqualTo("描述");
    assertThat(message.thumbData).isSameAs(CARD);
    assertThat(message.getType()).isEqualTo(36); // WXMediaMessage.IMediaObject.TYPE_WXMINIPROGRAM
    WXMiniProgramObject program = (WXMiniProgramObject) message.mediaObject;
    assertThat(program.userName).isEqualTo("gh_d43f693ca31f");
    assertThat(program.path).isEqualTo("pages/index/index?id=42");
    assertThat(program.webpageUrl).isEqualTo("https://www.qq.com");
    assertThat(program.withShareTicket).isTrue();
    assertThat(program.miniprogramType).isEqualTo(WXMiniProgramObject.MINIPROGRAM_TYPE_PREVIEW);
    assertThat(program.disableforward).isZero();
    assertThat(program.isUpdatableMessage).isFalse();
    assertThat(program.isSecretMessage).isFalse();
    assertThat(program.getExtra("activity_id", "none")).as("no map at all: getExtra answers null").isNull();
  }

  @Test
  void theLaterFieldsLandWhereTheOpenSdkReadsThem() {
    ShareMiniProgramRequest later = DONUT.newBuilder().disableForward(true).updatableMessage(true).secretMessage(true)
        .extraInfo(java.util.Map.of("activity_id", "42", "键", "值")).build();
    WXMiniProgramObject program = (WXMiniProgramObject) OpenSdkRequests.toReq(later, CARD, "share-2").message.mediaObject;
    assertThat(program.disableforward).isEqualTo(1);
    assertThat(program.isUpdatableMessage).isTrue();
    assertThat(program.isSecretMessage).isTrue();
    assertThat(program.getExtra("activity_id", null)).isEqualTo("42");
    assertThat(program.getExtra("键", null)).isEqualTo("值");
    assertThat(OpenSdkRequests.toReq(later, CARD, "share-2").checkArgs()).isTrue();
  }

  @Test
  void eachMiniProgramTypeIsTheSdksConstant() {
    assertThat(map(MiniProgramType.RELEASE)).isEqualTo(WXMiniProgramObject.MINIPTOGRAM_TYPE_RELEASE);
    assertThat(map(MiniProgramType.TEST)).isEqualTo(WXMiniProgramObject.MINIPROGRAM_TYPE_TEST);
    assertThat(map(MiniProgramType.PREVIEW)).isEqualTo(WXMiniProgramObject.MINIPROGRAM_TYPE_PREVIEW);
  }

  private static int map(MiniProgramType type) {
    SendMessageToWX.Req req = OpenSdkRequests.toReq(DONUT.newBuilder().miniprogramType(type).build(), CARD, "t");
    return ((WXMiniProgramObject) req.message.mediaObject).miniprogramType;
  }

  @Test
  void aThumbnailTheSdkWouldRefuseInSilenceIsRefusedLoudly() {
    // What the OpenSDK does with one byte too many: false, and one log line.
    SendMessageToWX.Req tooBig = OpenSdkRequests.toReq(DONUT, CARD, "t");
    tooBig.message.thumbData = new byte[131073];
    assertThat(tooBig.checkArgs()).isFalse();
    assertThat(SDK_LOG).singleElement().asString().contains("thumbData");

    assertThatThrownBy(() -> OpenSdkRequests.toReq(DONUT, new byte[131073], "t"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("thumbData is 131073 bytes; the OpenSDK takes 1 to 131072 for a mini program card: "
            + "render it with CardImages.render");
    assertThatThrownBy(() -> OpenSdkRequests.toReq(DONUT, new byte[0], "t"))
        .hasMessageStartingWith("thumbData is 0 bytes");
    assertThatThrownBy(() -> OpenSdkRequests.toReq(DONUT, null, "t"))
        .isInstanceOf(NullPointerException.class).hasMessageContaining("CardImages.render");
    assertThatThrownBy(() -> OpenSdkRequests.toReq(DONUT, CARD, " "))
        .hasMessage("transaction is blank; use a unique id, such as a random UUID");
  }

  @Test
  void mistakesTheSdkLetsThroughAreRefusedByTheModelFirst() {
    // The OpenSDK checks only that userName and webpageUrl are not empty: an AppID in place of the
    // original id, or a URL with no scheme, pass checkArgs() and then fail inside WeChat.
    SendMessageToWX.Req req = OpenSdkRequests.toReq(DONUT, CARD, "t");
    WXMiniProgramObject program = (WXMiniProgramObject) req.message.mediaObject;
    program.userName = "wx1234567890abcdef";
    program.webpageUrl = "www.qq.com";
    assertThat(req.checkArgs()).isTrue();

    assertThatThrownBy(() -> DONUT.newBuilder().userName("wx1234567890abcdef").webpageUrl("www.qq.com").build())
        .isInstanceOf(InvalidShareRequestException.class)
        .satisfies(e -> assertThat(((InvalidShareRequestException) e).violations())
            .extracting(v -> v.code()).containsExactly("userName.appId", "webpageUrl.scheme"));
  }
}
