package io.github.wxshare.imageio;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;

/**
 * What the wrappers do, as a baseline: decode the whole image, scale the centre 5:4 part to
 * 800x640, encode JPEG at a fixed quality 85. No byte budget, no EXIF, transparency on black.
 */
public final class NaiveThumbnail {
  private NaiveThumbnail() {}

  public static byte[] render(byte[] data) throws IOException {
    BufferedImage source = javax.imageio.ImageIO.read(new ByteArrayInputStream(data));
    if (source == null) {
      throw new IOException("not an image");
    }
    int w = source.getWidth();
    int h = source.getHeight();
    double cropW = Math.min(w, h * 5.0 / 4);
    double cropH = cropW * 4 / 5;
    BufferedImage out = new BufferedImage(800, 640, BufferedImage.TYPE_INT_RGB);
    Graphics2D g = out.createGraphics();
    g.setColor(Color.BLACK);
    g.fillRect(0, 0, 800, 640);
    g.setRenderingHint(RenderingHints.KEY_INTERPOLATION, RenderingHints.VALUE_INTERPOLATION_BILINEAR);
    int x = (int) ((w - cropW) / 2);
    int y = (int) ((h - cropH) / 2);
    g.drawImage(source, 0, 0, 800, 640, x, y, x + (int) cropW, y + (int) cropH, null);
    g.dispose();
    return TestImages.jpeg(out, 85);
  }
}
