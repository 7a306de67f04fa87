package io.github.wxshare.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Enumeration;
import java.util.List;
import java.util.jar.JarEntry;
import java.util.jar.JarFile;
import org.junit.jupiter.api.Test;

/**
 * What a Maven user gets beside each published jar: a sources jar with the public sources, and a
 * Javadoc jar with a page per public type and none for the internal packages. Run by {@code
 * ./mvnw verify} from the root, after every module has been packaged.
 */
class PublishedJarsIT {
  private static final String VERSION = System.getProperty("wxshare.version", "0.1.0-SNAPSHOT");

  private static List<String> entries(String module, String artifact, String classifier) throws IOException {
    Path jar = Path.of("..", module, "target", artifact + "-" + VERSION + "-" + classifier + ".jar");
    assertThat(jar).as("%s: build it with ./mvnw -B verify from the repository's root", jar).isRegularFile();
    List<String> names = new ArrayList<>();
    try (JarFile file = new JarFile(jar.toFile())) {
      for (Enumeration<JarEntry> e = file.entries(); e.hasMoreElements(); ) {
        names.add(e.nextElement().getName());
      }
    }
    return names;
  }

  @Test
  void everyPublishedModuleHasItsSourcesAndJavadocJars() throws IOException {
    String[][] modules = {
      {"core", "wxshare-core", "io/github/wxshare/core/ShareMiniProgramRequest"},
      {"testing", "wxshare-testing", null},
      {"json-schema", "wxshare-json-schema", null},
      {"imageio", "wxshare-imageio", "io/github/wxshare/imageio/ImageIoCardImages"},
      {"android-transport", "wxshare-android-transport", "io/github/wxshare/android/OpenSdkShareTransport"},
      {"cli", "wxshare-cli", null},
    };
    for (String[] m : modules) {
      List<String> sources = entries(m[0], m[1], "sources");
      List<String> javadoc = entries(m[0], m[1], "javadoc");
      assertThat(sources).as(m[1] + " sources").anyMatch(n -> n.endsWith(".java"));
      assertThat(javadoc).as(m[1] + " javadoc").contains("index.html");
      assertThat(javadoc).as(m[1] + ": internal packages are not documented").noneMatch(n -> n.contains("/internal/"));
      if (m[2] != null) {
        assertThat(sources).contains(m[2] + ".java");
        // A named module's pages sit under its name (io.github.wxshare.core/io/github/...).
        assertThat(javadoc).anyMatch(n -> n.equals(m[2] + ".html") || n.endsWith("/" + m[2] + ".html"));
      }
    }
  }
}
