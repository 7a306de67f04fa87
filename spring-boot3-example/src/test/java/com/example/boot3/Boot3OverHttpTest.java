package com.example.boot3;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.wxshare.core.ShareRequestJson;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.context.SpringBootTest;

/**
 * Boot 3.5 on Jackson 2, with the README's one bean: a request is answered in its canonical JSON
 * (406 without it), read through the codec's rules, and a bad body is a 400 (500 without it).
 */
@SpringBootTest(classes = Boot3App.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
    properties = "server.address=127.0.0.1")
class Boot3OverHttpTest {
  private static final Path ROOT = Paths.get(System.getProperty("basedir", ".")).resolve("..").normalize();
  private static final HttpClient CLIENT = HttpClient.newHttpClient();

  @Value("${local.server.port}")
  int port;

  private HttpResponse<String> send(HttpRequest.Builder request) throws Exception {
    return CLIENT.send(request.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
  }

  private HttpRequest.Builder at(String path) {
    return HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path));
  }

  @Test
  void aRequestIsAnsweredInItsCanonicalJsonAndReadBack() throws Exception {
    String canonical = ShareRequestJson.create().write(Boot3App.built());
    HttpResponse<String> get = send(at("/request"));
    assertThat(get.statusCode()).isEqualTo(200);
    assertThat(get.body()).isEqualTo(canonical);
    HttpResponse<String> post = send(at("/share").header("Content-Type", "application/json")
        .POST(HttpRequest.BodyPublishers.ofString(canonical)));
    assertThat(post.statusCode()).isEqualTo(200);
    assertThat(post.body()).isEqualTo(canonical);
  }

  @Test
  void aBadBodyIsA400() throws Exception {
    HttpResponse<String> post = send(at("/share").header("Content-Type", "application/json")
        .POST(HttpRequest.BodyPublishers.ofString("{\"userName\":\"wx1234567890abcdef\",\"WebpageUrl\":\"https://a.b\"}")));
    assertThat(post.statusCode()).isEqualTo(400);
  }

  @Test
  void theReadmeShowsExactlyTheBeanThisAppRuns() throws Exception {
    String source = Files.readString(ROOT.resolve("spring-boot3-example/src/test/java/com/example/boot3/Boot3App.java"));
    String bean = source.substring(source.indexOf("// readme:boot3:start\n") + "// readme:boot3:start\n".length(),
        source.indexOf("  // readme:boot3:end"));
    String readme = Files.readString(ROOT.resolve("README.md"));
    assertThat(readme).contains("```java\n").contains(bean);
  }
}
