package io.github.wxshare.core.image;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * The EXIF orientation parser on JPEG headers built byte by byte: the segments it walks, both byte
 * orders, both value types, and every way a header can be cut off or lie about its lengths.
 */
class ExifTest {
  private static final byte[] SOS_AND_EOI = {(byte) 0xFF, (byte) 0xDA, 0, 2, (byte) 0xFF, (byte) 0xD9};

  /** A TIFF block whose first IFD holds {@code entries} (tag, type, value), little- or big-endian. */
  static byte[] tiff(boolean little, int magic, long ifdOffset, int[][] entries, int claimedEntries) {
    ByteBuffer b = ByteBuffer.allocate(8 + 2 + 12 * entries.length + 4)
        .order(little ? ByteOrder.LITTLE_ENDIAN : ByteOrder.BIG_ENDIAN);
    b.put((byte) (little ? 'I' : 'M')).put((byte) (little ? 'I' : 'M')).putShort((short) magic).putInt((int) ifdOffset);
    b.putShort((short) claimedEntries);
    for (int[] e : entries) {
      b.putShort((short) e[0]).putShort((short) e[1]).putInt(1);
      if (e[1] == 4) {
        b.putInt(e[2]);
      } else {
        b.putShort((short) e[2]).putShort((short) 0);
      }
    }
    b.putInt(0);
    return b.array();
  }

  static byte[] tiff(boolean little, int[]... entries) {
    return tiff(little, 42, 8, entries, entries.length);
  }

  /** A segment: FF, marker, a big-endian length that counts itself, the payload. */
  static byte[] segment(int marker, byte[] payload, int length) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    out.write(0xFF);
    out.write(marker);
    out.write(length >> 8);
    out.write(length & 0xFF);
    out.writeBytes(payload);
    return out.toByteArray();
  }

  static byte[] exif(byte[] tiff) {
    byte[] payload = concat("Exif\0\0".getBytes(StandardCharsets.ISO_8859_1), tiff);
    return segment(0xE1, payload, payload.length + 2);
  }

  static byte[] jpeg(byte[]... segments) {
    return concat(new byte[] {(byte) 0xFF, (byte) 0xD8}, concat(segments), SOS_AND_EOI);
  }

  static byte[] concat(byte[]... parts) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    for (byte[] p : parts) {
      out.writeBytes(p);
    }
    return out.toByteArray();
  }

  private static final byte[] JFIF = segment(0xE0, "JFIF\0\1\1\0\0\1\0\1\0\0".getBytes(StandardCharsets.ISO_8859_1), 16);

  @Test
  void readsEveryOrientationInBothByteOrdersAsAShortOrALong() {
    for (int o = 1; o <= 8; o++) {
      for (boolean little : new boolean[] {true, false}) {
        assertThat(Exif.orientation(jpeg(exif(tiff(little, new int[] {0x0112, 3, o}))))).isEqualTo(o);
        assertThat(Exif.orientation(jpeg(exif(tiff(little, new int[] {0x0112, 4, o}))))).isEqualTo(o);
        assertThat(Exif.orientation(jpeg(JFIF, exif(tiff(little, new int[] {0x010F, 2, 0}, new int[] {0x0110, 2, 0},
            new int[] {0x0112, 3, o}))))).as("after other tags and an APP0").isEqualTo(o);
      }
    }
  }

  @Test
  void valuesOutsideOneToEightAndOtherTypesMeanUpright() {
    for (int value : new int[] {0, 9, 0xFFFF}) {
      assertThat(Exif.orientation(jpeg(exif(tiff(true, new int[] {0x0112, 3, value}))))).isEqualTo(1);
    }
    assertThat(Exif.orientation(jpeg(exif(tiff(true, new int[] {0x0112, 5, 6}))))).as("a RATIONAL").isEqualTo(1);
    assertThat(Exif.orientation(jpeg(exif(tiff(true, new int[] {0x0111, 3, 6}))))).as("another tag").isEqualTo(1);
    assertThat(Exif.orientation(jpeg(exif(tiff(false, new int[] {0x1201, 3, 6}))))).as("byte-swapped tag").isEqualTo(1);
  }

  @Test
  void onlyAnExifApp1BeforeTheImageDataCounts() {
    byte[] xmp = segment(0xE1, "http://ns.adobe.com/xap/1.0/\0".getBytes(StandardCharsets.ISO_8859_1), 31);
    byte[] six = exif(tiff(true, new int[] {0x0112, 3, 6}));
    assertThat(Exif.orientation(jpeg(xmp, six))).as("after an XMP APP1").isEqualTo(6);
    assertThat(Exif.orientation(jpeg(segment(0xE2, "Exif\0\0".getBytes(StandardCharsets.ISO_8859_1), 8), six)))
        .as("Exif in APP2 is not EXIF").isEqualTo(6);
    byte[] afterData = concat(new byte[] {(byte) 0xFF, (byte) 0xD8}, SOS_AND_EOI, six);
    assertThat(Exif.orientation(afterData)).as("after the image data").isEqualTo(1);
    byte[] afterEnd = concat(new byte[] {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF, (byte) 0xD9}, six);
    assertThat(Exif.orientation(afterEnd)).as("after the end of the image").isEqualTo(1);
    byte[] exifNoNul = segment(0xE1, concat("Exif\0x".getBytes(StandardCharsets.ISO_8859_1), tiff(true, new int[] {0x0112, 3, 6})), 30);
    assertThat(Exif.orientation(jpeg(exifNoNul))).isEqualTo(1);
    for (String id : new String[] {"Fxif\0\0", "EXif\0\0", "Exjf\0\0", "Exig\0\0", "Exif\1\0"}) {
      byte[] wrong = concat(id.getBytes(StandardCharsets.ISO_8859_1), tiff(true, new int[] {0x0112, 3, 6}));
      assertThat(Exif.orientation(jpeg(segment(0xE1, wrong, wrong.length + 2)))).as(id).isEqualTo(1);
    }
  }

  @Test
  void notAJpegOrABrokenHeaderMeansUpright() {
    byte[] six = jpeg(exif(tiff(true, new int[] {0x0112, 3, 6})));
    assertThat(Exif.orientation(new byte[0])).isEqualTo(1);
    assertThat(Exif.orientation(new byte[] {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF})).isEqualTo(1);
    byte[] png = six.clone();
    png[0] = (byte) 0x89;
    assertThat(Exif.orientation(png)).isEqualTo(1);
    byte[] notSoi = six.clone();
    notSoi[1] = (byte) 0xD9;
    assertThat(Exif.orientation(notSoi)).isEqualTo(1);
    byte[] noMarker = six.clone();
    noMarker[2] = 0x00;
    assertThat(Exif.orientation(noMarker)).as("no FF before the marker").isEqualTo(1);
    byte[] shortLength = six.clone();
    shortLength[4] = 0;
    shortLength[5] = 1;
    assertThat(Exif.orientation(shortLength)).as("a segment length under 2").isEqualTo(1);
    // The segment's own length bounds the TIFF block: entries past it are not read.
    byte[] exifPayload = concat("Exif\0\0".getBytes(StandardCharsets.ISO_8859_1), tiff(true, new int[] {0x0112, 3, 6}));
    assertThat(Exif.orientation(jpeg(segment(0xE1, exifPayload, exifPayload.length + 2 - 8)))).isEqualTo(1);
    assertThat(Exif.orientation(jpeg(segment(0xE1, exifPayload, exifPayload.length + 2)))).isEqualTo(6);
  }

  @Test
  void aTiffBlockThatLiesIsReadAsUpright() {
    int[] six = {0x0112, 3, 6};
    assertThat(Exif.orientation(jpeg(exif(tiff(true, 43, 8, new int[][] {six}, 1))))).as("magic 43").isEqualTo(1);
    assertThat(Exif.orientation(jpeg(exif(tiff(true, 42, 4000, new int[][] {six}, 1))))).as("IFD past the end").isEqualTo(1);
    assertThat(Exif.orientation(jpeg(exif(tiff(true, 42, 0xFFFFFFF0L, new int[][] {six}, 1))))).as("huge IFD offset").isEqualTo(1);
    assertThat(Exif.orientation(jpeg(exif(tiff(true, 42, 8, new int[][] {{0x0110, 3, 1}, six}, 1)))))
        .as("the count stops before the tag").isEqualTo(1);
    assertThat(Exif.orientation(jpeg(exif(tiff(true, 42, 8, new int[][] {{0x0110, 3, 1}}, 500)))))
        .as("a count past the end").isEqualTo(1);
    byte[] badOrder = tiff(true, six);
    badOrder[0] = 'X';
    assertThat(Exif.orientation(jpeg(exif(badOrder)))).isEqualTo(1);
    badOrder = tiff(true, six);
    badOrder[1] = 'M';
    assertThat(Exif.orientation(jpeg(exif(badOrder)))).as("IM").isEqualTo(1);
    badOrder = tiff(false, six);
    badOrder[1] = 'I';
    assertThat(Exif.orientation(jpeg(exif(badOrder)))).as("MI").isEqualTo(1);
  }

  @Test
  void theEdgesOfSegmentsAndEntriesAreInclusive() {
    byte[] six = exif(tiff(true, new int[] {0x0112, 3, 6}));
    byte[] empty = segment(0xE0, new byte[0], 2);
    assertThat(Exif.orientation(jpeg(empty, six))).as("after an empty segment").isEqualTo(6);
    // An IFD whose one entry ends exactly where the segment does (no next-IFD offset after it).
    byte[] tiff = tiff(false, new int[] {0x0112, 3, 3});
    byte[] payload = concat("Exif\0\0".getBytes(StandardCharsets.ISO_8859_1), Arrays.copyOf(tiff, tiff.length - 4));
    assertThat(Exif.orientation(jpeg(segment(0xE1, payload, payload.length + 2)))).isEqualTo(3);
    assertThat(Exif.orientation(concat(new byte[] {(byte) 0xFF, (byte) 0xD8}, segment(0xE1, payload, payload.length + 2))))
        .as("the segment is the last thing in the file").isEqualTo(3);
    // An IFD offset with its high half set points past any real segment, in both byte orders.
    for (boolean little : new boolean[] {true, false}) {
      assertThat(Exif.orientation(jpeg(exif(tiff(little, 42, 0x0001_0008L, new int[][] {{0x0112, 3, 6}}, 1)))))
          .as(little ? "II" : "MM").isEqualTo(1);
    }
  }

  @Test
  void everyCutOfAHeaderIsReadWithoutFailing() {
    byte[] whole = jpeg(JFIF, exif(tiff(false, new int[] {0x010F, 2, 0}, new int[] {0x0112, 3, 8})));
    // The orientation is read once its 12-byte entry is whole; the IFD's closing offset is not needed.
    int end = whole.length - SOS_AND_EOI.length - 4;
    for (int cut = 0; cut <= whole.length; cut++) {
      int o = Exif.orientation(Arrays.copyOf(whole, cut));
      assertThat(o).as("cut at %d", cut).isEqualTo(cut >= end ? 8 : 1);
    }
  }

  /** Where each corner of the stored image is displayed, per the EXIF meaning of each orientation. */
  @Test
  void transformsPutTheStoredTopLeftCornerWhereEachOrientationShowsIt() {
    int w = 40;
    int h = 30;
    double[][] topLeft = {null, {0, 0}, {w, 0}, {w, h}, {0, h}, {0, 0}, {h, 0}, {h, w}, {0, w}};
    double[][] topRight = {null, {w, 0}, {0, 0}, {0, h}, {w, h}, {0, w}, {h, w}, {h, 0}, {0, 0}};
    for (int o = 1; o <= 8; o++) {
      double[] m = Exif.transform(o, w, h);
      assertThat(apply(m, 0, 0)).as("orientation %d, top left", o).containsExactly(topLeft[o]);
      assertThat(apply(m, w, 0)).as("orientation %d, top right", o).containsExactly(topRight[o]);
      int dw = o >= 5 ? h : w;
      int dh = o >= 5 ? w : h;
      Set<List<Double>> corners = new HashSet<>();
      for (double[] c : new double[][] {{0, 0}, {w, 0}, {0, h}, {w, h}}) {
        double[] p = apply(m, c[0], c[1]);
        corners.add(List.of(p[0], p[1]));
      }
      assertThat(corners).as("orientation %d fills the displayed box", o).containsExactlyInAnyOrder(
          List.of(0.0, 0.0), List.of((double) dw, 0.0), List.of(0.0, (double) dh), List.of((double) dw, (double) dh));
    }
    assertThat(Exif.transform(0, w, h)).containsExactly(1, 0, 0, 0, 1, 0);
    assertThat(Exif.transform(9, w, h)).containsExactly(1, 0, 0, 0, 1, 0);
  }

  private static double[] apply(double[] m, double x, double y) {
    return new double[] {m[0] * x + m[1] * y + m[2], m[3] * x + m[4] * y + m[5]};
  }
}
