package io.github.wxshare.android;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.tencent.mm.opensdk.modelmsg.SendMessageToWX;
import com.tencent.mm.opensdk.modelmsg.WXMediaMessage;
import com.tencent.mm.opensdk.modelmsg.WXMiniProgramObject;
import io.github.wxshare.core.ParsedShareRequest;
import io.github.wxshare.core.ShareRequestJson;
import io.github.wxshare.core.Violation;
import java.io.IOException;
import java.io.StringWriter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import java.util.function.Function;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The real OpenSDK as an oracle for what wxshare accepts. For generated requests (valid values and
 * values one step past each boundary of wxshare's rules and of the OpenSDK's own), read by the codec
 * as a page or back end would send them:
 * <ul>
 *   <li>whatever wxshare accepts maps, through {@link OpenSdkRequests#toReq}, to a {@code Req} whose
 *       {@code checkArgs()} is true;
 *   <li>whatever the OpenSDK's {@code checkArgs()} refuses, built straight from the raw values as a
 *       wrapper would, wxshare refused first.
 * </ul>
 * The counts are printed; {@code -Dwxshare.oracle.requests=N} runs more.
 */
class OpenSdkOracleTest {
  private static final int REQUESTS = Integer.getInteger("wxshare.oracle.requests", 120_000);
  private static final ShareRequestJson CODEC = ShareRequestJson.create();
  private static final JsonFactory JSON = new JsonFactory();
  private static final int[] THUMBS = {1, 65_536, 131_072};

  @BeforeAll
  static void quietSdk() {
    SdkLog.install();
  }

  @Test
  void whatWxshareAcceptsTheOpenSdkAcceptsAndWhatItRefusesWxshareRefusedFirst() throws IOException {
    Random random = new Random(20261122);
    int accepted = 0;
    int refused = 0;
    int sdkRefused = 0;
    int refusedByBoth = 0;
    int stricter = 0;
    Map<String, Integer> stricterBy = new TreeMap<>();
    Map<String, Integer> sdkRefusedBy = new TreeMap<>();
    List<String> failures = new ArrayList<>();
    for (int n = 0; n < REQUESTS; n++) {
      Raw raw = Raw.generate(random);
      byte[] thumb = new byte[THUMBS[random.nextInt(THUMBS.length)]];
      ParsedShareRequest parsed = CODEC.read(raw.json());
      boolean sdkAccepts = raw.toReq(thumb, "oracle-" + n).checkArgs();
      String sdkSaid = SdkLog.LINES.isEmpty() ? "(nothing logged)" : SdkLog.LINES.get(0).replaceAll("[0-9]+", "N");
      SdkLog.LINES.clear();
      if (parsed.isValid()) {
        accepted++;
        if (!OpenSdkRequests.toReq(parsed.request(), thumb, "oracle-" + n).checkArgs()) {
          failures.add("accepted, but checkArgs() is false: " + raw.json() + " " + SdkLog.LINES);
        }
        if (!sdkAccepts) {
          failures.add("accepted, but checkArgs() refuses the raw values: " + raw.json() + " " + SdkLog.LINES);
        }
      } else {
        refused++;
        if (sdkAccepts) {
          stricter++;
          for (Violation v : parsed.violations()) {
            stricterBy.merge(v.code(), 1, Integer::sum);
          }
        } else {
          refusedByBoth++;
          sdkRefusedBy.merge(sdkSaid, 1, Integer::sum);
        }
      }
      if (!sdkAccepts) {
        sdkRefused++;
      }
      SdkLog.LINES.clear();
      if (failures.size() > 20) {
        break;
      }
    }
    // One step past the OpenSDK's thumbnail bound: checkArgs() refuses it, and wxshare never makes it.
    byte[] tooBig = new byte[131_073];
    boolean thumbRefused = !Raw.generateValid().toReq(tooBig, "oracle-thumb").checkArgs();
    SdkLog.LINES.clear();

    StringBuilder why = new StringBuilder();
    sdkRefusedBy.forEach((line, count) -> why.append(String.format("        %6d  %s%n", count, line)));
    StringBuilder stricterWhy = new StringBuilder();
    stricterBy.forEach((code, count) -> stricterWhy.append(String.format("        %6d  %s%n", count, code)));
    System.out.printf("%nwxshare against the OpenSDK 6.8.34's checkArgs(): %d generated requests%n"
        + "  accepted by wxshare          %7d, checkArgs() true for every one%n"
        + "  refused by wxshare           %7d%n"
        + "    checkArgs() refuses them too      %7d; what the OpenSDK logged:%n%s"
        + "    wxshare alone refuses them        %7d; the codes wxshare gave:%n%s"
        + "  refused by checkArgs()       %7d, every one refused by wxshare first%n"
        + "  a 131073-byte thumbnail: checkArgs() %s%n",
        accepted + refused, accepted, refused, refusedByBoth, why, stricter, stricterWhy, sdkRefused,
        thumbRefused ? "false" : "true");
    assertThat(failures).isEmpty();
    assertThat(accepted + refused).isEqualTo(REQUESTS);
    assertThat(refusedByBoth).isEqualTo(sdkRefused);
    assertThat(thumbRefused).isTrue();
    // The generator reaches both sides of every boundary.
    assertThat(accepted).isGreaterThan(REQUESTS / 20);
    assertThat(refusedByBoth).isGreaterThan(REQUESTS / 20);
  }

  /** One generated request, as raw values a wrapper would pass on. Null means the key is absent. */
  record Raw(String userName, String path, String title, String description, String imagePath, String webpageUrl,
      boolean withShareTicket, int miniprogramType, int scene, boolean disableForward, boolean isUpdatableMessage,
      boolean isSecretMessage, Map<String, String> extraInfo) {

    static Raw generateValid() {
      return new Raw("gh_d43f693ca31f", "pages/index/index", null, null, "/pages/thumb.png", "https://www.qq.com",
          false, 0, 0, false, false, false, null);
    }

    /**
     * A valid request (each field drawn from its valid values, the limits included), with none,
     * one or two fields then drawn from their edge values (one step past a limit, wrong forms).
     */
    static Raw generate(Random r) {
      boolean[] edge = new boolean[10];
      for (int m = r.nextInt(3); m > 0; m--) {
        edge[r.nextInt(10)] = true;
      }
      // The three flags have no edge: every combination is valid, for wxshare and for checkArgs().
      return new Raw(pick(r, USER_NAMES, edge[0]), pick(r, PATHS, edge[1]), pick(r, TITLES, edge[2]),
          pick(r, DESCRIPTIONS, edge[3]), pick(r, IMAGE_PATHS, edge[4]), pick(r, WEBPAGE_URLS, edge[5]),
          edge[6] ? r.nextBoolean() : false, pickInt(r, TYPES, edge[7]), pickInt(r, SCENES, edge[8]),
          r.nextBoolean(), r.nextBoolean(), r.nextBoolean(), pickMap(r, edge[9]));
    }

    String json() throws IOException {
      StringWriter out = new StringWriter();
      try (JsonGenerator g = JSON.createGenerator(out)) {
        g.writeStartObject();
        field(g, "userName", userName);
        field(g, "path", path);
        field(g, "title", title);
        field(g, "description", description);
        field(g, "imagePath", imagePath);
        field(g, "webpageUrl", webpageUrl);
        g.writeBooleanField("withShareTicket", withShareTicket);
        g.writeNumberField("miniprogramType", miniprogramType);
        g.writeNumberField("scene", scene);
        g.writeBooleanField("disableForward", disableForward);
        g.writeBooleanField("isUpdatableMessage", isUpdatableMessage);
        g.writeBooleanField("isSecretMessage", isSecretMessage);
        if (extraInfo != null) {
          g.writeObjectFieldStart("extraInfo");
          for (Map.Entry<String, String> e : extraInfo.entrySet()) {
            g.writeStringField(e.getKey(), e.getValue());
          }
          g.writeEndObject();
        }
        g.writeEndObject();
      }
      return out.toString();
    }

    private static void field(JsonGenerator g, String name, String value) throws IOException {
      if (value != null) {
        g.writeStringField(name, value);
      }
    }

    /** The Req a wrapper that checks nothing would build from these values. */
    SendMessageToWX.Req toReq(byte[] thumb, String transaction) {
      WXMiniProgramObject program = new WXMiniProgramObject();
      program.userName = userName;
      program.path = path;
      program.webpageUrl = webpageUrl;
      program.withShareTicket = withShareTicket;
      program.miniprogramType = miniprogramType;
      program.disableforward = disableForward ? 1 : 0;
      program.isUpdatableMessage = isUpdatableMessage;
      program.isSecretMessage = isSecretMessage;
      if (extraInfo != null) {
        extraInfo.forEach(program::putExtra);
      }
      WXMediaMessage message = new WXMediaMessage(program);
      message.title = title;
      message.description = description;
      message.thumbData = thumb;
      SendMessageToWX.Req req = new SendMessageToWX.Req();
      req.message = message;
      req.scene = scene;
      req.transaction = transaction;
      return req;
    }
  }

  /** Per field: its valid values, then after a null entry its edge values. */
  private static final List<Function<Random, String>> USER_NAMES = Arrays.asList(
      r -> "gh_d43f693ca31f", r -> "gh_" + hex(r, 12), null,
      r -> "gh_" + hex(r, 11), r -> "gh_" + hex(r, 13), r -> "wx" + hex(r, 16), r -> "GH_D43F693CA31F",
      r -> " gh_d43f693ca31f", r -> "gh_d43f693ca31f@app", r -> "", r -> null, r -> noise(r, 20));
  private static final List<Function<Random, String>> PATHS = Arrays.asList(
      r -> "pages/index/index", r -> "/pages/detail/detail?id=" + r.nextInt(1000), r -> "pages/搜索/index?q=中文",
      r -> "a".repeat(10240), r -> "中".repeat(10240), r -> "😀".repeat(10240), null,
      r -> "a".repeat(10241), r -> "😀".repeat(10241), r -> "https://www.qq.com/x", r -> "pages/../secret", r -> "",
      r -> "   ", r -> null, r -> noise(r, 30), r -> "pages/a?x=1?y=2", r -> "?");
  private static final List<Function<Random, String>> TITLES = Arrays.asList(
      r -> null, r -> "", r -> "标题", r -> "a".repeat(512), r -> "中".repeat(170), r -> "😀".repeat(128),
      r -> "a".repeat(508) + "😀", null,
      r -> "a".repeat(513), r -> "中".repeat(171), r -> "😀".repeat(129), r -> "a".repeat(509) + "😀", r -> "\ud800",
      r -> "a".repeat(1025), r -> noise(r, 40));
  private static final List<Function<Random, String>> DESCRIPTIONS = Arrays.asList(
      r -> null, r -> "", r -> "描述", r -> "a".repeat(1024), r -> "中".repeat(341), r -> "😀".repeat(256), null,
      r -> "a".repeat(1025), r -> "中".repeat(342), r -> "😀".repeat(257), r -> "\udc00x", r -> noise(r, 40));
  private static final List<Function<Random, String>> IMAGE_PATHS = Arrays.asList(
      r -> "/pages/thumb.png", r -> "thumb.jpg", r -> "/a.jpeg", r -> "/a.gif", r -> "file:///sdcard/a.png",
      r -> "content://media/1.png", r -> "wxfile://tmp_1.jpg", r -> "/" + "a".repeat(4091) + ".png", null,
      r -> "/" + "a".repeat(4092) + ".png", r -> "https://x.com/a.png", r -> "/a.txt", r -> "/a", r -> "/a.webp",
      r -> "/a.bmp", r -> "C:\\a.png", r -> "", r -> null, r -> noise(r, 20));
  private static final List<Function<Random, String>> WEBPAGE_URLS = Arrays.asList(
      r -> "https://www.qq.com", r -> "http://127.0.0.1:8080/x", r -> "https://[::1]/",
      r -> "https://" + "a".repeat(1012) + ".com", null,
      r -> "https://" + "a".repeat(1013) + ".com", r -> "https://x.com/" + "a".repeat(10226),
      r -> "https://x.com/" + "a".repeat(10227), r -> "www.qq.com", r -> "ftp://x.com", r -> "javascript:alert(1)",
      r -> "http:192.168.1.140:8083/", r -> "https://x.com/中文", r -> "https://x.com:65536/", r -> "", r -> null,
      r -> noise(r, 30));
  /** extraInfo: valid maps (none included), then edge ones (one past each limit, a key the OpenSDK drops, a surrogate). */
  private static final List<Function<Random, Map<String, String>>> MAPS = Arrays.asList(
      r -> null, r -> Map.of(), r -> Map.of("activity_id", String.valueOf(r.nextInt(1_000_000))),
      r -> entries(32, "k", "v"), r -> Map.of("k".repeat(64), "v".repeat(1024)), r -> Map.of("键", "值 😀"), null,
      r -> entries(33, "k", "v"), r -> Map.of("k".repeat(65), "v"), r -> Map.of("k", "v".repeat(1025)),
      r -> Map.of("", "dropped by putExtra"), r -> Map.of("k", "\ud800"));

  private static Map<String, String> pickMap(Random r, boolean edge) {
    int split = MAPS.indexOf(null);
    int i = edge ? split + 1 + r.nextInt(MAPS.size() - split - 1) : r.nextInt(split);
    return MAPS.get(i).apply(r);
  }

  private static Map<String, String> entries(int n, String key, String value) {
    Map<String, String> m = new TreeMap<>();
    for (int i = 0; i < n; i++) {
      m.put(key + i, value);
    }
    return m;
  }

  private static final int[][] TYPES = {{0, 1, 2}, {-1, 3, Integer.MAX_VALUE, Integer.MIN_VALUE}};
  private static final int[][] SCENES = {{0}, {1, 2, -1}};

  /** A valid value, or an edge value. */
  private static String pick(Random r, List<Function<Random, String>> choices, boolean edge) {
    int split = choices.indexOf(null);
    int i = edge ? split + 1 + r.nextInt(choices.size() - split - 1) : r.nextInt(split);
    return choices.get(i).apply(r);
  }

  private static int pickInt(Random r, int[][] choices, boolean edge) {
    int[] from = choices[edge ? 1 : 0];
    return from[r.nextInt(from.length)];
  }

  private static String hex(Random r, int n) {
    StringBuilder s = new StringBuilder();
    for (int i = 0; i < n; i++) {
      s.append("0123456789abcdef".charAt(r.nextInt(16)));
    }
    return s.toString();
  }

  /** Anything: ASCII, controls, CJK, emoji halves. */
  private static String noise(Random r, int max) {
    StringBuilder s = new StringBuilder();
    int n = r.nextInt(max + 1);
    for (int i = 0; i < n; i++) {
      switch (r.nextInt(4)) {
        case 0: s.append((char) (0x20 + r.nextInt(95))); break;
        case 1: s.append((char) r.nextInt(0x20)); break;
        case 2: s.append((char) (0x4E00 + r.nextInt(0x5000))); break;
        default: s.append((char) (0xD800 + r.nextInt(0x800))); break;
      }
    }
    return s.toString();
  }
}
