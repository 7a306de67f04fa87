package io.github.wxshare.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.util.Arrays;
import java.util.Set;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code wxshare thumbnail}'s write against someone who may delete entries in OUT's directory: a
 * thread that replaces every temporary file it sees with a link to a victim's file, as fast as it
 * can, while the command writes again and again.
 */
class ThumbnailWriteRaceTest {
  @TempDir Path temp;

  @Test
  void aLinkRacedInAtTheTemporaryNameNeverRedirectsTheWrite() throws Exception {
    Path shared = Files.createDirectory(temp.resolve("shared"));
    Path victim = temp.resolve("victim.txt");
    byte[] precious = "the victim's file, which must never change\n".getBytes(StandardCharsets.UTF_8);
    Files.write(victim, precious);
    Path out = shared.resolve("card.jpg");
    byte[] card = new byte[64 * 1024];
    Arrays.fill(card, (byte) 0x5a);

    AtomicBoolean stop = new AtomicBoolean();
    AtomicInteger swapped = new AtomicInteger();
    Thread racer = new Thread(() -> {
      long end = System.nanoTime() + 60_000_000_000L; // bounded even if the test thread dies
      while (!stop.get() && System.nanoTime() < end) {
        try (DirectoryStream<Path> entries = Files.newDirectoryStream(shared, ".card.jpg*")) {
          for (Path entry : entries) {
            if (Files.isSymbolicLink(entry)) {
              continue;
            }
            try {
              Files.delete(entry);
              Files.createSymbolicLink(entry, victim);
              swapped.incrementAndGet();
            } catch (IOException e) {
              // the writer won this round
            }
          }
        } catch (IOException e) {
          // listing raced with a rename
        }
      }
    }, "link-racer");
    racer.setDaemon(true);
    racer.start();
    int written = 0;
    int refused = 0;
    try {
      for (int i = 0; i < 2000 && (swapped.get() < 50 || i < 200); i++) {
        try {
          ThumbnailCommand.writeAtomically(out, card);
          written++;
          if (!Files.isSymbolicLink(out)) {
            assertThat(Files.readAllBytes(out)).as("OUT holds exactly the card").isEqualTo(card);
          }
        } catch (IOException e) {
          refused++;
          assertThat(e).hasMessageContaining("was replaced while it was written");
        }
        assertThat(Files.readAllBytes(victim)).as("the victim's file after round %d", i).isEqualTo(precious);
      }
    } finally {
      stop.set(true);
      racer.join(10_000);
    }
    System.out.println("ThumbnailWriteRaceTest: " + (written + refused) + " writes, " + swapped.get() + " links swapped in, "
        + written + " written, " + refused + " refused");
    assertThat(swapped.get()).as("the racer swapped a link in (else the test proved nothing)").isPositive();
    assertThat(written + refused).isPositive();
    assertThat(Files.readAllBytes(victim)).isEqualTo(precious);
    try (DirectoryStream<Path> left = Files.newDirectoryStream(shared, ".card.jpg*")) {
      for (Path entry : left) {
        assertThat(Files.isSymbolicLink(entry) || Files.isRegularFile(entry, LinkOption.NOFOLLOW_LINKS)).isTrue();
      }
    }
  }

  @Test
  void theOutputGetsTheModeTheUmaskGivesANewFile() throws Exception {
    Path out = temp.resolve("card.jpg");
    ThumbnailCommand.writeAtomically(out, new byte[] {1, 2, 3});
    Set<PosixFilePermission> umaskMode = Files.getPosixFilePermissions(Files.createFile(temp.resolve("plain")));
    assertThat(Files.getPosixFilePermissions(out)).isEqualTo(umaskMode);
    assertThat(Files.readAllBytes(out)).containsExactly(1, 2, 3);
  }
}
