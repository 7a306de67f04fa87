package io.github.wxshare.core.image;

/**
 * Reads the EXIF orientation (tag 0x0112) of a JPEG: javax.imageio and {@code BitmapFactory} decode
 * pixels as stored and ignore it, so a portrait photo from a phone would come out on its side. One
 * parser for every codec, so that the JVM and Android turn the same photo the same way.
 * Bounds-checked throughout: a damaged header means orientation 1, never an exception.
 */
final class Exif {
  private Exif() {}

  /** The orientation 1-8 of the JPEG in {@code data}, or 1 when it has none or it cannot be read. */
  static int orientation(byte[] data) {
    if (data.length < 4 || (data[0] & 0xFF) != 0xFF || (data[1] & 0xFF) != 0xD8) {
      return 1;
    }
    int at = 2;
    while (at + 4 <= data.length && (data[at] & 0xFF) == 0xFF) {
      int marker = data[at + 1] & 0xFF;
      if (marker == 0xD9 || marker == 0xDA) {
        return 1; // end of image, or the image data: no EXIF before it
      }
      int length = u16(data, at + 2, false);
      if (length < 2) {
        return 1;
      }
      int start = at + 4;
      if (marker == 0xE1 && start + 6 <= data.length && data[start] == 'E' && data[start + 1] == 'x'
          && data[start + 2] == 'i' && data[start + 3] == 'f' && data[start + 4] == 0 && data[start + 5] == 0) {
        return fromTiff(data, start + 6, Math.min(data.length, at + 2 + length));
      }
      at += 2 + length;
    }
    return 1;
  }

  private static int fromTiff(byte[] data, int tiff, int end) {
    if (tiff + 8 > end) {
      return 1;
    }
    boolean little;
    if (data[tiff] == 'I' && data[tiff + 1] == 'I') {
      little = true;
    } else if (data[tiff] == 'M' && data[tiff + 1] == 'M') {
      little = false;
    } else {
      return 1;
    }
    if (u16(data, tiff + 2, little) != 42) {
      return 1;
    }
    long ifd = tiff + u32(data, tiff + 4, little);
    if (ifd + 2 > end) {
      return 1;
    }
    int entries = u16(data, (int) ifd, little);
    for (int i = 0; i < entries; i++) {
      long entry = ifd + 2 + 12L * i;
      if (entry + 12 > end) {
        return 1;
      }
      int e = (int) entry;
      if (u16(data, e, little) == 0x0112) {
        int type = u16(data, e + 2, little);
        int value = type == 3 ? u16(data, e + 8, little) : type == 4 ? (int) u32(data, e + 8, little) : 0;
        return value >= 1 && value <= 8 ? value : 1;
      }
    }
    return 1;
  }

  private static int u16(byte[] d, int at, boolean little) {
    int a = d[at] & 0xFF;
    int b = d[at + 1] & 0xFF;
    return little ? a | b << 8 : a << 8 | b;
  }

  private static long u32(byte[] d, int at, boolean little) {
    long hi = u16(d, little ? at + 2 : at, little);
    long lo = u16(d, little ? at : at + 2, little);
    return hi << 16 | lo;
  }

  /**
   * The affine transform from stored pixels to displayed pixels for an orientation, for an image
   * stored {@code w} x {@code h}, as {m00, m01, m02, m10, m11, m12}: x' = m00 x + m01 y + m02,
   * y' = m10 x + m11 y + m12. Anything but 2-8 is the identity.
   */
  static double[] transform(int orientation, int w, int h) {
    switch (orientation) {
      case 2: return new double[] {-1, 0, w, 0, 1, 0};  // mirrored left-right
      case 3: return new double[] {-1, 0, w, 0, -1, h}; // upside down
      case 4: return new double[] {1, 0, 0, 0, -1, h};  // mirrored top-bottom
      case 5: return new double[] {0, 1, 0, 1, 0, 0};   // transposed
      case 6: return new double[] {0, -1, h, 1, 0, 0};  // turn 90 degrees clockwise to view
      case 7: return new double[] {0, -1, h, -1, 0, w}; // transversed
      case 8: return new double[] {0, 1, 0, -1, 0, w};  // turn 90 degrees anticlockwise to view
      default: return new double[] {1, 0, 0, 0, 1, 0};
    }
  }
}
