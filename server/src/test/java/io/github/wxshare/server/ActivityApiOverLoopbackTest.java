package io.github.wxshare.server;

import static org.assertj.core.api.Assertions.assertThat;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * {@link ActivityApi} against a real HTTP server on 127.0.0.1 that answers as WeChat's documents
 * show: success, each errcode the client names, an answer of 10 MB, no answer at all, and an answer
 * that is not JSON. Nothing here is WeChat; the server only says what the documents say it says.
 */
class ActivityApiOverLoopbackTest {
  private static final String TOKEN = "ACCESS_TOKEN_secret_value";
  private HttpServer server;
  private volatile Consumer<HttpExchange> answer;
  private final List<String> seen = new CopyOnWriteArrayList<>();
  private final CountDownLatch release = new CountDownLatch(1);

  @BeforeEach
  void start() throws IOException {
    server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
    server.setExecutor(Executors.newFixedThreadPool(4));
    server.createContext("/", exchange -> {
      byte[] body = exchange.getRequestBody().readAllBytes();
      seen.add(exchange.getRequestMethod() + " " + exchange.getRequestURI() + " " + new String(body, StandardCharsets.UTF_8));
      answer.accept(exchange);
    });
    server.start();
  }

  @AfterEach
  void stop() {
    release.countDown();
    server.stop(0);
    ((java.util.concurrent.ExecutorService) server.getExecutor()).shutdownNow();
  }

  private ActivityApi api() {
    return ActivityApi.builder(() -> TOKEN).baseUri(URI.create("http://127.0.0.1:" + server.getAddress().getPort()))
        .timeout(Duration.ofSeconds(2)).build();
  }

  private static Consumer<HttpExchange> json(String body) {
    return exchange -> {
      try {
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().add("Content-Type", "application/json");
        exchange.sendResponseHeaders(200, bytes.length);
        try (OutputStream out = exchange.getResponseBody()) {
          out.write(bytes);
        }
      } catch (IOException e) {
        // the client went away
      }
    };
  }

  @Test
  void createReturnsTheIdAndItsExpiry() throws Exception {
    answer = json("{\"errcode\":0,\"errmsg\":\"ok\",\"activity_id\":\"966_NGiqAk0JrE6-9xWMO1N8y9_kTxs\","
        + "\"expiration_time\":1560000000}");
    ActivityId id = api().create("oEXAMPLEopenid", null);
    assertThat(id.id()).isEqualTo("966_NGiqAk0JrE6-9xWMO1N8y9_kTxs");
    assertThat(id.expirationTime()).isEqualTo(Instant.ofEpochSecond(1560000000));
    assertThat(seen).singleElement().asString()
        .startsWith("GET /cgi-bin/message/wxopen/activityid/create?access_token=" + TOKEN + "&openid=oEXAMPLEopenid ");
  }

  @Test
  void updateSendsTheDocumentsBody() throws Exception {
    answer = json("{\"errcode\":0,\"errmsg\":\"ok\"}");
    api().update(UpdatableMessage.waiting("966_abc", 1, 4));
    api().update(UpdatableMessage.started("966_abc", "pages/room?id=7", UpdatableMessage.VersionType.RELEASE));
    assertThat(seen).containsExactly(
        "POST /cgi-bin/message/wxopen/updatablemsg/send?access_token=" + TOKEN + " {\"activity_id\":\"966_abc\","
            + "\"target_state\":0,\"template_info\":{\"parameter_list\":[{\"name\":\"member_count\",\"value\":\"1\"},"
            + "{\"name\":\"room_limit\",\"value\":\"4\"}]}}",
        "POST /cgi-bin/message/wxopen/updatablemsg/send?access_token=" + TOKEN + " {\"activity_id\":\"966_abc\","
            + "\"target_state\":1,\"template_info\":{\"parameter_list\":[{\"name\":\"path\",\"value\":\"pages/room?id=7\"},"
            + "{\"name\":\"version_type\",\"value\":\"release\"}]}}");
  }

  @Test
  void eachErrcodeIsAKindACallerCanActOn() throws Exception {
    Object[][] cases = {
      {-1, ActivityApiException.Kind.BUSY, true}, {42001, ActivityApiException.Kind.TOKEN_EXPIRED, true},
      {40001, ActivityApiException.Kind.TOKEN_INVALID, false}, {40014, ActivityApiException.Kind.TOKEN_INVALID, false},
      {40003, ActivityApiException.Kind.INVALID_OPENID, false}, {45009, ActivityApiException.Kind.FREQUENCY_LIMIT, true},
      {45011, ActivityApiException.Kind.FREQUENCY_LIMIT, true}, {44002, ActivityApiException.Kind.EMPTY_BODY, false},
      {47001, ActivityApiException.Kind.BAD_BODY, false}, {48001, ActivityApiException.Kind.UNAUTHORIZED, false},
      {47501, ActivityApiException.Kind.WECHAT_ERROR, false},
    };
    for (Object[] c : cases) {
      answer = json("{\"errcode\":" + c[0] + ",\"errmsg\":\"message from WeChat\\nsecond line\"}");
      ActivityApiException e = thrown(() -> api().create(null, null));
      assertThat(e.kind()).as("errcode %s", c[0]).isEqualTo(c[1]);
      assertThat(e.retryable()).isEqualTo(c[2]);
      assertThat(e.errcode()).isEqualTo(c[0]);
      assertThat(e.errmsg()).isEqualTo("message from WeChat\\u000asecond line");
      for (Locale l : List.of(Locale.ENGLISH, Locale.SIMPLIFIED_CHINESE, Locale.TRADITIONAL_CHINESE)) {
        assertThat(e.message(l)).contains(String.valueOf(c[0])).doesNotContain("{").doesNotContain(TOKEN);
      }
    }
  }

  @Test
  void aTenMegabyteAnswerIsNotReadPastTheBound() throws Exception {
    answer = exchange -> {
      try {
        exchange.sendResponseHeaders(200, 10L * 1024 * 1024);
        try (OutputStream out = exchange.getResponseBody()) {
          byte[] chunk = new byte[65536];
          java.util.Arrays.fill(chunk, (byte) ' ');
          for (int i = 0; i < 160; i++) {
            out.write(chunk);
          }
        }
      } catch (IOException e) {
        // the client stopped reading, as it should
      }
    };
    ActivityApiException e = thrown(() -> api().create(null, null));
    assertThat(e.kind()).isEqualTo(ActivityApiException.Kind.TOO_LARGE);
    assertThat(e.getMessage()).contains("65536");
  }

  @Test
  void aServerThatNeverAnswersTimesOut() throws Exception {
    answer = exchange -> {
      try {
        release.await(30, TimeUnit.SECONDS); // until the test ends
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      }
    };
    long start = System.nanoTime();
    ActivityApiException e = thrown(() -> api().create(null, null));
    assertThat(e.kind()).isEqualTo(ActivityApiException.Kind.TIMEOUT);
    assertThat(e.retryable()).isTrue();
    assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofSeconds(15));
  }

  @Test
  void anAnswerThatIsNotJsonOrNotTheDocumentsIsSaidSo() throws Exception {
    for (String body : List.of("<html>502 Bad Gateway</html>", "{\"errcode\":0}", "{\"errcode\":\"0\"}",
        "{\"errcode\":0,\"activity_id\":\"a\",\"activity_id\":\"b\",\"expiration_time\":1}")) {
      answer = json(body);
      assertThat(thrown(() -> api().create(null, null)).kind()).as(body).isEqualTo(ActivityApiException.Kind.NOT_JSON);
    }
    answer = exchange -> {
      try {
        exchange.sendResponseHeaders(502, -1);
        exchange.close();
      } catch (IOException e) {
        // gone
      }
    };
    ActivityApiException status = thrown(() -> api().create(null, null));
    assertThat(status.kind()).isEqualTo(ActivityApiException.Kind.HTTP_STATUS);
    assertThat(status.getMessage()).contains("502").doesNotContain(TOKEN);
  }

  @Test
  void anUnreachableServerIsSaidWithoutTheToken() throws Exception {
    int port = server.getAddress().getPort();
    server.stop(0);
    ActivityApiException e = thrown(() -> ActivityApi.builder(() -> TOKEN)
        .baseUri(URI.create("http://127.0.0.1:" + port)).timeout(Duration.ofSeconds(2)).build().create(null, null));
    assertThat(e.kind()).isIn(ActivityApiException.Kind.UNREACHABLE, ActivityApiException.Kind.TIMEOUT);
    assertThat(e.getMessage()).doesNotContain(TOKEN);
  }

  interface Call {
    Object run() throws ActivityApiException;
  }

  private static ActivityApiException thrown(Call call) {
    try {
      call.run();
    } catch (ActivityApiException e) {
      return e;
    }
    throw new AssertionError("the call succeeded");
  }
}
