package io.github.wxshare.core.internal;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import java.io.IOException;
import java.io.UncheckedIOException;
import org.jspecify.annotations.Nullable;

/**
 * The one comparison of wxshare's reader with Jackson's in strict mode (its defaults: no comments,
 * no single quotes, no trailing commas, no leading zeros, no NaN), shared by the JSON test suite,
 * the differential test over every vector and the differential fuzz target.
 *
 * <p>For any well-formed UTF-8 input (the codec refuses the rest before reading), the two agree on
 * the verdict (a JSON text or not, a bound counting as "not"), and where both refuse, Jackson's place
 * lies within the token at which wxshare's reader names the first mistake: not before the token
 * (Jackson did not find an earlier mistake) and not past its end (Jackson did not skip it).
 *
 * <p>One divergence is RFC 8259's and documented (docs/decisions.md): Jackson refuses a key with a
 * lone-surrogate escape ({@code "\}{@code ud800"}), which RFC 8259 allows in every string and wxshare
 * reads; where Jackson stops at such a key, what follows is not compared (found by fuzzing).
 */
public final class ReaderAgreement {
  private static final JsonFactory STRICT = new JsonFactory();

  /** How one reader judged an input: accepted, or refused at a byte offset (-1 when a bound was passed). */
  public static final class Verdict {
    public final boolean accepted;
    public final long offset;
    public final boolean bound;
    public final String detail;

    Verdict(boolean accepted, long offset, boolean bound, String detail) {
      this.accepted = accepted;
      this.offset = offset;
      this.bound = bound;
      this.detail = detail;
    }

    @Override
    public String toString() {
      return accepted ? "accepted" : (bound ? "bound " : "refused at " + offset + ": ") + detail;
    }
  }

  private ReaderAgreement() {}

  /** True when the codec reads {@code b} with its grammar: UTF-8, well-formed, not UTF-16 or UTF-32. */
  public static boolean comparable(byte[] b) {
    return !(b.length >= 2 && (b[0] == 0 || b[1] == 0 || (b[0] == (byte) 0xFE && b[1] == (byte) 0xFF)
        || (b[0] == (byte) 0xFF && b[1] == (byte) 0xFE))) && Utf8.malformedAt(b) < 0;
  }

  /** wxshare's reader on every token of {@code b} (after a byte order mark). */
  public static Verdict ours(byte[] b) {
    JsonReader r = new JsonReader(b, bom(b), false);
    try {
      while (r.next() != JsonReader.Token.END_DOCUMENT) {
        // every token read and checked
      }
      return new Verdict(true, -1, false, "");
    } catch (JsonReader.Malformed m) {
      return new Verdict(false, m.offset, m.bound != null, m.kind != null ? m.kind + " " + m.found : String.valueOf(m.bound));
    }
  }

  /** Jackson, strict, on every token of {@code b}: exactly one root value. */
  public static Verdict jackson(byte[] b) {
    try (JsonParser p = STRICT.createParser(b)) {
      int depth = 0;
      JsonToken t = p.nextToken();
      if (t == null) {
        return new Verdict(false, b.length, false, "empty");
      }
      while (true) {
        if (t == JsonToken.START_OBJECT || t == JsonToken.START_ARRAY) {
          depth++;
        } else if (t == JsonToken.END_OBJECT || t == JsonToken.END_ARRAY) {
          depth--;
        }
        if (t == JsonToken.VALUE_STRING || t == JsonToken.FIELD_NAME) {
          p.getTextLength(); // decode it: Jackson checks a string's escapes when it reads it
        }
        if (depth == 0) {
          break;
        }
        t = p.nextToken();
        if (t == null) {
          return new Verdict(false, b.length, false, "end of input");
        }
      }
      JsonToken next = p.nextToken();
      if (next != null) {
        return new Verdict(false, p.currentTokenLocation().getByteOffset(), false, "a second root value");
      }
      return new Verdict(true, -1, false, "");
    } catch (StreamConstraintsException e) {
      return new Verdict(false, -1, true, e.getOriginalMessage());
    } catch (JsonProcessingException e) {
      long at = e.getLocation() == null ? -1 : e.getLocation().getByteOffset();
      return new Verdict(false, at, false, e.getOriginalMessage());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * Asserts that the two readers agree on {@code b} (nothing is asserted for input the codec refuses
   * before reading); returns wxshare's verdict, or null for such input.
   */
  public static @Nullable Verdict check(byte[] b) {
    if (!comparable(b)) {
      return null;
    }
    Verdict ours = ours(b);
    Verdict theirs = jackson(b);
    String shown = b.length > 200 ? new String(b, 0, 200, java.nio.charset.StandardCharsets.UTF_8) + "..."
        : new String(b, java.nio.charset.StandardCharsets.UTF_8);
    if (!theirs.accepted && theirs.detail.contains("surrogate")) {
      return ours; // Jackson stopped at a key RFC 8259 allows (see the class comment): nothing to compare after it
    }
    assertThat(ours.accepted).as("verdict on %s: ours %s, Jackson's %s", shown, ours, theirs).isEqualTo(theirs.accepted);
    // An empty document has no place but the whole; every other mistake has one.
    if (!ours.accepted && !ours.bound && !theirs.bound && !ours.detail.startsWith(JsonReader.EMPTY + " ")) {
      assertThat(theirs.offset).as("Jackson's place on %s: ours %s, Jackson's %s", shown, ours, theirs)
          .isBetween((long) tokenStart(b, (int) ours.offset), tokenEnd(b, (int) ours.offset) + 1L);
    }
    return ours;
  }

  /**
   * Where the token that {@code at} is in starts: Jackson reads {@code null} followed by a character
   * Java counts as part of an identifier (such as U+007F) as one unknown token and names its start,
   * where wxshare's reader names the character after the literal.
   */
  static int tokenStart(byte[] b, int at) {
    int i = Math.min(at, b.length);
    while (i > 0 && " \t\r\n,:[]{}\"".indexOf(b[i - 1]) < 0) {
      i--;
    }
    return i;
  }

  /** Where the token at {@code at} ends: a string's closing quote (or the end), else the next separator. */
  static int tokenEnd(byte[] b, int at) {
    int i = at;
    if (i < b.length && b[i] == '"') {
      i++;
      while (i < b.length && b[i] != '"') {
        i += b[i] == '\\' ? 2 : 1;
      }
      return Math.min(b.length, i + 1);
    }
    if (i < b.length && b[i] == '\\') {
      return Math.min(b.length, i + 6);
    }
    while (i < b.length && " \t\r\n,:[]{}\"".indexOf(b[i]) < 0) {
      i++;
    }
    return Math.max(i, Math.min(b.length, at + 1));
  }

  private static int bom(byte[] b) {
    return b.length >= 3 && b[0] == (byte) 0xEF && b[1] == (byte) 0xBB && b[2] == (byte) 0xBF ? 3 : 0;
  }
}
