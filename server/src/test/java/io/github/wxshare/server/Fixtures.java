package io.github.wxshare.server;

import io.github.wxshare.core.MiniProgramType;
import io.github.wxshare.core.ShareMiniProgramRequest;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Map;
import javax.imageio.ImageIO;

/** Requests and cards for the signing tests. */
final class Fixtures {
  static final String APP_ID = "wxba6223c06417af7b";

  private Fixtures() {}

  /** CJK and emoji in title and path. */
  static ShareMiniProgramRequest cjk() {
    return ShareMiniProgramRequest.builder().userName("gh_d43f693ca31f").path("/pages/detail/detail?id=7&q=中文🎁")
        .title("限时特惠 🎁 Limited offer").description("打开小程序查看详情").imagePath("/pages/thumb.jpg")
        .webpageUrl("https://www.qq.com/detail?id=7").build();
  }

  /** No title, no description. */
  static ShareMiniProgramRequest bare() {
    return ShareMiniProgramRequest.builder().userName("gh_d43f693ca31f").path("pages/index/index")
        .imagePath("/pages/thumb.jpg").webpageUrl("https://www.qq.com").build();
  }

  /** Every field set. */
  static ShareMiniProgramRequest full() {
    return ShareMiniProgramRequest.builder().userName("gh_0123456789ab").path("?from=share&x=%3F")
        .title("Seven wonders").description("A description, with \"quotes\" & ampersands = signs")
        .imagePath("wxfile://tmp_2b7d1c0e.jpg").webpageUrl("https://example.com:8443/a?b=c")
        .withShareTicket(true).miniprogramType(MiniProgramType.PREVIEW).disableForward(true)
        .updatableMessage(true).secretMessage(true).extraInfo(Map.of("activity_id", "1234567890")).build();
  }

  /** A real JPEG, 250x200, as the card renderer would give (drawn, not read from disk). */
  static byte[] card(int seed) {
    BufferedImage image = new BufferedImage(250, 200, BufferedImage.TYPE_INT_RGB);
    Graphics2D g = image.createGraphics();
    g.setColor(new Color(0x2b7d1c ^ seed));
    g.fillRect(0, 0, 250, 200);
    g.setColor(Color.WHITE);
    g.fillOval(40 + seed % 50, 30, 120, 120);
    g.dispose();
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try {
      ImageIO.write(image, "jpg", out);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out.toByteArray();
  }
}
