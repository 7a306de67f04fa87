package io.github.wxshare.android;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.FuzzTest;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.wxshare.core.ParsedShareRequest;
import io.github.wxshare.core.ShareRequestJson;
import io.github.wxshare.core.ShareResult;
import io.github.wxshare.core.ShareTransport;
import io.github.wxshare.core.Violation;
import io.github.wxshare.core.image.CardImage;
import io.github.wxshare.core.image.CardImagePolicy;
import io.github.wxshare.imageio.ImageIoCardImages;
import io.github.wxshare.imageio.TestImages;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CompletableFuture;

/**
 * The WebView bridge's JSON entry point, {@link WxShareWebBridge#call}, on arbitrary messages from
 * arbitrary origins: every call gets one JSON reply with a known status and a message, a refusal
 * of a request lists the codec's violations, a share that WeChat answers leaves nothing pending;
 * never an exception. Through the real transport and OpenSDK classes, with {@link FakeWxApi} for
 * the phone. Inputs: {@code WebBridgeFuzzTestInputs/}.
 */
class WebBridgeFuzzTest {
  private static final ObjectMapper MAPPER = new ObjectMapper();
  private static final String ORIGIN = "https://m.example.com";
  private static final String[] ORIGINS = {ORIGIN, "https://M.EXAMPLE.COM:443", "http://m.example.com",
      "https://evil.example", "null", "", "file://", "https://m.example.com.evil.example"};
  private static final String[] LANGS = {"en", "zh-CN", "zh-TW", "", "x-\u0000"};
  private static final Set<String> STATUSES = Set.of("SENT", "CANCELLED", "FAILED", "DENIED", "UNSUPPORTED", "BANNED",
      "NOT_INSTALLED", "REJECTED_LOCALLY", "TIMED_OUT", "BAD_CALL", "ERROR", "IMAGE_FAILED", "INVALID", "ORIGIN_REFUSED");
  private static final CardImage CARD;

  static {
    SdkLog.install();
    try {
      Path photo = Files.createTempFile("wxshare-bridge-fuzz", ".png");
      Files.write(photo, TestImages.png(TestImages.grainyGradient(100, 80, 1)));
      CARD = ImageIoCardImages.render(photo, CardImagePolicy.DEFAULT);
      Files.delete(photo);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  @FuzzTest(maxDuration = "2m")
  void anyCallGetsOneReply(FuzzedDataProvider data) throws Exception {
    FakeWxApi api = new FakeWxApi();
    int errCode = data.consumeInt(-6, 1);
    api.installed = data.consumeInt(0, 15) != 0;
    api.onSent = req -> OpenSdkShareTransport.deliver(FakeWxApi.answer(req.transaction, errCode, null));
    // Half the inputs (by WeChat's answer, so that the committed inputs keep their meaning) go through a
    // transport of another kind, which gets only code-package paths from pages.
    boolean foreign = (errCode & 1) == 0;
    List<String> reached = new ArrayList<>();
    ShareTransport transport = foreign ? r -> {
      reached.add(r.imagePath());
      return CompletableFuture.completedFuture(ShareResult.fromResponse(errCode, null, "tx-fuzz"));
    } : OpenSdkShareTransport.builder(api).images(path -> CARD).pageImages(path -> {
      reached.add(path);
      return CARD;
    }).executor(Runnable::run).build();
    WxShareWebBridge bridge = WxShareWebBridge.builder(transport).allowOrigin(ORIGIN).build();
    String origin = data.consumeBoolean() ? data.pickValue(ORIGINS) : data.consumeString(40);

    String message;
    String request = null;
    Long id = null;
    if (data.consumeBoolean()) {
      // A well-formed call around an arbitrary request document.
      id = data.consumeLong();
      String lang = data.pickValue(LANGS);
      request = data.consumeRemainingAsString();
      ObjectNode call = MAPPER.createObjectNode().put("wxshare", 1).put("id", id).put("api", "Wechat.shareMiniProgram")
          .put("lang", lang).put("request", request);
      message = call.toString();
    } else {
      message = data.consumeRemainingAsString();
    }

    CompletableFuture<String> stage = bridge.call(origin, message).toCompletableFuture();
    assertThat(stage).as("answered at once: the executor and the fake phone answer inline").isDone();
    JsonNode reply = MAPPER.readTree(stage.join());
    assertThat(reply.isObject()).isTrue();
    assertThat(reply.get("wxshare").asInt()).isEqualTo(1);
    assertThat(reply.get("ok").isBoolean()).isTrue();
    assertThat(reply.get("message").asText()).isNotBlank();
    String status = reply.get("status").asText();
    assertThat(STATUSES).contains(status);
    assertThat(reply.get("ok").asBoolean()).isEqualTo(status.equals("SENT"));
    if (id != null) {
      assertThat(reply.get("id").asLong()).isEqualTo(id);
      boolean allowed = Origins.of(origin) != null && Origins.of(origin).equals(ORIGIN);
      assertThat(status.equals("ORIGIN_REFUSED")).isEqualTo(!allowed);
      if (allowed) {
        ParsedShareRequest parsed = ShareRequestJson.create().read(request);
        assertThat(status.equals("INVALID")).isEqualTo(!parsed.isValid());
        if (!parsed.isValid()) {
          List<String> expected = new ArrayList<>();
          for (Violation v : parsed.violations()) {
            expected.add(v.pointer() + " " + v.code());
          }
          List<String> got = new ArrayList<>();
          reply.get("violations").forEach(v -> got.add(v.get("pointer").asText() + " " + v.get("code").asText()));
          assertThat(got).isEqualTo(expected);
        } else if (foreign) {
          String path = parsed.request().imagePath();
          boolean codePackage = !PagePaths.hasScheme(path) && path.indexOf('%') < 0 && path.indexOf('\\') < 0
              && climbsNoHigherThanTheRoot(path);
          assertThat(status.equals("IMAGE_FAILED")).as(path).isEqualTo(!codePackage);
          assertThat(reached).isEqualTo(codePackage ? List.of(path) : List.of());
        } else if (!api.installed) {
          assertThat(status).isEqualTo("NOT_INSTALLED");
        } else {
          assertThat(reached).as("a page's path is read by the page loader").containsExactly(parsed.request().imagePath());
          assertThat(api.sent).hasSize(1);
          assertThat(api.sent.get(0).checkArgs()).as("what reached sendReq passes the OpenSDK's own checks").isTrue();
        }
      }
    }
    assertThat(PendingShares.size()).as("nothing left pending").isZero();
  }

  /** An independent model of the code-package rule: depth never below 0, and something named. */
  private static boolean climbsNoHigherThanTheRoot(String path) {
    int depth = 0;
    for (String segment : path.split("/", -1)) {
      if (segment.equals("..")) {
        if (--depth < 0) {
          return false;
        }
      } else if (!segment.isEmpty() && !segment.equals(".")) {
        depth++;
      }
    }
    return depth > 0;
  }
}
