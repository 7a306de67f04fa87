package io.github.wxshare.android;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.wxshare.core.ShareResult;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * The token handshake on the JVM: which scripts the app evaluates in a page's main frame, and which
 * calls it refuses. The browser test runs the same class with a real page.
 */
class BridgeChannelTest {
  private static final Pattern READY = Pattern.compile("b\\._ready\\(\"([0-9a-f]{32})\",\\d+\\)");
  private final List<String> shared = new CopyOnWriteArrayList<>();
  private final List<String> refusals = new CopyOnWriteArrayList<>();
  private final WxShareWebBridge bridge = WxShareWebBridge.builder(request -> {
    shared.add(request.userName());
    return CompletableFuture.completedFuture(ShareResult.fromResponse(0, null, "tx-1"));
  }).allowOrigin("https://m.example.com").allowOrigin("https://other.example.com").onRefused((origin, what) -> refusals.add(origin + ": " + what)).build();
  private final BridgeChannel channel = new BridgeChannel(bridge);

  private static String token(String script) {
    Matcher m = READY.matcher(script);
    assertThat(m.find()).as(script).isTrue();
    return m.group(1);
  }

  private static String call() {
    return WxShareWebBridgeTest.call(1, "en", Fixtures.cordovaExample());
  }

  @Test
  void anAllowedPageGetsTheCandidateTokenOnlyWhileItsMainFrameHasThatOrigin() {
    String script = channel.hello("https://m.example.com/share.html?x=1", "en");
    assertThat(script).startsWith("(function(){if(location.origin!==\"https://m.example.com\")return;"
        + "var b=window.__wxshareBridge;if(b)b._ready(\"").endsWith("\"," + bridge.answerTimeoutMillis() + ");})();");
    assertThat(token(channel.hello("https://m.example.com/", "en"))).as("the one outstanding candidate")
        .isEqualTo(token(script));
    assertThat(token(channel.hello("https://other.example.com/", "en"))).as("a new origin, a new candidate")
        .isNotEqualTo(token(script));
    assertThat(refusals).isEmpty();
  }

  @Test
  void tokensAre128RandomBitsInHex() {
    // A hello from the other allowed origin gets a new candidate; every hex digit of it must vary.
    List<java.util.Set<Character>> digits = new ArrayList<>();
    for (int i = 0; i < 32; i++) {
      digits.add(new java.util.HashSet<>());
    }
    for (int n = 0; n < 200; n++) {
      String token = token(channel.hello(n % 2 == 0 ? "https://m.example.com/" : "https://other.example.com/", "en"));
      assertThat(token).matches("[0-9a-f]{32}");
      for (int i = 0; i < 32; i++) {
        digits.get(i).add(token.charAt(i));
      }
    }
    for (int i = 0; i < 32; i++) {
      assertThat(digits.get(i)).as("hex digit %d over 200 tokens", i).hasSizeGreaterThan(8);
    }
  }

  @Test
  void aRefusedPageIsToldWhyOnlyWhileItsMainFrameStillHasThatOriginAndTheAppIsTold() {
    String script = channel.hello("https://evil.example/x", "zh-CN");
    assertThat(script).startsWith("(function(){if(location.origin!==\"https://evil.example\")return;"
        + "var b=window.__wxshareBridge;if(b)b._refused(\"")
        .contains("ORIGIN_REFUSED", "https://evil.example", "不在此应用的 wxshare 允许列表中").doesNotContain("_ready");
    assertThat(refusals).containsExactly("https://evil.example: wxshare-bridge.js");
    assertThat(channel.hello("file:///android_asset/index.html", "en"))
        .startsWith("(function(){if(location.protocol==='http:'||location.protocol==='https:')return;");
    assertThat(refusals).last().isEqualTo("null: wxshare-bridge.js");
  }

  @Test
  void helloInALoopFromAnyFrameNeitherEvictsTheMainFramesTokenNorGrowsTheTable() {
    String mainFrame = token(channel.hello("https://m.example.com/", "en"));
    List<String> evaluated = new ArrayList<>();
    assertThat(channel.postMessage("https://m.example.com/", mainFrame, call(), evaluated::add)).isTrue();
    for (int i = 0; i < 10_000; i++) {
      channel.hello("https://m.example.com/", "en"); // an iframe's hello reads the main frame's URL
    }
    assertThat(channel.liveTokens()).isEqualTo(1);
    assertThat(channel.postMessage("https://m.example.com/", mainFrame, call(), evaluated::add)).isTrue();
    assertThat(evaluated).hasSize(2);
    assertThat(shared).hasSize(2);
  }

  @Test
  void aCallWithItsPagesTokenIsSharedAndAnsweredInThatPageOnly() {
    String token = token(channel.hello("https://m.example.com/a", "en"));
    List<String> evaluated = new ArrayList<>();
    assertThat(channel.postMessage("https://m.example.com/b", token, call(), evaluated::add)).isTrue();

    assertThat(shared).containsExactly("gh_67210fc11b59");
    assertThat(evaluated).hasSize(1);
    assertThat(evaluated.get(0)).startsWith("(function(){if(location.origin!==\"https://m.example.com\")return;"
        + "var b=window.__wxshareBridge;if(b)b._receive(\"" + token + "\",\"{\\\"wxshare\\\":1,\\\"id\\\":1,\\\"ok\\\":true,"
        + "\\\"status\\\":\\\"SENT\\\"");
  }

  @Test
  void callsWithoutAValidTokenForTheCurrentOriginAreRefusedWithoutAnAnswer() {
    String token = token(channel.hello("https://m.example.com/a", "en"));
    List<String> evaluated = new ArrayList<>();

    assertThat(channel.postMessage("https://m.example.com/a", null, call(), evaluated::add)).isFalse();
    assertThat(channel.postMessage("https://m.example.com/a", "0123456789abcdef0123456789abcdef", call(), evaluated::add)).isFalse();
    assertThat(channel.postMessage("https://evil.example/", token, call(), evaluated::add)).isFalse(); // the page navigated away
    assertThat(channel.postMessage(null, token, call(), evaluated::add)).isFalse();

    assertThat(shared).isEmpty();
    assertThat(evaluated).as("the main frame must not take answers to calls it did not make").isEmpty();
    assertThat(refusals).containsExactly(
        "https://m.example.com: a call without a token the app issued",
        "https://m.example.com: a call without a token the app issued",
        "https://evil.example: a call with a token issued for https://m.example.com",
        "null: a call with a token issued for https://m.example.com");
  }

  @Test
  void onlyTheLatestMainFrameDocumentsTokensAreKept() {
    String first = token(channel.hello("https://m.example.com/", "en"));
    List<String> evaluated = new ArrayList<>();
    assertThat(channel.postMessage("https://m.example.com/", first, call(), evaluated::add)).isTrue();
    for (int i = 0; i < BridgeChannel.MAX_TOKENS; i++) {
      // Each a new main-frame document that took the candidate and called with it.
      String next = token(channel.hello("https://m.example.com/", "en"));
      assertThat(channel.postMessage("https://m.example.com/", next, call(), evaluated::add)).isTrue();
    }
    assertThat(channel.liveTokens()).isEqualTo(BridgeChannel.MAX_TOKENS);
    assertThat(channel.postMessage("https://m.example.com/", first, call(), evaluated::add)).isFalse();
  }

  @Test
  void stringsInScriptsAreEscapedSoThatNoTextEndsTheLiteralOrTheScript() {
    assertThat(JsStrings.quote("a\"b\\c\n\r\t\u0000\u2028\u2029</script>é中😀"))
        .isEqualTo("\"a\\\"b\\\\c\\n\\r\\t\\u0000\\u2028\\u2029\\u003c/script>é中😀\"");
    assertThat(JsStrings.quote(null)).isEqualTo("null");
  }
}
