package io.github.wxshare.benchmarks;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.nio.file.StandardCopyOption;
import java.util.Comparator;
import java.util.Locale;
import java.util.SplittableRandom;
import java.util.stream.Stream;

/**
 * Measure 6's input: {@code java -cp benchmarks.jar io.github.wxshare.benchmarks.GenerateCorpus DIR
 * COUNT [SEED]} writes COUNT share-request documents, {@code doc-000000.json} and on, into DIR.
 *
 * <p>The same seed gives the same files. Documents come in 16 kinds drawn at random: 7 valid (a
 * minimal request, a full one, CJK and emoji text, a mini-game query, each program type) and 9
 * invalid (an AppID for the original id, a URL as the path, a remote image, a scheme-less or
 * non-ASCII fallback URL, a title over 512 UTF-8 bytes, scene 1, a mis-cased key, a missing field),
 * about 44% valid. Every document is well-formed JSON that every engine judges alike (no duplicate
 * keys, nothing near the size bound, integers only), so {@code wxshare check} and {@code ajv
 * validate} must find the same files invalid, which {@code whole-process.sh} checks.
 *
 * <p>The files are written to a sibling temporary directory that is renamed to DIR at the end, so
 * DIR either holds the whole corpus or does not exist; an existing DIR is refused.
 */
public final class GenerateCorpus {
  static final int KINDS = 16;
  static final int VALID_KINDS = 7;

  private GenerateCorpus() {}

  public static void main(String[] args) throws IOException {
    if (args.length < 2 || args.length > 3) {
      System.err.println("usage: GenerateCorpus DIR COUNT [SEED]");
      System.exit(2);
    }
    Path dir = Paths.get(args[0]).toAbsolutePath();
    int count = Integer.parseInt(args[1]);
    long seed = args.length == 3 ? Long.parseLong(args[2]) : 20261122L;
    int valid = write(dir, count, seed);
    System.out.println(dir + ": " + count + " documents, " + valid + " valid, " + (count - valid) + " invalid (seed " + seed + ")");
  }

  /** Writes the corpus; returns how many documents are valid. */
  static int write(Path dir, int count, long seed) throws IOException {
    if (count < 1) {
      throw new IllegalArgumentException("COUNT must be at least 1, not " + count);
    }
    if (Files.exists(dir)) {
      throw new IllegalArgumentException(dir + " exists already: remove it, or use it as it is");
    }
    Path parent = dir.getParent();
    Files.createDirectories(parent);
    Path temporary = Files.createTempDirectory(parent, dir.getFileName() + ".partial-");
    try {
      SplittableRandom random = new SplittableRandom(seed);
      int valid = 0;
      for (int i = 0; i < count; i++) {
        int kind = random.nextInt(KINDS);
        if (kind < VALID_KINDS) {
          valid++;
        }
        Files.write(temporary.resolve(String.format(Locale.ROOT, "doc-%06d.json", i)),
            document(kind, random).getBytes(StandardCharsets.UTF_8));
      }
      try {
        Files.move(temporary, dir, StandardCopyOption.ATOMIC_MOVE);
      } catch (AtomicMoveNotSupportedException e) {
        Files.move(temporary, dir);
      }
      return valid;
    } catch (IOException | RuntimeException e) {
      delete(temporary);
      throw e;
    }
  }

  /** One document of {@code kind}: kinds below {@link #VALID_KINDS} are valid. */
  static String document(int kind, SplittableRandom random) {
    String id = hex(random, 12);
    String page = "pages/item/item?id=" + random.nextInt(1_000_000);
    String image = "/pages/thumb" + random.nextInt(100) + ".png";
    String url = "https://www.example.com/item/" + random.nextInt(1_000_000);
    String title = "Item " + random.nextInt(1000);
    switch (kind) {
      case 0:
        return object("userName", id(id), "path", page, "imagePath", image, "webpageUrl", url);
      case 1:
        return object("userName", id(id), "path", page, "title", title, "description", "A longer description of " + title,
            "imagePath", "wxfile://tmp_" + hex(random, 8) + ".jpg", "webpageUrl", url, "withShareTicket", true,
            "miniprogramType", 0, "scene", 0);
      case 2:
        return object("userName", id(id), "path", "/pages/detail/detail?q=中文&id=" + random.nextInt(100),
            "title", "限时特惠 🎁 " + title, "description", "打开小程序查看详情", "imagePath", image, "webpageUrl", url);
      case 3:
        return object("userName", id(id), "path", "?level=" + random.nextInt(50), "imagePath", "file:///data/user/0/app/cache/t.jpg",
            "webpageUrl", "http://game.example.com/", "miniprogramType", 0);
      case 4:
        return object("userName", id(id), "path", page, "imagePath", image, "webpageUrl", url, "miniprogramType", 1);
      case 5:
        return object("userName", id(id), "path", page, "imagePath", "content://media/external/images/media/" + random.nextInt(9999),
            "webpageUrl", url, "miniprogramType", 2, "withShareTicket", false);
      case 6:
        return object("userName", id(id), "path", page, "title", "é".repeat(random.nextInt(1, 256)), "imagePath", image, "webpageUrl", url);
      case 7:
        return object("userName", "wx" + hex(random, 16), "path", page, "imagePath", image, "webpageUrl", url);
      case 8:
        return object("userName", id(id), "path", "https://example.com/" + page, "imagePath", image, "webpageUrl", url);
      case 9:
        return object("userName", id(id), "path", page, "imagePath", "https://cdn.example.com/t" + random.nextInt(100) + ".png", "webpageUrl", url);
      case 10:
        return object("userName", id(id), "path", page, "imagePath", image, "webpageUrl", "www.example.com/item/" + random.nextInt(100));
      case 11:
        return object("userName", id(id), "path", page, "title", "😀".repeat(129 + random.nextInt(20)), "imagePath", image, "webpageUrl", url);
      case 12:
        return object("userName", id(id), "path", page, "imagePath", image, "webpageUrl", url, "scene", 1);
      case 13:
        return object("userName", id(id), "path", page, "imagePath", image, "WebpageUrl", url, "MiniprogramType", 0);
      case 14:
        return object("userName", id(id), "imagePath", image, "webpageUrl", url);
      case 15:
        return object("userName", id(id), "path", page, "imagePath", image, "webpageUrl", "https://www.example.com/搜索?q=" + title);
      default:
        throw new IllegalArgumentException("kind " + kind);
    }
  }

  private static String id(String hex) {
    return "gh_" + hex;
  }

  private static String hex(SplittableRandom random, int digits) {
    StringBuilder b = new StringBuilder(digits);
    for (int i = 0; i < digits; i++) {
      b.append("0123456789abcdef".charAt(random.nextInt(16)));
    }
    return b.toString();
  }

  /** A pretty-printed JSON object of name-value pairs (strings, booleans and integers only). */
  private static String object(Object... pairs) {
    StringBuilder b = new StringBuilder("{\n");
    for (int i = 0; i < pairs.length; i += 2) {
      b.append("  \"").append(pairs[i]).append("\": ");
      Object value = pairs[i + 1];
      if (value instanceof String) {
        b.append('"').append(((String) value).replace("\\", "\\\\").replace("\"", "\\\"")).append('"');
      } else {
        b.append(value);
      }
      b.append(i + 2 < pairs.length ? ",\n" : "\n");
    }
    return b.append("}\n").toString();
  }

  private static void delete(Path dir) throws IOException {
    try (Stream<Path> walk = Files.walk(dir)) {
      for (Path p : (Iterable<Path>) walk.sorted(Comparator.reverseOrder())::iterator) {
        Files.deleteIfExists(p);
      }
    }
  }
}
