package io.github.wxshare.schema;

import io.github.wxshare.core.ShareRequestJson;
import io.github.wxshare.core.internal.BoundedRead;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * The published JSON Schema (draft 2020-12) of a share request, and the conformance vectors beside
 * it, as resources of this jar.
 *
 * <p>The schema accepts exactly the documents that {@code ShareRequestJson} in {@code wxshare-core}
 * accepts, except for two things a schema cannot see: a key given twice and the document size
 * bound. It uses one extra keyword, {@code x-maxUtf8Bytes} (the UTF-8 byte length of a string is at
 * most the keyword's value), which a validator must be taught; its standard {@code maxLength}
 * neighbour is the nearest approximation, never stricter. The same file is
 * {@code json-schema/share-mini-program-request.schema.json} in the repository, and
 * {@code wxshare schema} prints it.
 *
 * <pre>{@code
 * String schema = ShareRequestSchema.text();
 * }</pre>
 *
 * <p>Validators that ignore unknown keywords (networknt does, by default) also ignore
 * {@code x-maxUtf8Bytes} and then accept a {@code title} of 129 emoji: register the keyword
 * (Ajv's strict mode refuses to compile the schema until you do). In Java, reading requests with
 * {@code ShareRequestJson} from {@code wxshare-core} needs no schema at all.
 *
 * <p>The vectors are at {@link #VECTORS_DIRECTORY} (one file per field, listed in
 * {@link #VECTOR_FILES}); their {@code README.md} there tells another binding how to run them.
 */
public final class ShareRequestSchema {
  /** The schema's {@code $id}. */
  public static final String ID = "https://wxshare.github.io/schema/v1/share-mini-program-request.schema.json";

  /** The class-path resource of the schema. */
  public static final String RESOURCE = "/io/github/wxshare/schema/share-mini-program-request.schema.json";

  /** The class-path folder of the conformance vectors, their meta-schema and their README. */
  public static final String VECTORS_DIRECTORY = "/io/github/wxshare/schema/vectors/";

  /**
   * The vector files in {@link #VECTORS_DIRECTORY}, without their {@code .json} suffix: {@code
   * document}, then one per key of {@link ShareRequestJson#keys()}.
   */
  public static final List<String> VECTOR_FILES = vectorFiles();

  private ShareRequestSchema() {}

  private static List<String> vectorFiles() {
    List<String> files = new ArrayList<>();
    files.add("document");
    files.addAll(ShareRequestJson.keys());
    return Collections.unmodifiableList(files);
  }

  /** The schema as UTF-8 bytes, exactly as published. */
  public static byte[] bytes() {
    return read(RESOURCE);
  }

  /** The schema as text. */
  public static String text() {
    return new String(bytes(), StandardCharsets.UTF_8);
  }

  /** One vector file's text, by its name in {@link #VECTOR_FILES}. */
  public static String vectors(String file) {
    if (!VECTOR_FILES.contains(file)) {
      throw new IllegalArgumentException("no vector file " + file + "; the files are " + VECTOR_FILES);
    }
    return new String(read(VECTORS_DIRECTORY + file + ".json"), StandardCharsets.UTF_8);
  }

  private static byte[] read(String resource) {
    try (InputStream in = ShareRequestSchema.class.getResourceAsStream(resource)) {
      if (in == null) {
        throw new IllegalStateException(resource + " is missing from the class path: the wxshare-json-schema jar is incomplete");
      }
      byte[] bytes = BoundedRead.bytes(in, 1 << 24);
      if (bytes == null) {
        throw new IllegalStateException(resource + " is over 16 MiB: the wxshare-json-schema jar is damaged");
      }
      return bytes;
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + resource, e);
    }
  }
}
