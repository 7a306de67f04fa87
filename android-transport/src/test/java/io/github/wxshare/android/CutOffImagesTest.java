package io.github.wxshare.android;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/**
 * The codec's own byte checks, on hand-built files at their edges: a cut-off JPEG or PNG (which
 * {@code BitmapFactory} would decode with a grey bottom) and the sentence for bytes that are no
 * image. {@code AndroidCardImagesTest} runs the same checks on real files under Robolectric.
 */
class CutOffImagesTest {
  private static byte[] bytes(int... values) {
    byte[] out = new byte[values.length];
    for (int i = 0; i < values.length; i++) {
      out[i] = (byte) values[i];
    }
    return out;
  }

  private static final String JPEG_CUT = "the JPEG is cut off: its %d bytes end before the end-of-image marker "
      + "(an unfinished download or copy?)";
  private static final String PNG_CUT = "the PNG is cut off: its %d bytes end before the IEND chunk "
      + "(an unfinished download or copy?)";

  @Test
  void aJpegIsWholeOnlyWithAnEndOfImageMarkerAfterItsFirstScanHeader() {
    assertThat(BitmapCardImageCodec.truncation(bytes(0xFF, 0xD8))).isEqualTo(String.format(JPEG_CUT, 2));
    // SOS with a 2-byte header, then the end-of-image marker at once: whole.
    assertThat(BitmapCardImageCodec.truncation(bytes(0xFF, 0xD8, 0xFF, 0xDA, 0, 2, 0xFF, 0xD9))).isNull();
    assertThat(BitmapCardImageCodec.truncation(bytes(0xFF, 0xD8, 0xFF, 0xDA, 0, 2, 1, 2, 0xFF, 0xD9))).isNull();
    // A fill byte before the marker.
    assertThat(BitmapCardImageCodec.truncation(bytes(0xFF, 0xD8, 0xFF, 0xFF, 0xDA, 0, 2, 0xFF, 0xD9))).isNull();
    // An APP0 segment is stepped over by its length; FF D9 inside it ends nothing.
    assertThat(BitmapCardImageCodec.truncation(bytes(0xFF, 0xD8, 0xFF, 0xE0, 0, 4, 0xFF, 0xD9, 0xFF, 0xDA, 0, 2, 7,
        0xFF, 0xD9))).isNull();
    assertThat(BitmapCardImageCodec.truncation(bytes(0xFF, 0xD8, 0xFF, 0xE0, 0, 4, 0xFF, 0xD9, 0xFF, 0xDA, 0, 2, 7)))
        .isEqualTo(String.format(JPEG_CUT, 13));
    // FF D9 inside the scan header is not the end of the image.
    assertThat(BitmapCardImageCodec.truncation(bytes(0xFF, 0xD8, 0xFF, 0xDA, 0, 4, 0xFF, 0xD9, 0)))
        .isEqualTo(String.format(JPEG_CUT, 9));
    // Cut inside the scan, and cut inside a segment header.
    assertThat(BitmapCardImageCodec.truncation(bytes(0xFF, 0xD8, 0xFF, 0xDA, 0, 2, 1, 2, 3)))
        .isEqualTo(String.format(JPEG_CUT, 9));
    assertThat(BitmapCardImageCodec.truncation(bytes(0xFF, 0xD8, 0xFF, 0xE0, 0))).isEqualTo(String.format(JPEG_CUT, 5));
  }

  private static void chunk(ByteArrayOutputStream out, String type, int length) {
    out.write(length >>> 24);
    out.write(length >>> 16);
    out.write(length >>> 8);
    out.write(length);
    out.writeBytes(type.getBytes(StandardCharsets.ISO_8859_1));
    out.write(new byte[length], 0, length);
    out.writeBytes(new byte[4]); // CRC, not checked here
  }

  private static ByteArrayOutputStream signature() {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    out.writeBytes(bytes(0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A));
    return out;
  }

  @Test
  void aPngIsWholeOnlyWhenItsChunksLeadToIend() {
    assertThat(BitmapCardImageCodec.truncation(signature().toByteArray())).isEqualTo(String.format(PNG_CUT, 8));
    // IEND's length and type exactly at the end (its CRC missing) still count as the end.
    ByteArrayOutputStream iendOnly = signature();
    iendOnly.writeBytes(bytes(0, 0, 0, 0, 'I', 'E', 'N', 'D'));
    assertThat(BitmapCardImageCodec.truncation(iendOnly.toByteArray())).isNull();
    // Chunk lengths use all four bytes: 13, 258 and 65,536 bytes before IEND.
    for (int length : new int[] {13, 258, 65_536}) {
      ByteArrayOutputStream whole = signature();
      chunk(whole, "IHDR", 13);
      chunk(whole, "tEXt", length);
      chunk(whole, "IEND", 0);
      byte[] png = whole.toByteArray();
      assertThat(BitmapCardImageCodec.truncation(png)).as("%d-byte chunk", length).isNull();
      byte[] cut = java.util.Arrays.copyOf(png, png.length - 12);
      assertThat(BitmapCardImageCodec.truncation(cut)).as("%d-byte chunk, IEND cut", length)
          .isEqualTo(String.format(PNG_CUT, cut.length));
    }
    // A chunk that says it is longer than the file.
    ByteArrayOutputStream lying = signature();
    lying.writeBytes(bytes(0x7F, 0, 0, 0, 't', 'E', 'X', 't', 0, 0, 0, 0, 'I', 'E', 'N', 'D'));
    assertThat(BitmapCardImageCodec.truncation(lying.toByteArray())).isEqualTo(String.format(PNG_CUT, 24));
  }

  @Test
  void otherBytesAreNeitherCutJpegsNorCutPngs() {
    assertThat(BitmapCardImageCodec.truncation(new byte[0])).isNull();
    assertThat(BitmapCardImageCodec.truncation(bytes(0xFF))).isNull();
    assertThat(BitmapCardImageCodec.truncation(bytes(0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A))).as("7 bytes").isNull();
    assertThat(BitmapCardImageCodec.truncation("GIF89a".getBytes(StandardCharsets.ISO_8859_1))).isNull();
  }

  @Test
  void bytesThatAreNoImageAreNamedByWhatTheyAre() {
    assertThat(BitmapCardImageCodec.notAnImage("<svg xmlns=\"http://www.w3.org/2000/svg\"/>".getBytes(StandardCharsets.UTF_8)))
        .isEqualTo("an SVG is a vector drawing, not a raster image: export it as PNG or JPEG");
    assertThat(BitmapCardImageCodec.notAnImage("  <?xml version=\"1.0\"?>\n<svg/>".getBytes(StandardCharsets.UTF_8)))
        .startsWith("an SVG is a vector drawing");
    assertThat(BitmapCardImageCodec.notAnImage("<?xml version=\"1.0\"?><note/>".getBytes(StandardCharsets.UTF_8)))
        .isEqualTo("not an image Android decodes (28 bytes starting 3c 3f 78 6d 6c 20 76 65); use JPEG, PNG, WebP, "
            + "GIF or BMP");
    byte[] heic = bytes(0, 0, 0, 0x18, 'f', 't', 'y', 'p', 'h', 'e', 'i', 'c');
    assertThat(BitmapCardImageCodec.notAnImage(heic)).startsWith("a HEIF/HEIC/AVIF image, which Android decodes only "
        + "from Android 9");
    assertThat(BitmapCardImageCodec.notAnImage(java.util.Arrays.copyOf(heic, 11))).as("too short to be one")
        .isEqualTo("not an image Android decodes (11 bytes starting 00 00 00 18 66 74 79 70); use JPEG, PNG, WebP, GIF "
            + "or BMP");
    assertThat(BitmapCardImageCodec.notAnImage("GIF".getBytes(StandardCharsets.ISO_8859_1)))
        .isEqualTo("not an image Android decodes (3 bytes starting 47 49 46); use JPEG, PNG, WebP, GIF or BMP");
    assertThat(BitmapCardImageCodec.notAnImage(new byte[0]))
        .isEqualTo("not an image Android decodes (0 bytes starting ); use JPEG, PNG, WebP, GIF or BMP");
  }
}
