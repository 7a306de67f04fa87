package io.github.wxshare.testing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.wxshare.core.ShareMiniProgramRequest;
import io.github.wxshare.core.ShareResult;
import io.github.wxshare.core.ShareTransport;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

class RecordingShareTransportTest {
  private static ShareMiniProgramRequest request(String path) {
    return ShareMiniProgramRequest.builder().userName("gh_d43f693ca31f").path(path)
        .imagePath("/pages/thumb.png").webpageUrl("https://www.qq.com").build();
  }

  /** The kind of app code a user would test. */
  static final class ShareButton {
    private final ShareTransport transport;

    ShareButton(ShareTransport transport) {
      this.transport = transport;
    }

    CompletableFuture<ShareResult> click(int productId) {
      return transport.share(request("pages/product/product?id=" + productId)).toCompletableFuture();
    }
  }

  @Test
  void recordsWhatTheAppSharedAndAnswersSent() {
    RecordingShareTransport transport = new RecordingShareTransport();
    ShareResult result = new ShareButton(transport).click(7).join();
    assertThat(transport.lastRequest().path()).isEqualTo("pages/product/product?id=7");
    assertThat(result.status()).isEqualTo(ShareResult.Status.SENT);
    assertThat(result.transaction()).isEqualTo("recorded-1");
    new ShareButton(transport).click(8);
    assertThat(transport.requests()).extracting(ShareMiniProgramRequest::path)
        .containsExactly("pages/product/product?id=7", "pages/product/product?id=8");
  }

  @Test
  void answersWhatTheTestAsksFor() {
    RecordingShareTransport cancelled = RecordingShareTransport.answering(ShareResult.fromResponse(-2, null, "tx"));
    assertThat(new ShareButton(cancelled).click(1).join().status()).isEqualTo(ShareResult.Status.CANCELLED);
    RecordingShareTransport perRequest = RecordingShareTransport.answering(
        r -> r.path().endsWith("=2") ? ShareResult.notInstalled() : ShareResult.fromResponse(0, null, "ok"));
    assertThat(new ShareButton(perRequest).click(2).join().status()).isEqualTo(ShareResult.Status.NOT_INSTALLED);
    assertThat(new ShareButton(perRequest).click(3).join().status()).isEqualTo(ShareResult.Status.SENT);
  }

  @Test
  void lastRequestFailsClearlyWhenNothingWasShared() {
    RecordingShareTransport transport = new RecordingShareTransport();
    assertThatThrownBy(transport::lastRequest).isInstanceOf(AssertionError.class)
        .hasMessage("Nothing was shared through this RecordingShareTransport");
    transport.share(request("pages/a"));
    transport.clear();
    assertThat(transport.requests()).isEmpty();
  }

  @Test
  void snapshotsDoNotChangeAfterwards() {
    RecordingShareTransport transport = new RecordingShareTransport();
    transport.share(request("pages/a"));
    List<ShareMiniProgramRequest> before = transport.requests();
    transport.share(request("pages/b"));
    assertThat(before).hasSize(1);
    assertThatThrownBy(() -> before.add(request("pages/c"))).isInstanceOf(UnsupportedOperationException.class);
  }

  @Test
  void recordsEveryShareFromManyThreads() throws InterruptedException {
    RecordingShareTransport transport = new RecordingShareTransport();
    ExecutorService pool = Executors.newFixedThreadPool(8);
    List<String> transactions = java.util.Collections.synchronizedList(new ArrayList<>());
    for (int i = 0; i < 2000; i++) {
      int n = i;
      pool.execute(() -> transactions.add(transport.share(request("pages/p?n=" + n)).toCompletableFuture().join().transaction()));
    }
    pool.shutdown();
    assertThat(pool.awaitTermination(30, TimeUnit.SECONDS)).isTrue();
    assertThat(transport.requests()).hasSize(2000);
    assertThat(transactions).doesNotHaveDuplicates().hasSize(2000);
  }

  @Test
  void rejectsNull() {
    assertThatThrownBy(() -> new RecordingShareTransport().share(null)).hasMessage("request == null");
    assertThatThrownBy(() -> RecordingShareTransport.answering((ShareResult) null)).hasMessage("result == null");
  }
}
