package io.github.wxshare.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.wxshare.imageio.TestImages;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.api.Test;

/** {@code wxshare thumbnail}'s output, written by the packaged jar in a process of its own, has the mode its umask gives. */
class ThumbnailModeIT {
  @TempDir Path temp;

  @Test
  void theCardImageHasTheModeTheUmaskGives() throws Exception {
    Path good = Files.write(temp.resolve("good.png"), TestImages.png(TestImages.gradient(50, 40)));
    Path out = temp.resolve("card.jpg");
    // A fresh shell with each umask runs the packaged jar: the mode is the process's, not the test JVM's.
    Path root = Path.of("..").toAbsolutePath().normalize();
    String jar;
    try (var jars = Files.list(root.resolve("cli/target"))) {
      jar = jars.map(Path::toString).filter(n -> n.endsWith("-all.jar")).findFirst().orElse(null);
    }
    assertThat(jar).as("the shaded jar that package made").isNotNull();
    for (String umask : new String[] {"022", "077", "002"}) {
      Files.deleteIfExists(out);
      Process p = new ProcessBuilder("sh", "-c", "umask " + umask + " && exec java -jar \"$0\" thumbnail \"$1\" -o \"$2\"",
          jar, good.toString(), out.toString()).redirectErrorStream(true).start();
      String said = new String(p.getInputStream().readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
      assertThat(p.waitFor()).as(said).isZero();
      int mask = Integer.parseInt(umask, 8);
      java.util.Set<java.nio.file.attribute.PosixFilePermission> expected = java.nio.file.attribute.PosixFilePermissions
          .fromString(toRwx(0666 & ~mask));
      assertThat(Files.getPosixFilePermissions(out)).as("umask " + umask).isEqualTo(expected);
    }
  }

  private static String toRwx(int mode) {
    StringBuilder b = new StringBuilder();
    for (int shift = 6; shift >= 0; shift -= 3) {
      int bits = mode >> shift & 7;
      b.append((bits & 4) != 0 ? 'r' : '-').append((bits & 2) != 0 ? 'w' : '-').append((bits & 1) != 0 ? 'x' : '-');
    }
    return b.toString();
  }
}
