package io.github.wxshare.android;

import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Writes Android's compiled XML as the platform's ResXMLTree format lays it out (chunk headers,
 * a string pool in UTF-8 or UTF-16, a resource map, namespace and element chunks, typed attribute
 * values), for tests of {@link BinaryXml} on the JVM. {@code BinaryXmlTest} checks the reader
 * against Android's own parser on a document the platform build compiled.
 */
final class CompiledXml {
  static final String ANDROID = AppManifest.ANDROID;
  static final int TYPE_REFERENCE = 0x01;
  static final int TYPE_STRING = 0x03;
  static final int TYPE_INT_DEC = 0x10;
  static final int TYPE_INT_BOOLEAN = 0x12;

  private final boolean utf8;
  private final Map<String, Integer> ids = new LinkedHashMap<>(); // attribute name -> resource id, first in the pool
  private final List<String> strings = new ArrayList<>();
  private final ByteArrayOutputStream body = new ByteArrayOutputStream();

  CompiledXml(boolean utf8) {
    this.utf8 = utf8;
  }

  /** An attribute name that the resource map gives {@code id} (as aapt2 does for android: attributes). */
  CompiledXml mapped(String name, int id) {
    ids.put(name, id);
    index(name);
    return this;
  }

  int index(String s) {
    int i = strings.indexOf(s);
    if (i < 0) {
      strings.add(s);
      i = strings.size() - 1;
    }
    return i;
  }

  /** One attribute: namespace (null for none), name, raw string (null for none), type and data. */
  record Attr(String ns, String name, String raw, int type, int data) {
    static Attr string(String ns, String name, String value) {
      return new Attr(ns, name, value, TYPE_STRING, -1);
    }

    static Attr typed(String ns, String name, int type, int data) {
      return new Attr(ns, name, null, type, data);
    }
  }

  CompiledXml start(String name, Attr... attrs) {
    ByteBuffer b = ByteBuffer.allocate(36 + 20 * attrs.length).order(ByteOrder.LITTLE_ENDIAN);
    b.putShort((short) 0x0102).putShort((short) 16).putInt(36 + 20 * attrs.length).putInt(1).putInt(-1);
    b.putInt(-1).putInt(index(name)).putShort((short) 20).putShort((short) 20).putShort((short) attrs.length)
        .putShort((short) 0).putShort((short) 0).putShort((short) 0);
    for (Attr a : attrs) {
      int raw = a.raw == null ? -1 : index(a.raw);
      b.putInt(a.ns == null ? -1 : index(a.ns)).putInt(index(a.name)).putInt(raw)
          .putShort((short) 8).put((byte) 0).put((byte) a.type).putInt(a.type == TYPE_STRING && a.raw != null ? raw : a.data);
    }
    body.writeBytes(b.array());
    return this;
  }

  CompiledXml end(String name) {
    ByteBuffer b = ByteBuffer.allocate(24).order(ByteOrder.LITTLE_ENDIAN);
    b.putShort((short) 0x0103).putShort((short) 16).putInt(24).putInt(1).putInt(-1).putInt(-1).putInt(index(name));
    body.writeBytes(b.array());
    return this;
  }

  byte[] bytes() {
    byte[] pool = pool();
    ByteBuffer map = ByteBuffer.allocate(8 + 4 * ids.size()).order(ByteOrder.LITTLE_ENDIAN);
    map.putShort((short) 0x0180).putShort((short) 8).putInt(8 + 4 * ids.size());
    ids.values().forEach(map::putInt);
    byte[] elements = body.toByteArray();
    int size = 8 + pool.length + map.capacity() + elements.length;
    ByteBuffer out = ByteBuffer.allocate(size).order(ByteOrder.LITTLE_ENDIAN);
    out.putShort((short) 0x0003).putShort((short) 8).putInt(size).put(pool).put(map.array()).put(elements);
    return out.array();
  }

  private byte[] pool() {
    ByteArrayOutputStream data = new ByteArrayOutputStream();
    int[] offsets = new int[strings.size()];
    for (int i = 0; i < offsets.length; i++) {
      offsets[i] = data.size();
      String s = strings.get(i);
      if (utf8) {
        byte[] bytes = s.getBytes(StandardCharsets.UTF_8);
        length8(data, s.length());
        length8(data, bytes.length);
        data.writeBytes(bytes);
        data.write(0);
      } else {
        if (s.length() > 0x7FFF) {
          data.write(((s.length() >> 16) & 0xFF)); // high bit set below
          data.write(((s.length() >> 24) & 0x7F) | 0x80);
          data.write(s.length() & 0xFF);
          data.write((s.length() >> 8) & 0xFF);
        } else {
          data.write(s.length() & 0xFF);
          data.write((s.length() >> 8) & 0xFF);
        }
        for (char c : s.toCharArray()) {
          data.write(c & 0xFF);
          data.write(c >> 8);
        }
        data.write(0);
        data.write(0);
      }
    }
    while (data.size() % 4 != 0) {
      data.write(0);
    }
    int header = 28;
    int stringsStart = header + 4 * offsets.length;
    ByteBuffer b = ByteBuffer.allocate(stringsStart + data.size()).order(ByteOrder.LITTLE_ENDIAN);
    b.putShort((short) 0x0001).putShort((short) header).putInt(stringsStart + data.size()).putInt(offsets.length)
        .putInt(0).putInt(utf8 ? 1 << 8 : 0).putInt(stringsStart).putInt(0);
    for (int o : offsets) {
      b.putInt(o);
    }
    b.put(data.toByteArray());
    return b.array();
  }

  private static void length8(ByteArrayOutputStream out, int n) {
    if (n > 0x7F) {
      out.write(((n >> 8) & 0x7F) | 0x80);
    }
    out.write(n & 0xFF);
  }
}
