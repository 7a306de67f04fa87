package io.github.wxshare.android;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * Debian's headless Chromium, driven by {@code src/test/js/drive-chromium.mjs} (playwright-core,
 * installed by the build's {@code npm ci}) in a {@code node} child process: one JSON command per line
 * in, one JSON answer per line out.
 */
final class BrowserDriver implements AutoCloseable {
  /** The root pom's {@code wxshare.chromium} (WXSHARE_CHROMIUM overrides it). */
  static final Path CHROMIUM = Path.of(System.getenv().getOrDefault("WXSHARE_CHROMIUM",
      System.getProperty("wxshare.chromium", "/usr/bin/chromium")));
  static final String INSTALL = System.getProperty("wxshare.chromium.install", "apt-get install -y chromium");
  private static final Path SCRIPT_DIRECTORY = Path.of("src", "test", "js");
  private static final ObjectMapper MAPPER = new ObjectMapper();

  private final Process process;
  private final Writer in;
  private final BufferedReader out;
  private final ExecutorService reader = Executors.newSingleThreadExecutor(r -> {
    Thread t = new Thread(r, "chromium-driver-reader");
    t.setDaemon(true);
    return t;
  });
  final String version;

  BrowserDriver() throws IOException, InterruptedException {
    if (!Files.isDirectory(SCRIPT_DIRECTORY.resolve("node_modules").resolve("playwright-core"))) {
      throw new IllegalStateException("playwright-core is not installed in " + SCRIPT_DIRECTORY.toAbsolutePath()
          + ": the build runs npm ci there at generate-test-resources; run ./mvnw -pl android-transport verify");
    }
    process = new ProcessBuilder("node", "drive-chromium.mjs").directory(SCRIPT_DIRECTORY.toFile())
        .redirectError(ProcessBuilder.Redirect.INHERIT).start();
    in = new OutputStreamWriter(process.getOutputStream(), StandardCharsets.UTF_8);
    out = new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8));
    JsonNode ready = next(120);
    if (!ready.path("ready").asBoolean()) {
      close();
      throw new IllegalStateException("Chromium (" + CHROMIUM + ") did not start: " + ready.path("error").asText());
    }
    version = ready.path("chromium").asText();
  }

  /**
   * Opens {@code url} in a new page of a browser whose language is {@code locale}, runs {@code
   * script} as the body of an async function there, and returns what it returned with the page's
   * console and uncaught errors: {@code {ok, value, console, pageErrors}} or {@code {ok: false, error}}.
   */
  JsonNode run(String url, String locale, String script) throws IOException, InterruptedException {
    ObjectNode command = MAPPER.createObjectNode().put("url", url).put("locale", locale).put("script", script)
        .put("timeoutMs", 15000);
    in.write(command.toString() + "\n");
    in.flush();
    return next(60);
  }

  private JsonNode next(int seconds) throws IOException, InterruptedException {
    Future<String> line = reader.submit(out::readLine);
    try {
      String text = line.get(seconds, TimeUnit.SECONDS);
      if (text == null) {
        throw new IOException("the Chromium driver exited (code " + process.waitFor() + ")");
      }
      return MAPPER.readTree(text);
    } catch (TimeoutException e) {
      line.cancel(true);
      throw new IOException("the Chromium driver did not answer in " + seconds + " s", e);
    } catch (java.util.concurrent.ExecutionException e) {
      throw new IOException(e.getCause());
    }
  }

  @Override
  public void close() {
    try {
      in.close();
    } catch (IOException e) {
      // the process is gone already
    }
    try {
      if (!process.waitFor(30, TimeUnit.SECONDS)) {
        process.destroyForcibly();
      }
    } catch (InterruptedException e) {
      process.destroyForcibly();
      Thread.currentThread().interrupt();
    }
    reader.shutdownNow();
  }
}
