package io.github.wxshare.android;

import android.os.Looper;
import android.webkit.WebView;
import io.github.wxshare.core.ParsedShareRequest;
import io.github.wxshare.core.ShareRequestJson;
import io.github.wxshare.core.ShareResult;
import io.github.wxshare.core.ShareTransport;
import io.github.wxshare.core.Violation;
import io.github.wxshare.core.image.CardImageException;
import io.github.wxshare.core.internal.BoundedRead;
import io.github.wxshare.core.internal.Display;
import io.github.wxshare.core.internal.JsonOutput;
import io.github.wxshare.core.internal.JsonReader;
import io.github.wxshare.core.internal.JsonWriter;
import io.github.wxshare.core.internal.Summaries;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.CompletionStage;
import java.util.function.BiConsumer;
import java.util.logging.Logger;
import org.jspecify.annotations.Nullable;

/**
 * Lets web pages in the app's {@link WebView} share a Mini Program card with the two reference
 * JavaScript APIs, unchanged: {@code wx.miniapp.shareMiniProgramMessage({..., success, fail,
 * complete})} (Donut) and {@code window.Wechat.shareMiniProgram(params, success, error)} (Cordova).
 * The page loads {@code wxshare-bridge.js} ({@link #script()}), which installs both functions; each
 * call is read by the core codec, sent with the app's {@link ShareTransport}, and answered with the
 * result, or with every violation (pointer, code, and a message in the page's language).
 *
 * <pre>{@code
 * WxShareWebBridge bridge = WxShareWebBridge.builder(transport)
 *     .allowOrigin("https://m.example.com")
 *     .build();
 * webView.getSettings().setJavaScriptEnabled(true);
 * bridge.install(webView);                     // on the main thread, before loadUrl
 * webView.loadUrl("https://m.example.com/share.html");
 * }</pre>
 *
 * <p>Only pages whose main frame has an allowed origin may share. The check is made by the app, not
 * by the page: the origin is read from {@code WebView.getUrl()} on the main thread, and a call must
 * carry a token that the app handed to that page's main frame only (frames, including same-page
 * iframes from other origins, never see it). A call from anywhere else is refused: the page's {@code
 * fail} / {@code error} callback gets status {@code ORIGIN_REFUSED}, and the app's {@link
 * Builder#onRefused} listener is told.
 *
 * <p>A page's {@code imagePath} is hostile input. With an {@link OpenSdkShareTransport} it is read
 * by the transport's {@link OpenSdkShareTransport.Builder#pageImages} loader: code-package images
 * only, unless the app allowed pages more ({@link AndroidCardImages.Builder#allowPageFilesUnder} and
 * the like). With a transport of another kind, which reads images its own way, the bridge passes on
 * only code-package paths (no scheme, no {@code %}, no backslash, no {@code ..} that climbs out). A
 * page whose image fails is told the reason and a sentence that names nothing on the device (no
 * file sizes, bytes, absolute paths, or whether a file exists outside what it may read); the app's
 * {@link Builder#onFailure} listener gets the whole exception.
 *
 * <p>{@link #call} is the same logic without a WebView: JSON in, JSON out, for tests and for apps
 * that carry messages another way. Instances are immutable and thread-safe.
 */
public final class WxShareWebBridge {
  /** The name of the JavaScript interface {@link #install} adds: {@code window.WxShareNative}. */
  public static final String INTERFACE_NAME = "WxShareNative";

  /** The version of the message format that {@link #call} reads and writes ({@code "wxshare": 1}). */
  public static final int PROTOCOL_VERSION = 1;

  /**
   * The script's place in the jar, absolute: a release build renames and moves this class, never a
   * resource, so a name relative to the class would not be found.
   */
  private static final String SCRIPT_RESOURCE = "/io/github/wxshare/android/wxshare-bridge.js";
  private static final Logger LOG = Logger.getLogger(WxShareWebBridge.class.getName());

  /** How much longer than the transport's timeout a page's script waits for a reply. */
  private static final long ANSWER_MARGIN_MILLIS = 60_000;

  private final ShareTransport transport;
  private final boolean confinedByTransport;
  private final long answerTimeoutMillis;
  private final ShareRequestJson codec;
  private final Set<String> allowed;
  private final BiConsumer<String, String> onRefused;
  private final BiConsumer<String, Throwable> onFailure;

  private WxShareWebBridge(Builder b) {
    if (b.transport instanceof OpenSdkShareTransport) {
      OpenSdkShareTransport openSdk = (OpenSdkShareTransport) b.transport;
      this.transport = openSdk.forPages();
      this.confinedByTransport = true;
      this.answerTimeoutMillis = openSdk.timeoutMillis() + ANSWER_MARGIN_MILLIS;
    } else {
      this.transport = b.transport;
      this.confinedByTransport = false;
      this.answerTimeoutMillis = OpenSdkShareTransport.DEFAULT_TIMEOUT.toMillis() + ANSWER_MARGIN_MILLIS;
    }
    this.codec = b.codec;
    this.allowed = Collections.unmodifiableSet(new LinkedHashSet<>(b.allowed));
    this.onRefused = b.onRefused;
    this.onFailure = b.onFailure;
  }

  /** How long the page's script waits for a reply before it answers {@code NO_ANSWER} itself. */
  long answerTimeoutMillis() {
    return answerTimeoutMillis;
  }

  /**
   * A builder that sends through {@code transport}, usually an {@link OpenSdkShareTransport}.
   * Allow at least one origin.
   */
  public static Builder builder(ShareTransport transport) {
    return new Builder(Objects.requireNonNull(transport, "transport == null"));
  }

  /**
   * The text of {@code wxshare-bridge.js}: no dependencies and no build step, for pages to load with a
   * {@code <script>} tag. It ships once, as the jar resource {@code io/github/wxshare/android/wxshare-bridge.js};
   * an app serves this text to its pages (from a {@code WebViewAssetLoader.PathHandler}, for example).
   */
  public static String script() {
    try (InputStream in = WxShareWebBridge.class.getResourceAsStream(SCRIPT_RESOURCE)) {
      if (in == null) {
        throw new IllegalStateException(SCRIPT_RESOURCE + " is missing from the class path: the app's build "
            + "left out the resources of the wxshare-android-transport jar");
      }
      byte[] script = BoundedRead.bytes(in, 1 << 20);
      if (script == null) {
        throw new IllegalStateException(SCRIPT_RESOURCE + " is over 1 MiB: not the script this jar ships");
      }
      return new String(script, StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + SCRIPT_RESOURCE, e);
    }
  }

  /** The allowed origins, normalised ({@code https://m.example.com}, default ports left out). */
  public Set<String> allowedOrigins() {
    return allowed;
  }

  /**
   * Adds the {@value #INTERFACE_NAME} interface to {@code webView}. Call it on the main thread, with
   * JavaScript enabled, before the page loads. Replies reach the page with {@code
   * evaluateJavascript}; nothing else about the WebView is changed.
   *
   * @throws IllegalStateException off the main thread, or when JavaScript is disabled (the page
   *     could never call)
   */
  public void install(WebView webView) {
    Objects.requireNonNull(webView, "webView == null");
    if (Looper.myLooper() != Looper.getMainLooper()) {
      throw new IllegalStateException("install(webView) must run on the main thread, as every WebView method does");
    }
    if (!webView.getSettings().getJavaScriptEnabled()) {
      throw new IllegalStateException("JavaScript is disabled in this WebView, so no page could call the bridge: "
          + "call webView.getSettings().setJavaScriptEnabled(true) before install(webView)");
    }
    webView.addJavascriptInterface(new WebViewChannel(webView, new BridgeChannel(this)), INTERFACE_NAME);
  }

  /**
   * Handles one call from a page whose main frame has {@code origin}, and completes with the reply.
   * Never completes exceptionally: every failure is a reply.
   *
   * <p>The call: {@code {"wxshare": 1, "id": 7, "api": "wx.miniapp.shareMiniProgramMessage", "lang":
   * "zh-CN", "request": "<the request's JSON text>"}}. {@code request} is a string so that the codec
   * reads the page's own text (duplicate keys included); {@code api} and {@code lang} are optional.
   *
   * <p>The reply: {@code {"wxshare": 1, "id": 7, "ok": ..., "status": ..., "message": ...}}, plus
   * <ul>
   *   <li>a share result: {@code ok} true only for {@code SENT}; {@code status} is the {@link
   *       ShareResult.Status} name, with {@code errCode} (absent when WeChat did not answer), {@code
   *       errStr} and {@code transaction};
   *   <li>{@code INVALID}: {@code violations}, each {@code {pointer, code, message}}: the first 100, and
   *       {@code violationCount}, how many there are;
   *   <li>{@code IMAGE_FAILED}: {@code reason} (a {@link CardImageException.Reason} name) and {@code image}
   *       (the page's own path); the message says what the reason means and names nothing on the device;
   *   <li>{@code ORIGIN_REFUSED}: {@code origin} (null for a page without a web origin);
   *   <li>{@code BAD_CALL}: the message was not a call (not JSON, a missing or mistyped member, another
   *       protocol version); {@code id} is echoed when it could be read;
   *   <li>{@code ERROR}: the transport failed in an unexpected way (the app's {@link Builder#onFailure}
   *       listener gets the exception; the page, a sentence).
   * </ul>
   * {@code message} is in the call's {@code lang}: Simplified Chinese for Chinese tags that are not
   * Traditional, English otherwise.
   *
   * @param origin the page's origin as the app saw it, such as {@code https://m.example.com}; null
   *     for a page without one
   */
  public CompletionStage<String> call(@Nullable String origin, @Nullable String message) {
    Call call;
    try {
      call = Call.read(message, codec.maxDocumentBytes());
    } catch (BadCall e) {
      return CompletableFuture.completedFuture(reply(e.id, false, "BAD_CALL", String.valueOf(e.getMessage()), g -> {}));
    }
    Locale locale = BridgeMessages.localeOf(call.lang);
    String normalised = Origins.of(origin);
    if (normalised == null || !allowed.contains(normalised)) {
      refused(normalised, call.api == null ? "a call" : call.api + "()");
      return CompletableFuture.completedFuture(reply(call.id, false, "ORIGIN_REFUSED",
          BridgeMessages.refused(normalised, locale), g -> g.name("origin").value(normalised)));
    }
    ParsedShareRequest parsed = codec.read(call.request);
    if (!parsed.isValid()) {
      // The first Summaries.LISTED violations, and the total: a reply is never much larger than the call.
      List<Violation> violations = parsed.violations();
      List<Violation> listed = Summaries.listed(violations);
      List<String> lines = new ArrayList<>();
      for (Violation v : listed) {
        lines.add(v.pointer() + " " + v.code() + ": " + v.message(locale));
      }
      if (listed.size() < violations.size()) {
        lines.add("\u2026 +" + (violations.size() - listed.size()));
      }
      return CompletableFuture.completedFuture(reply(call.id, false, "INVALID",
          BridgeMessages.invalid(String.join("; ", lines), locale), g -> {
            g.name("violationCount").value(violations.size());
            g.name("violations").beginArray();
            JsonOutput.violations(g, listed, locale);
            g.endArray();
          }));
    }
    CompletionStage<ShareResult> sent;
    try {
      if (!confinedByTransport) {
        codePackageOnly(parsed.request().imagePath());
      }
      sent = transport.share(parsed.request());
    } catch (CardImageException | RuntimeException e) {
      sent = failed(e);
    }
    return sent.handle((result, error) -> {
      if (error == null) {
        return resultReply(call.id, result, locale);
      }
      Throwable cause = error instanceof CompletionException && error.getCause() != null ? error.getCause() : error;
      failed(normalised, cause);
      if (cause instanceof CardImageException) {
        CardImageException image = (CardImageException) cause;
        return reply(call.id, false, "IMAGE_FAILED", BridgeMessages.image(image.reason(), locale), g -> {
          g.name("reason").value(image.reason().name());
          g.name("image").value(parsed.request().imagePath());
        });
      }
      return reply(call.id, false, "ERROR", BridgeMessages.failedInApp(locale), g -> {});
    });
  }

  /**
   * For a transport that is not an {@link OpenSdkShareTransport}: the page's path must be a
   * code-package path, which the transport is trusted to read inside its code package.
   */
  private static void codePackageOnly(String imagePath) throws CardImageException {
    PagePaths.refuseInPagePath(imagePath);
    PagePaths.confine(imagePath);
  }

  /** Tells the app's listener what failed; the listener's own failure is logged, not thrown. */
  private void failed(String origin, Throwable cause) {
    try {
      onFailure.accept(origin, cause);
    } catch (RuntimeException e) {
      LOG.warning("wxshare: the onFailure listener threw " + e);
    }
  }

  /** Tells the app's listener about a refused call; the listener's own failure is logged, not thrown. */
  void refused(@Nullable String origin, String what) {
    try {
      onRefused.accept(origin, what);
    } catch (RuntimeException e) {
      LOG.warning("wxshare: the onRefused listener threw " + e);
    }
  }

  /** The reply to a call that was refused before it was read ({@link BridgeChannel}). */
  static String refusedReply(@Nullable String pageUrl, @Nullable String lang) {
    String normalised = Origins.of(pageUrl);
    return reply(null, false, "ORIGIN_REFUSED", BridgeMessages.refused(normalised, BridgeMessages.localeOf(lang)),
        g -> g.name("origin").value(normalised));
  }

  private static <T> CompletionStage<T> failed(Throwable e) {
    CompletableFuture<T> f = new CompletableFuture<>();
    f.completeExceptionally(e);
    return f;
  }

  private static String resultReply(Long id, ShareResult result, Locale locale) {
    return reply(id, result.status() == ShareResult.Status.SENT, result.status().name(),
        BridgeMessages.result(result, locale), g -> {
          if (result.errCode().isPresent()) {
            g.name("errCode").value(result.errCode().getAsInt());
          }
          g.name("errStr").value(result.errStr());
          g.name("transaction").value(result.transaction());
        });
  }

  private interface Fields {
    void write(JsonWriter g);
  }

  private static String reply(@Nullable Long id, boolean ok, String status, String message, Fields fields) {
    JsonWriter g = JsonWriter.create();
    g.beginObject();
    g.name("wxshare").value(PROTOCOL_VERSION);
    g.name("id");
    if (id == null) {
      g.nullValue();
    } else {
      g.value(id);
    }
    g.name("ok").value(ok);
    g.name("status").value(status);
    g.name("message").value(message);
    fields.write(g);
    g.endObject();
    return g.toString();
  }

  /** A call read from its JSON: the fields {@link #call} documents. */
  static final class Call {
    final Long id;
    final @Nullable String api;
    final @Nullable String lang;
    final String request;

    private Call(Long id, @Nullable String api, @Nullable String lang, String request) {
      this.id = id;
      this.api = api;
      this.lang = lang;
      this.request = request;
    }

    static Call read(@Nullable String message, int maxDocumentBytes) throws BadCall {
      if (message == null) {
        throw new BadCall(null, "the call is null: the page must send a JSON object (wxshare-bridge.js does)");
      }
      // A request string may write every character as a six-character \\u escape.
      long limit = 6L * maxDocumentBytes + 4096;
      if (message.length() > limit) {
        throw new BadCall(null, "the call is " + message.length() + " characters, over the limit of " + limit);
      }
      Integer version = null;
      Long id = null;
      String api = null;
      String lang = null;
      String request = null;
      JsonReader p = JsonReader.of(message);
      Set<String> names = new HashSet<>();
      try {
        if (p.next() != JsonReader.Token.BEGIN_OBJECT) {
          throw new BadCall(null, "the call is not a JSON object");
        }
        while (p.next() == JsonReader.Token.NAME) {
          String name = p.string();
          if (!names.add(name)) {
            throw new BadCall(id, "the call has the member " + Display.quote(name) + " twice");
          }
          JsonReader.Token value = p.next();
          switch (name) {
            case "wxshare":
              version = value == JsonReader.Token.NUMBER && !p.fraction() && p.smallInt() != Integer.MIN_VALUE
                  ? p.smallInt() : -1;
              break;
            case "id":
              id = value == JsonReader.Token.NUMBER ? integer(p) : null;
              if (id == null) {
                throw new BadCall(null, "the call's id is not an integer");
              }
              break;
            case "api":
              api = text(p, value, id, "api");
              break;
            case "lang":
              lang = text(p, value, id, "lang");
              break;
            case "request":
              request = text(p, value, id, "request");
              break;
            default:
              p.skipValue(); // members a newer script may add
          }
        }
        p.end();
      } catch (JsonReader.Malformed e) {
        if (JsonReader.TRAILING_CONTENT.equals(e.kind)) {
          throw new BadCall(id, "the call has text after its JSON object");
        }
        throw new BadCall(id, "the call is not valid JSON: " + (e.kind != null
            ? e.kind + " at byte " + e.offset + (e.found.isEmpty() ? "" : ", found " + e.found)
            : "over the reader's " + e.bound + " bound"));
      }
      if (version == null || version != PROTOCOL_VERSION) {
        throw new BadCall(id, "the call's \"wxshare\" version is " + version + ", but this app reads version "
            + PROTOCOL_VERSION + ": load the wxshare-bridge.js that ships with the app's wxshare-android-transport");
      }
      if (id == null) {
        throw new BadCall(null, "the call has no id");
      }
      if (request == null) {
        throw new BadCall(id, "the call has no \"request\" string (the request's JSON text)");
      }
      return new Call(id, api, lang, request);
    }

    private static @Nullable String text(JsonReader p, JsonReader.Token value, @Nullable Long id, String name)
        throws JsonReader.Malformed, BadCall {
      if (value == JsonReader.Token.NULL) {
        return null;
      }
      if (value != JsonReader.Token.STRING) {
        throw new BadCall(id, "the call's \"" + name + "\" is not a string");
      }
      return p.string();
    }

    /** The number as a long, or null when it has a fraction or is beyond a long. */
    private static @Nullable Long integer(JsonReader p) {
      if (p.fraction()) {
        return null;
      }
      try {
        return Long.parseLong(p.text());
      } catch (NumberFormatException e) {
        return null;
      }
    }
  }

  /** A message that is not a call; its text is the reply's message. */
  static final class BadCall extends Exception {
    private static final long serialVersionUID = 1L;
    final transient @Nullable Long id;

    BadCall(@Nullable Long id, String message) {
      super(message);
      this.id = id;
    }
  }

  /** Options for a {@link WxShareWebBridge}. Not thread-safe; build once. */
  public static final class Builder {
    private final ShareTransport transport;
    private final Set<String> allowed = new LinkedHashSet<>();
    private ShareRequestJson codec = ShareRequestJson.create();
    // A page names its api, and an exception may quote a page's path: shown printable in the log.
    private BiConsumer<String, String> onRefused = (origin, what) ->
        LOG.warning("wxshare: refused " + Display.printable(what) + " from "
            + (origin == null ? "a page without a web origin" : Display.printable(origin)) + ": the origin is not on the allow-list");
    private BiConsumer<String, Throwable> onFailure = (origin, error) ->
        LOG.warning("wxshare: a share from " + Display.printable(origin) + " failed in the app: "
            + Display.unsafeEscaped(String.valueOf(error)));

    private Builder(ShareTransport transport) {
      this.transport = transport;
    }

    /**
     * Allows pages of {@code origin} (scheme, host and port only, such as {@code
     * https://m.example.com}) to share; {@code https} only. Pages the app serves itself through
     * {@code WebViewAssetLoader} have the origin {@code https://appassets.androidplatform.net}.
     *
     * @throws IllegalArgumentException for a URL with a path, a wildcard, {@code file:}, or plain
     *     {@code http} (on a loopback host, it names {@link #allowLoopbackHttpOriginForDevelopment}),
     *     with the reason
     */
    public Builder allowOrigin(String origin) {
      allowed.add(Origins.allowListEntry(origin, false));
      return this;
    }

    /**
     * Allows a plain-{@code http} development server on the phone itself ({@code http://localhost},
     * {@code http://127.0.0.1} or {@code http://[::1]}, with any port). For development builds only:
     * on a user's phone any other app can listen on that port and would count as allowed.
     *
     * @throws IllegalArgumentException unless an {@code http} origin on one of those hosts
     */
    public Builder allowLoopbackHttpOriginForDevelopment(String origin) {
      allowed.add(Origins.allowListEntry(origin, true));
      return this;
    }

    /** The codec that reads each request; {@link ShareRequestJson#create()} unless set. */
    public Builder json(ShareRequestJson codec) {
      this.codec = Objects.requireNonNull(codec, "codec == null");
      return this;
    }

    /**
     * Told about every refused call, with the page's origin (null for a page without one) and what
     * it called; by default a {@code java.util.logging} warning, which Android writes to logcat.
     * Runs on the thread that refused; keep it short.
     */
    public Builder onRefused(BiConsumer<String, String> listener) {
      this.onRefused = Objects.requireNonNull(listener, "listener == null");
      return this;
    }

    /**
     * Told about every call whose image could not be made or whose share failed inside the app, with
     * the page's origin and the whole exception (a {@link CardImageException} names the file and
     * why); the page itself is told only the reason. By default a {@code java.util.logging} warning.
     * Runs on the thread that completed the share; keep it short.
     */
    public Builder onFailure(BiConsumer<String, Throwable> listener) {
      this.onFailure = Objects.requireNonNull(listener, "listener == null");
      return this;
    }

    /**
     * The bridge.
     *
     * @throws IllegalStateException when no origin is allowed
     */
    public WxShareWebBridge build() {
      if (allowed.isEmpty()) {
        throw new IllegalStateException("no origin is allowed, so every page would be refused: call "
            + "allowOrigin(\"https://your.site\") for each origin whose pages may share");
      }
      return new WxShareWebBridge(this);
    }
  }
}
