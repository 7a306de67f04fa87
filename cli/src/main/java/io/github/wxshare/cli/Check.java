package io.github.wxshare.cli;

import io.github.wxshare.core.ParsedShareRequest;
import io.github.wxshare.core.ShareRequestJson;
import io.github.wxshare.core.Violation;
import io.github.wxshare.core.internal.Display;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.LinkOption;
import java.nio.file.NoSuchFileException;
import java.nio.file.OpenOption;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Deque;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.jspecify.annotations.Nullable;

/**
 * One {@code wxshare check} run: lists the documents, reads each (bounded), judges it with the
 * codec, and reports in the chosen format, in the order the documents were named. A batch of
 * {@link #PARALLEL_FROM} documents or more is judged on two threads, in chunks written out in order.
 */
final class Check {
  /** From this many documents on, a batch uses a second thread (measured: below it, the thread costs more than it saves). */
  static final int PARALLEL_FROM = 2048;
  private static final int CHUNK = 256;

  private final CheckOptions options;
  /** One codec for the run; and what it answers for a document over --max-bytes. */
  private final ShareRequestJson codec;
  private final List<Violation> overBound;
  private final InputStream in;
  private final PrintStream out;
  private final PrintStream err;

  Check(CheckOptions options, InputStream in, PrintStream out, PrintStream err) {
    this.options = options;
    this.codec = ShareRequestJson.withMaxDocumentBytes(options.maxBytes);
    this.overBound = codec.tooLarge().violations();
    this.in = in;
    this.out = out;
    this.err = err;
  }

  /** What a chunk of documents gave: its report bytes, its standard-error lines and its counts. */
  static final class Chunk {
    final ByteArrayOutputStream report = new ByteArrayOutputStream(8192);
    final StringBuilder errors = new StringBuilder();
    int valid;
    int invalid;
    int unreadable;
    int skipped;
  }

  int run() throws IOException {
    Walk walk = new Walk(options.files, options.followLinks);
    Reports.Report report = Reports.of(options.format, options.lang, codec);
    Chunk total = new Chunk();
    // The first PARALLEL_FROM items decide: a batch that ends before them is judged on this thread.
    List<Walk.Item> first = new ArrayList<>();
    while (first.size() < PARALLEL_FROM && walk.hasNext(options.allowEmpty)) {
      first.add(walk.next());
    }
    String empty = walk.empty();
    if (empty != null) {
      // Found before anything was said (the usual case): a usage error, and no report, but what the
      // walk skipped is still said (a directory holding only links is "empty" because of them).
      // Found later in a larger batch, it ends the run after what was judged, with the same sentence.
      for (Walk.Item item : first) {
        if (item.skipped != null) {
          err.print(note(item));
        }
      }
      err.println(Texts.of(options.lang, "noDocuments", "arg", Display.printable(empty)));
      return 2;
    }
    report.begin(out);
    if (first.size() < PARALLEL_FROM || Runtime.getRuntime().availableProcessors() < 2) {
      Chunk chunk = new Chunk();
      for (Walk.Item item : first) {
        judgeAndFlush(item, report, chunk, total);
      }
      while (walk.hasNext(options.allowEmpty)) {
        judgeAndFlush(walk.next(), report, chunk, total);
      }
      flush(chunk, report, total);
    } else {
      inParallel(first, walk, report, total);
    }
    report.end(out, total);
    out.flush();
    int files = total.valid + total.invalid + total.unreadable;
    if (files + total.skipped > 1
        && (options.format == CheckOptions.Format.text || options.format == CheckOptions.Format.github)) {
      String summary = total.unreadable > 0
          ? Texts.of(options.lang, "summary.unreadable", "files", files, "valid", total.valid, "invalid", total.invalid,
              "unreadable", total.unreadable)
          : Texts.of(options.lang, "summary", "files", files, "valid", total.valid, "invalid", total.invalid);
      err.println(total.skipped == 0 ? summary : summary + Texts.of(options.lang, "summary.skipped", "skipped", total.skipped));
    }
    empty = walk.empty();
    if (empty != null) {
      err.println(Texts.of(options.lang, "noDocuments", "arg", Display.printable(empty)));
      return 2;
    }
    return total.unreadable > 0 ? 2 : total.invalid > 0 ? 1 : 0;
  }

  /** Judges one item into {@code chunk}, and writes the chunk out once it holds 64 KiB, so a long run shows progress. */
  private void judgeAndFlush(Walk.Item item, Reports.Report report, Chunk chunk, Chunk total) throws IOException {
    judge(item, report, chunk);
    if (chunk.report.size() >= 1 << 16 || chunk.errors.length() >= 1 << 12) {
      flush(chunk, report, total);
    }
  }

  private void inParallel(List<Walk.Item> first, Walk walk, Reports.Report report, Chunk total)
      throws IOException {
    int threads = Math.min(4, Runtime.getRuntime().availableProcessors());
    ExecutorService pool = Executors.newFixedThreadPool(threads, r -> {
      Thread t = new Thread(r, "wxshare-check");
      t.setDaemon(true);
      return t;
    });
    try {
      Deque<Future<Chunk>> pending = new ArrayDeque<>();
      int next = 0;
      boolean more = true;
      while (more || !pending.isEmpty()) {
        while (more && pending.size() < threads * 4) {
          List<Walk.Item> part = new ArrayList<>(CHUNK);
          while (part.size() < CHUNK && next < first.size()) {
            part.add(first.get(next++));
          }
          while (part.size() < CHUNK && walk.hasNext(options.allowEmpty)) {
            part.add(walk.next());
          }
          more = part.size() == CHUNK;
          if (part.isEmpty()) {
            break;
          }
          pending.add(pool.submit(() -> {
            Chunk chunk = new Chunk();
            for (Walk.Item item : part) {
              judge(item, report, chunk);
            }
            return chunk;
          }));
        }
        if (pending.isEmpty()) {
          break;
        }
        Chunk chunk;
        try {
          chunk = pending.removeFirst().get();
        } catch (InterruptedException e) {
          Thread.currentThread().interrupt();
          throw new IOException("interrupted", e);
        } catch (ExecutionException e) {
          Throwable cause = e.getCause();
          if (cause instanceof IOException) {
            throw (IOException) cause;
          }
          if (cause instanceof RuntimeException) {
            throw (RuntimeException) cause;
          }
          throw new IllegalStateException(cause);
        }
        flush(chunk, report, total);
      }
    } finally {
      pool.shutdownNow();
    }
  }

  private void flush(Chunk chunk, Reports.Report report, Chunk total) {
    report.write(out, chunk.report);
    chunk.report.reset();
    out.flush(); // as the walk goes: a long run shows its progress
    if (chunk.errors.length() > 0) {
      err.print(chunk.errors);
      chunk.errors.setLength(0);
    }
    total.valid += chunk.valid;
    total.invalid += chunk.invalid;
    total.unreadable += chunk.unreadable;
    total.skipped += chunk.skipped;
    chunk.valid = 0;
    chunk.invalid = 0;
    chunk.unreadable = 0;
    chunk.skipped = 0;
  }

  /** Judges one item into {@code chunk}: a document, an entry the walk did not visit, or one it could not. */
  private void judge(Walk.Item item, Reports.Report report, Chunk chunk) throws IOException {
    if (item.skipped != null) {
      chunk.skipped++;
      chunk.errors.append(note(item));
      report.skipped(chunk.report, item.name, reason(item.skipped));
      return;
    }
    ParsedShareRequest parsed;
    long size = item.size; // known for a regular file
    Path path = item.path();
    try {
      if (item.unreadable != null) {
        throw item.unreadable;
      }
      if (item.stdin()) {
        parsed = codec.read(in); // bounded: at most the bound + 1 bytes are read
      } else if (path == null) {
        throw new NoSuchFileException(item.name);
      } else {
        if (size < 0) {
          BasicFileAttributes attributes = Files.readAttributes(path, BasicFileAttributes.class);
          size = attributes.isRegularFile() ? attributes.size() : -1;
        }
        if (size > options.maxBytes) {
          parsed = codec.tooLarge(); // not read at all
        } else if (size > 0) {
          parsed = codec.read(readExactly(path, (int) size, item.listed));
        } else {
          // A pipe or a device (a named <(cmd), /dev/stdin), or a file that says it is empty: read
          // as a stream, up to the bound.
          try (InputStream stream = Files.newInputStream(path, openOptions(item.listed))) {
            parsed = codec.read(stream);
          }
        }
      }
    } catch (IOException | InvalidPathException | SecurityException e) {
      chunk.unreadable++;
      String reason = reason(e, path);
      chunk.errors.append(Texts.of(options.lang, "cannotRead", "file", Display.printable(item.name), "reason", reason))
          .append(System.lineSeparator());
      report.unreadable(chunk.report, item.name, reason);
      return;
    }
    if (parsed.isValid()) {
      chunk.valid++;
    } else {
      chunk.invalid++;
    }
    String tooLarge = null;
    if (!parsed.isValid() && parsed.violations().equals(overBound)) {
      // Over --max-bytes (not a parser limit, which has the same code): say by how much, and the option.
      tooLarge = size > options.maxBytes
          ? Texts.of(options.lang, "tooLarge", "size", size, "max", options.maxBytes)
          : Texts.of(options.lang, "tooLarge.stream", "max", options.maxBytes);
    }
    report.document(chunk.report, item.stdin() ? "<stdin>" : item.name, parsed, tooLarge);
  }

  /** Why the walk did not visit an entry: a sentence's key and its parameters, in the run's language. */
  private String reason(String[] skipped) {
    Object[] parameters = new Object[skipped.length - 1];
    for (int i = 1; i < skipped.length; i++) {
      parameters[i - 1] = i % 2 == 0 ? Display.printable(skipped[i]) : skipped[i];
    }
    return Texts.of(options.lang, skipped[0], parameters);
  }

  /** The standard-error line for an entry the walk did not visit. */
  private String note(Walk.Item item) {
    return Texts.of(options.lang, "skipped", "file", Display.printable(item.name), "reason",
        reason(Objects.requireNonNull(item.skipped))) + System.lineSeparator();
  }

  /** A file the walk found as a regular file is opened as one: a link put in its place since is not followed. */
  private static OpenOption[] openOptions(boolean listed) {
    return listed ? new OpenOption[] {StandardOpenOption.READ, LinkOption.NOFOLLOW_LINKS}
        : new OpenOption[] {StandardOpenOption.READ};
  }

  /**
   * A regular file of {@code size} bytes (from the stat every document gets), in one read into one
   * array; a file that shrank since is cut at its end.
   */
  private static byte[] readExactly(Path path, int size, boolean listed) throws IOException {
    try (FileChannel channel = FileChannel.open(path, openOptions(listed))) {
      ByteBuffer exact = ByteBuffer.allocate(size);
      while (exact.hasRemaining() && channel.read(exact) > 0) {
        // a regular file is read whole at once
      }
      return exact.hasRemaining() ? Arrays.copyOf(exact.array(), exact.position()) : exact.array();
    }
  }

  private String reason(Exception e, @Nullable Path path) {
    if (e instanceof NoSuchFileException) {
      return Texts.of(options.lang, "reason.noSuchFile");
    }
    if (e instanceof AccessDeniedException) {
      return Texts.of(options.lang, "reason.permission");
    }
    if (e instanceof Walk.WalkBoundException) {
      return Texts.of(options.lang, "reason.walkBound", "max", ((Walk.WalkBoundException) e).max);
    }
    if (path != null && Files.isDirectory(path)) {
      return Texts.of(options.lang, "reason.directory");
    }
    return Texts.of(options.lang, "reason.other");
  }
}
