package io.github.wxshare.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.File;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * How {@code wxshare check} walks a tree that a pull request may have shaped: links that loop, links
 * out of the tree, directories it cannot read, names in upper case, and a bound on what it visits.
 * Every entry it does not visit is named in every format.
 */
class CheckWalkTest {
  private static final String LINK_TO_DIRECTORY = "it is a link to a directory, which is not walked";

  @TempDir
  Path dir;

  private Path tree() throws IOException {
    Path tree = Files.createDirectory(dir.resolve("tree"));
    Files.copy(Paths.get("..", "examples", "minimal.json"), tree.resolve("ok.json"));
    return tree;
  }

  @Test
  void twoLinksToTheDirectoryItselfAreNamedAndTheFileIsCheckedOnce() throws IOException {
    Path tree = tree();
    Files.createSymbolicLink(tree.resolve("a.json"), Paths.get("."));
    Files.createSymbolicLink(tree.resolve("b.json"), Paths.get("."));
    CheckCommandTest.Run run = assertTimeoutPreemptively(Duration.ofSeconds(30),
        () -> CheckCommandTest.run("check", tree.toString()));
    assertThat(run.out).isEqualTo(tree.resolve("ok.json") + ": OK\n");
    assertThat(run.err.lines()).containsExactly(
        "wxshare check: skipped " + tree.resolve("a.json") + ": " + LINK_TO_DIRECTORY
            + ": name the directory itself, or add --follow-links",
        "wxshare check: skipped " + tree.resolve("b.json") + ": " + LINK_TO_DIRECTORY
            + ": name the directory itself, or add --follow-links",
        "wxshare check: 1 files: 1 valid, 0 invalid, 2 skipped");
    assertThat(run.code).isZero();

    CheckCommandTest.Run followed = assertTimeoutPreemptively(Duration.ofSeconds(30),
        () -> CheckCommandTest.run("check", "--follow-links", tree.toString()));
    assertThat(followed.out).isEqualTo(tree.resolve("ok.json") + ": OK\n");
    assertThat(followed.err).contains("skipped " + tree.resolve("a.json") + ": it leads to a directory walked already")
        .contains("skipped " + tree.resolve("b.json") + ": it leads to a directory walked already");
  }

  @Test
  void aDirectoryHoldingOnlyALinkIsAUsageErrorThatStillNamesTheLink() throws IOException {
    Path tree = Files.createDirectory(dir.resolve("links"));
    Files.createSymbolicLink(tree.resolve("a.json"), Paths.get("."));
    CheckCommandTest.Run run = CheckCommandTest.run("check", tree.toString());
    assertThat(run.code).isEqualTo(2);
    assertThat(run.out).isEmpty();
    assertThat(run.err.lines()).containsExactly(
        "wxshare check: skipped " + tree.resolve("a.json") + ": " + LINK_TO_DIRECTORY
            + ": name the directory itself, or add --follow-links",
        "wxshare check: " + tree + " holds no *.json file, so nothing would be checked: name the files or a directory "
            + "that holds them, or add --allow-empty if an empty batch is fine.");
  }

  @Test
  void everyFormatNamesWhatItSkipped() throws IOException {
    Path tree = tree();
    Files.createSymbolicLink(tree.resolve("a.json"), Paths.get("."));
    String link = tree.resolve("a.json").toString();
    assertThat(CheckCommandTest.run("check", "--format", "json", tree.toString()).out.lines())
        .contains("{\"file\":\"" + link + "\",\"skipped\":\"" + LINK_TO_DIRECTORY
            + ": name the directory itself, or add --follow-links\"}");
    assertThat(CheckCommandTest.run("check", "--format", "github", tree.toString()).out.lines())
        .containsExactly("::notice file=" + link + ",title=wxshare::wxshare check: skipped " + link + ": "
            + LINK_TO_DIRECTORY + ": name the directory itself, or add --follow-links");
    String sarif = CheckCommandTest.run("check", "--format", "sarif", tree.toString()).out;
    assertThat(sarif).contains("{\"level\":\"note\",\"message\":{\"text\":\"wxshare check: skipped " + link + ": "
        + LINK_TO_DIRECTORY).contains("\"executionSuccessful\":true");
    assertThat(CheckCommandTest.run("check", "--lang", "zh-CN", tree.toString()).err)
        .contains("已跳过 " + link + "：这是指向目录的链接");
  }

  @Test
  void linksOutOfTheTreeAreNamedNotFollowedUnlessAsked() throws IOException {
    Path tree = tree();
    Path outside = Files.createDirectory(dir.resolve("outside"));
    Files.writeString(outside.resolve("secret.json"), "{\"not\": \"yours\"}");
    Files.createSymbolicLink(tree.resolve("out"), outside);
    Files.createSymbolicLink(tree.resolve("leak.json"), outside.resolve("secret.json"));
    Files.createSymbolicLink(tree.resolve("same.json"), Paths.get("ok.json")); // inside the tree: read
    CheckCommandTest.Run run = CheckCommandTest.run("check", tree.toString());
    assertThat(run.out).isEqualTo(tree.resolve("ok.json") + ": OK\n" + tree.resolve("same.json") + ": OK\n");
    assertThat(run.out + run.err).doesNotContain("yours").doesNotContain("secret.json");
    assertThat(run.err).contains("skipped " + tree.resolve("leak.json") + ": it is a link to a file outside " + tree)
        .contains("skipped " + tree.resolve("out") + ": " + LINK_TO_DIRECTORY);
    assertThat(run.code).isZero();

    CheckCommandTest.Run followed = CheckCommandTest.run("check", "--follow-links", tree.toString());
    assertThat(followed.out).contains(tree.resolve("leak.json") + ":1:2: /not: json.unknownProperty")
        .contains(tree.resolve("out").resolve("secret.json") + ":1:2: /not: json.unknownProperty");
    assertThat(followed.code).isEqualTo(1);
  }

  @Test
  void namesThatDifferOnlyByCaseAreCheckedAlike() throws IOException {
    Path tree = tree();
    Files.copy(tree.resolve("ok.json"), tree.resolve("UPPER.JSON"));
    Files.copy(tree.resolve("ok.json"), tree.resolve("Mixed.Json"));
    assertThat(CheckCommandTest.run("check", tree.toString()).out.lines())
        .containsExactly(tree.resolve("Mixed.Json") + ": OK", tree.resolve("UPPER.JSON") + ": OK", tree.resolve("ok.json") + ": OK");
  }

  /**
   * {@code a_ok.json}, {@code b_noread/} (mode 000), {@code c_ok.json}: both files checked, one line
   * about {@code b_noread}. Run as {@code nobody}: root reads a directory of mode 000. As root (CI),
   * through {@code setpriv}, with the class path copied where {@code nobody} can read it.
   */
  @Test
  void anUnreadableDirectoryIsReportedAsItselfAndTheRestIsChecked() throws Exception {
    Path tree = Files.createDirectory(dir.resolve("perm"));
    Files.copy(Paths.get("..", "examples", "minimal.json"), tree.resolve("a_ok.json"));
    Path noread = Files.createDirectory(tree.resolve("b_noread"));
    Files.copy(tree.resolve("a_ok.json"), noread.resolve("inside.json"));
    Files.copy(tree.resolve("a_ok.json"), tree.resolve("c_ok.json"));
    String out;
    String err;
    int code;
    boolean root = "root".equals(System.getProperty("user.name"));
    // Root reads a directory of mode 000: the check needs an ordinary user, which setpriv (util-linux) gives.
    assumeTrue(!root || Files.isExecutable(Paths.get("/usr/bin/setpriv")), "as root, this needs /usr/bin/setpriv");
    try {
      if (root) {
        Files.setPosixFilePermissions(dir, PosixFilePermissions.fromString("rwxr-xr-x"));
        Files.setPosixFilePermissions(tree, PosixFilePermissions.fromString("rwxr-xr-x"));
        Files.setPosixFilePermissions(noread, PosixFilePermissions.fromString("---------"));
        List<String> command = new ArrayList<>(List.of("setpriv", "--reuid=nobody", "--regid=nogroup", "--clear-groups",
            Paths.get(System.getProperty("java.home"), "bin", "java").toString(), "-cp", readableClassPath(), Main.class.getName(),
            "check", tree.toString()));
        Process p = new ProcessBuilder(command).start();
        p.getOutputStream().close();
        assertThat(p.waitFor(60, TimeUnit.SECONDS)).isTrue();
        out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        err = new String(p.getErrorStream().readAllBytes(), StandardCharsets.UTF_8);
        code = p.exitValue();
      } else {
        Files.setPosixFilePermissions(noread, PosixFilePermissions.fromString("---------"));
        CheckCommandTest.Run run = CheckCommandTest.run("check", tree.toString());
        out = run.out;
        err = run.err;
        code = run.code;
      }
    } finally {
      Files.setPosixFilePermissions(noread, PosixFilePermissions.fromString("rwx------"));
    }
    assertThat(out.lines()).containsExactly(tree.resolve("a_ok.json") + ": OK", tree.resolve("c_ok.json") + ": OK");
    assertThat(err.lines()).containsExactly("wxshare check: cannot read " + noread + ": permission denied",
        "wxshare check: 3 files: 2 valid, 0 invalid, 1 unreadable");
    assertThat(code).isEqualTo(2);
  }

  /** The test's class path, copied into the temporary directory, which {@code nobody} may read. */
  private String readableClassPath() throws IOException {
    Path copy = Files.createDirectory(dir.resolve("classpath"));
    List<String> entries = new ArrayList<>();
    int n = 0;
    for (String entry : System.getProperty("java.class.path").split(File.pathSeparator)) {
      Path from = Paths.get(entry);
      Path to = copy.resolve(String.valueOf(n++));
      if (Files.isDirectory(from)) {
        try (var files = Files.walk(from)) {
          for (Path f : (Iterable<Path>) files::iterator) {
            Path target = to.resolve(from.relativize(f).toString());
            if (Files.isDirectory(f)) {
              Files.createDirectories(target);
            } else {
              Files.copy(f, target);
            }
          }
        }
      } else if (Files.isRegularFile(from)) {
        to = copy.resolve(n + ".jar");
        Files.copy(from, to);
      } else {
        continue;
      }
      entries.add(to.toString());
    }
    try (var files = Files.walk(copy)) {
      for (Path f : (Iterable<Path>) files::iterator) {
        Files.setPosixFilePermissions(f, PosixFilePermissions.fromString(Files.isDirectory(f) ? "rwxr-xr-x" : "rw-r--r--"));
      }
    }
    return String.join(File.pathSeparator, entries);
  }

  @Test
  void theWalkStopsAtItsBoundAndSaysSo() throws IOException {
    Path tree = tree();
    for (int i = 0; i < 5; i++) {
      Files.createDirectory(tree.resolve("d" + i));
    }
    Walk walk = new Walk(List.of(tree.toString()), false, 3);
    List<Walk.Item> items = new ArrayList<>();
    while (walk.hasNext(false)) {
      items.add(walk.next());
    }
    assertThat(items).hasSize(1);
    assertThat(items.get(0).name).isEqualTo(tree.resolve("d3").toString());
    assertThat(items.get(0).unreadable).isInstanceOf(Walk.WalkBoundException.class);
    assertThat(CheckCommandTest.run("check", "--help").out).contains("at most " + Walk.MAX_ENTRIES + " entries");
  }

  /** A run whose output passes 64 KiB writes it out while the walk goes on, not only at the end. */
  @Test
  void outputIsFlushedAsTheWalkGoes() throws IOException {
    Path tree = Files.createDirectory(dir.resolve("many"));
    for (int i = 0; i < 400; i++) {
      Files.writeString(tree.resolve(String.format("%03d.json", i)), "{\"a\":1,\"b\":2,\"c\":3,\"d\":4}");
    }
    List<Integer> flushedAt = new ArrayList<>();
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    OutputStream counting = new OutputStream() {
      @Override
      public void write(int b) {
        bytes.write(b);
      }

      @Override
      public void write(byte[] b, int off, int len) {
        bytes.write(b, off, len);
      }

      @Override
      public void flush() {
        flushedAt.add(bytes.size());
      }
    };
    int code = Main.run(new String[] {"check", tree.toString()}, new ByteArrayInputStream(new byte[0]),
        new PrintStream(counting, false, StandardCharsets.UTF_8), new PrintStream(new ByteArrayOutputStream(), true,
            StandardCharsets.UTF_8));
    assertThat(code).isEqualTo(1);
    assertThat(bytes.size()).isGreaterThan(3 << 16);
    assertThat(flushedAt.stream().filter(n -> n > 0 && n < bytes.size()).count()).isGreaterThanOrEqualTo(2);
  }
}
