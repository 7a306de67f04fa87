package io.github.wxshare.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ServiceLoader;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ShareTransportsTest {
  /** A provider as a transport module would register it. */
  public static final class GoodTransport implements ShareTransport {
    @Override
    public CompletionStage<ShareResult> share(ShareMiniProgramRequest request) {
      return CompletableFuture.completedFuture(ShareResult.fromResponse(0, null, "t"));
    }
  }

  /** Another working provider. */
  public static final class OtherTransport implements ShareTransport {
    @Override
    public CompletionStage<ShareResult> share(ShareMiniProgramRequest request) {
      return CompletableFuture.completedFuture(ShareResult.notInstalled());
    }
  }

  /** A provider whose constructor throws, as one missing its Android context would. */
  public static final class BrokenTransport implements ShareTransport {
    public BrokenTransport() {
      throw new IllegalStateException("no Context");
    }

    @Override
    public CompletionStage<ShareResult> share(ShareMiniProgramRequest request) {
      throw new AssertionError();
    }
  }

  @TempDir Path dir;

  /** A class loader that sees exactly these provider lines in META-INF/services. */
  private ServiceLoader<ShareTransport> providers(String... classNames) throws IOException {
    Path services = dir.resolve("META-INF/services");
    Files.createDirectories(services);
    Files.write(services.resolve(ShareTransport.class.getName()),
        String.join("\n", classNames).getBytes(StandardCharsets.UTF_8));
    ClassLoader loader = new URLClassLoader(new URL[] {dir.toUri().toURL()}, getClass().getClassLoader()) {
      @Override
      public java.util.Enumeration<URL> getResources(String name) throws IOException {
        return findResources(name); // only the test's services file, not the class path's
      }
    };
    return ServiceLoader.load(ShareTransport.class, loader);
  }

  @Test
  void anExplicitTransportWinsWithoutDiscovery() {
    ShareTransport mine = new GoodTransport();
    assertThat(ShareTransports.select(mine)).isSameAs(mine);
  }

  @Test
  void theOneProviderIsFound() throws IOException {
    assertThat(ShareTransports.pick(providers(GoodTransport.class.getName()).iterator(), null))
        .isInstanceOf(GoodTransport.class);
  }

  @Test
  void brokenProvidersAreSkipped() throws IOException {
    ServiceLoader<ShareTransport> loader = providers(
        BrokenTransport.class.getName(), "com.example.Missing", GoodTransport.class.getName());
    assertThat(ShareTransports.pick(loader.iterator(), null)).isInstanceOf(GoodTransport.class);
  }

  @Test
  void noProviderSaysWhatToAddAndNamesTheBrokenOnes() throws IOException {
    assertThatThrownBy(() -> ShareTransports.pick(providers(BrokenTransport.class.getName()).iterator(), null))
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("No ShareTransport on the class path")
        .hasMessageContaining("io.github.wxshare:wxshare-android-transport")
        .hasMessageContaining("ShareTransports.select(transport)")
        .hasMessageContaining("Skipped broken providers")
        .hasMessageContaining("no Context");
  }

  @Test
  void severalProvidersAskForAChoice() throws IOException {
    ServiceLoader<ShareTransport> loader = providers(GoodTransport.class.getName(), OtherTransport.class.getName());
    assertThatThrownBy(() -> ShareTransports.pick(loader.iterator(), null))
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("Several ShareTransports on the class path: " + GoodTransport.class.getName()
            + ", " + OtherTransport.class.getName())
        .hasMessageContaining("-Dio.github.wxshare.transport=<class name>");
  }

  @Test
  void thePropertyChoosesAmongSeveral() throws IOException {
    ServiceLoader<ShareTransport> loader = providers(GoodTransport.class.getName(), OtherTransport.class.getName());
    assertThat(ShareTransports.pick(loader.iterator(), OtherTransport.class.getName())).isInstanceOf(OtherTransport.class);
    assertThatThrownBy(() -> ShareTransports.pick(providers(GoodTransport.class.getName()).iterator(), "com.example.Nope"))
        .hasMessageContaining("names no ShareTransport on the class path; found: " + GoodTransport.class.getName());
  }

  @Test
  void discoveryOnThisClassPathFindsNothingAndSaysSo() {
    assertThatThrownBy(ShareTransports::discover).isInstanceOf(IllegalStateException.class)
        .hasMessageStartingWith("No ShareTransport on the class path.");
  }
}
