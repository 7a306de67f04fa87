package io.github.wxshare.android;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;

/**
 * A reader of Android's compiled XML (the {@code AndroidManifest.xml} inside an APK, as {@code
 * aapt2} writes it): its string pool, resource map and element chunks. It passes each element's
 * name and its {@code android:} attributes, as strings, to a {@link Handler}. An
 * attribute is known by its resource id when the document maps one (as the platform reads it, so a
 * shrinker that renames attribute strings changes nothing), else by its name. Every offset is
 * checked; a malformed document throws {@link IllegalArgumentException}.
 */
final class BinaryXml {
  private static final int RES_XML_TYPE = 0x0003;
  private static final int RES_STRING_POOL_TYPE = 0x0001;
  private static final int RES_XML_RESOURCE_MAP_TYPE = 0x0180;
  private static final int RES_XML_START_ELEMENT_TYPE = 0x0102;
  private static final int RES_XML_END_ELEMENT_TYPE = 0x0103;
  private static final int UTF8_FLAG = 1 << 8;
  private static final int NO_ENTRY = 0xFFFFFFFF;
  private static final int TYPE_STRING = 0x03;
  private static final int TYPE_INT_DEC = 0x10;
  private static final int TYPE_INT_BOOLEAN = 0x12;

  /** The platform's ids of the attributes the check reads ({@code android.R.attr}). */
  private static final Map<Integer, String> ATTRIBUTE_IDS = new HashMap<>();

  static {
    ATTRIBUTE_IDS.put(0x01010003, "name");
    ATTRIBUTE_IDS.put(0x01010010, "exported");
    ATTRIBUTE_IDS.put(0x01010202, "targetActivity");
  }

  private BinaryXml() {}

  /** What a reader passes on. */
  interface Handler {
    /** An element opens; {@code attributes} are its {@code android:} attributes by local name. */
    void start(String name, Map<String, String> attributes);

    /** The innermost open element closes. */
    void end();
  }

  static void read(byte[] bytes, Handler out) {
    ByteBuffer b = ByteBuffer.wrap(bytes).order(ByteOrder.LITTLE_ENDIAN);
    require(bytes.length >= 8 && (b.getShort(0) & 0xFFFF) == RES_XML_TYPE, "not a compiled XML document");
    int end = Math.min(bytes.length, b.getInt(4));
    String[] strings = new String[0];
    int[] ids = new int[0];
    int chunk = b.getShort(2) & 0xFFFF;
    while (chunk + 8 <= end) {
      int type = b.getShort(chunk) & 0xFFFF;
      int headerSize = b.getShort(chunk + 2) & 0xFFFF;
      int size = b.getInt(chunk + 4);
      require(size >= 8 && size <= end - chunk && headerSize <= size, "a chunk out of bounds");
      if (type == RES_STRING_POOL_TYPE) {
        strings = strings(b, chunk, size);
      } else if (type == RES_XML_RESOURCE_MAP_TYPE) {
        ids = new int[(size - headerSize) / 4];
        for (int i = 0; i < ids.length; i++) {
          ids[i] = b.getInt(chunk + headerSize + 4 * i);
        }
      } else if (type == RES_XML_START_ELEMENT_TYPE) {
        require(size >= 36, "a short element");
        int ext = chunk + headerSize;
        String name = string(strings, b.getInt(ext + 4));
        int attributeStart = b.getShort(ext + 8) & 0xFFFF;
        int attributeSize = b.getShort(ext + 10) & 0xFFFF;
        int count = b.getShort(ext + 12) & 0xFFFF;
        require(attributeSize >= 20 && ext + attributeStart + (long) count * attributeSize <= chunk + size,
            "attributes out of bounds");
        Map<String, String> attributes = new HashMap<>();
        for (int i = 0; i < count; i++) {
          int a = ext + attributeStart + i * attributeSize;
          int nameIndex = b.getInt(a + 4);
          String ns = b.getInt(a) == NO_ENTRY ? null : string(strings, b.getInt(a));
          String known = nameIndex >= 0 && nameIndex < ids.length ? ATTRIBUTE_IDS.get(ids[nameIndex]) : null;
          if (known == null && !AppManifest.ANDROID.equals(ns)) {
            continue;
          }
          attributes.put(known != null ? known : string(strings, nameIndex), value(b, a, strings));
        }
        out.start(name, attributes);
      } else if (type == RES_XML_END_ELEMENT_TYPE) {
        out.end();
      }
      chunk += size;
    }
  }

  private static String value(ByteBuffer b, int attribute, String[] strings) {
    int raw = b.getInt(attribute + 8);
    if (raw != NO_ENTRY) {
      return string(strings, raw);
    }
    int dataType = b.get(attribute + 15) & 0xFF;
    int data = b.getInt(attribute + 16);
    switch (dataType) {
      case TYPE_STRING:
        return string(strings, data);
      case TYPE_INT_BOOLEAN:
        return data != 0 ? "true" : "false";
      case TYPE_INT_DEC:
        return String.valueOf(data);
      default:
        return "@0x" + Integer.toHexString(data); // a reference or another typed value
    }
  }

  private static String[] strings(ByteBuffer b, int chunk, int size) {
    int count = b.getInt(chunk + 8);
    int flags = b.getInt(chunk + 16);
    int stringsStart = b.getInt(chunk + 20);
    int headerSize = b.getShort(chunk + 2) & 0xFFFF;
    require(count >= 0 && count <= (size - headerSize) / 4 && stringsStart >= 0 && stringsStart <= size,
        "a string pool out of bounds");
    boolean utf8 = (flags & UTF8_FLAG) != 0;
    String[] out = new String[count];
    for (int i = 0; i < count; i++) {
      int at = chunk + stringsStart + b.getInt(chunk + headerSize + 4 * i);
      require(at >= chunk && at < chunk + size, "a string out of bounds");
      out[i] = utf8 ? utf8(b, at, chunk + size) : utf16(b, at, chunk + size);
    }
    return out;
  }

  private static String utf8(ByteBuffer b, int at, int limit) {
    int p = at;
    p += (b.get(p) & 0x80) != 0 ? 2 : 1; // the length in UTF-16 units, skipped
    int length = b.get(p) & 0xFF;
    if ((length & 0x80) != 0) {
      length = ((length & 0x7F) << 8) | (b.get(p + 1) & 0xFF);
      p += 2;
    } else {
      p += 1;
    }
    require(p + length <= limit, "a string out of bounds");
    byte[] bytes = new byte[length];
    for (int i = 0; i < length; i++) {
      bytes[i] = b.get(p + i);
    }
    return new String(bytes, StandardCharsets.UTF_8);
  }

  private static String utf16(ByteBuffer b, int at, int limit) {
    int p = at;
    int length = b.getShort(p) & 0xFFFF;
    if ((length & 0x8000) != 0) {
      length = ((length & 0x7FFF) << 16) | (b.getShort(p + 2) & 0xFFFF);
      p += 4;
    } else {
      p += 2;
    }
    require(length >= 0 && p + 2L * length <= limit, "a string out of bounds");
    char[] chars = new char[length];
    for (int i = 0; i < length; i++) {
      chars[i] = b.getChar(p + 2 * i);
    }
    return new String(chars);
  }

  private static String string(String[] strings, int index) {
    require(index >= 0 && index < strings.length, "a string index out of bounds");
    return strings[index];
  }

  private static void require(boolean condition, String what) {
    if (!condition) {
      throw new IllegalArgumentException("compiled XML: " + what);
    }
  }
}
