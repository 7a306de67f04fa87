package io.github.wxshare.core.internal;

import io.github.wxshare.core.ParsedShareRequest;
import io.github.wxshare.core.ShareRequestJson;
import java.io.IOException;
import org.jspecify.annotations.Nullable;

/**
 * A value that another parser (a Jackson 2 or Jackson 3 mapper's) is reading, read by
 * {@code ShareRequestJson} itself: the tokens are copied into JSON text ({@link JsonWriter}) as they come (numbers as
 * written, keys in order, duplicates kept), and the copy stops as soon as the value's extent in the
 * source passes the codec's bound, so no more than the bound is ever held: a key or a string is
 * measured in the parser's own buffer before it is copied, so a 10 MB string costs what the parser
 * spends on it and nothing more. Each Jackson module adapts its parser to the five methods; the
 * loop, the bound and the skip are here, once.
 *
 * <p>The copy writes as deep as the mapper read (a mapper may allow more than the codec's 1,000
 * levels): the codec itself then refuses what is too deep, with its own violation.
 */
public abstract class TokenCopy {
  /** The kinds of token a JSON value is made of. */
  public enum Kind { START_OBJECT, END_OBJECT, START_ARRAY, END_ARRAY, NAME, STRING, NUMBER, TRUE, FALSE, NULL, OTHER }

  /** The kind of the parser's current token, or null at the end of the input. */
  protected abstract @Nullable Kind current();

  /** Moves to the next token and returns its kind, or null at the end of the input. */
  protected abstract @Nullable Kind advance() throws IOException;

  /** The current token's text: the name, the string's value, or the number as written. */
  protected abstract String text() throws IOException;

  /**
   * The length in UTF-16 units of the current name or string, measured in the parser's own buffer
   * without making a {@code String} of it.
   */
  protected abstract int textLength() throws IOException;

  /** Where the current token starts in the source, in bytes (or characters for a text source); -1 if unknown. */
  protected abstract long offset();

  /** Reads the value that starts at the current token through {@code codec}; the parser ends on its last token. */
  public final ParsedShareRequest read(ShareRequestJson codec) throws IOException {
    long limit = codec.maxDocumentBytes();
    long start = offset();
    JsonWriter copy = JsonWriter.create();
    int depth = 0;
    for (Kind t = current(); t != null; t = advance()) {
      long at = offset(); // where this token starts: the value reaches at least at + 1 - start bytes
      // A name or a string reaches its length further (UTF-16 units: never more than its bytes).
      long reach = t == Kind.NAME || t == Kind.STRING ? textLength() : 0;
      if ((start >= 0 && at >= 0 && at - start + reach >= limit) || copy.size() + reach > limit) {
        skip(depth);
        return codec.tooLarge().withoutPlaces();
      }
      switch (t) {
        case START_OBJECT: copy.beginObject(); depth++; break;
        case END_OBJECT: copy.endObject(); depth--; break;
        case START_ARRAY: copy.beginArray(); depth++; break;
        case END_ARRAY: copy.endArray(); depth--; break;
        case NAME: copy.name(text()); break;
        case STRING: copy.value(text()); break;
        case NUMBER: copy.raw(text()); break;
        case TRUE: copy.value(true); break;
        case FALSE: copy.value(false); break;
        case NULL: copy.nullValue(); break;
        case OTHER:
        default:
          // An embedded object (from a token buffer): no JSON value stands for it.
          copy.value(text());
      }
      if (depth == 0) {
        break;
      }
    }
    // The codec measures the finished copy against the bound too. Places would count in the copy,
    // not in the mapper's source: they are left out.
    return codec.read(copy.toByteArray()).withoutPlaces();
  }

  /** Reads to the end of the value without keeping it (the parser skips strings, it does not decode them). */
  private void skip(int depth) throws IOException {
    int open = depth;
    while (open > 0) {
      Kind t = advance();
      if (t == null) {
        return;
      }
      if (t == Kind.START_OBJECT || t == Kind.START_ARRAY) {
        open++;
      } else if (t == Kind.END_OBJECT || t == Kind.END_ARRAY) {
        open--;
      }
    }
  }
}
