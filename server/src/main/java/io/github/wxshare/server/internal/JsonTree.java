package io.github.wxshare.server.internal;

import io.github.wxshare.core.internal.JsonReader;
import io.github.wxshare.core.internal.JsonReader.Token;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * A JSON object read whole with core's strict reader (RFC 8259, well-formed UTF-8, its depth and
 * length bounds): strings, {@code Long} or {@code BigDecimal} numbers, booleans, null, maps and
 * lists. A number no {@code BigDecimal} holds (an exponent beyond {@code int}) is refused. A key given twice anywhere is refused: two readers of the same text must not see two
 * different values.
 */
public final class JsonTree {
  /** Not one JSON object, or a key given twice. */
  public static final class Refused extends Exception {
    private static final long serialVersionUID = 1L;

    Refused() {
      super(null, null, false, false);
    }
  }

  private JsonTree() {}

  /** The object {@code utf8} holds, or {@link Refused}. */
  public static Map<String, @Nullable Object> object(byte[] utf8) throws Refused {
    try {
      JsonReader r = new JsonReader(utf8, 0, false);
      if (r.next() != Token.BEGIN_OBJECT) {
        throw new Refused();
      }
      Map<String, @Nullable Object> out = object(r);
      r.end();
      return out;
    } catch (JsonReader.Malformed e) {
      throw new Refused();
    }
  }

  private static Map<String, @Nullable Object> object(JsonReader r) throws JsonReader.Malformed, Refused {
    Map<String, @Nullable Object> out = new LinkedHashMap<>();
    Token t;
    while ((t = r.next()) == Token.NAME) {
      String key = r.string();
      if (out.containsKey(key)) {
        throw new Refused();
      }
      out.put(key, value(r, r.next()));
    }
    if (t != Token.END_OBJECT) {
      throw new Refused();
    }
    return out;
  }

  private static @Nullable Object value(JsonReader r, Token t) throws JsonReader.Malformed, Refused {
    switch (t) {
      case BEGIN_OBJECT:
        return object(r);
      case BEGIN_ARRAY: {
        List<@Nullable Object> list = new ArrayList<>();
        Token item;
        while ((item = r.next()) != Token.END_ARRAY) {
          list.add(value(r, item));
        }
        return list;
      }
      case STRING:
        return r.string();
      case NUMBER: {
        BigDecimal d;
        try {
          d = new BigDecimal(r.text());
        } catch (NumberFormatException beyondBigDecimal) {
          throw new Refused(); // 1e9999999999: JSON, but no decimal type holds it
        }
        try {
          return r.fraction() ? d : Long.valueOf(d.longValueExact());
        } catch (ArithmeticException beyondLong) {
          return d;
        }
      }
      case TRUE:
        return Boolean.TRUE;
      case FALSE:
        return Boolean.FALSE;
      case NULL:
        return null;
      default:
        throw new Refused();
    }
  }
}
