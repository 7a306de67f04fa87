package io.github.wxshare.cli;

import io.github.wxshare.core.ParsedShareRequest;
import io.github.wxshare.core.ShareRequestJson;
import io.github.wxshare.core.Violation;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.AccessDeniedException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.LinkOption;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.Deque;
import java.util.List;
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

  /** A document to read: standard input, a file named on the command line, or one found in a directory. */
  private static final class Source {
    final String name;
    private final @Nullable Path path; // null for standard input, and for a name that is no path
    private final @Nullable String entry; // the name in the directory path, when listed
    final boolean listed; // found in a directory: regular files only

    Source(String name, @Nullable Path path, boolean listed) {
      this.name = name;
      this.path = path;
      this.entry = null;
      this.listed = listed;
    }

    Source(String name, Path directory, String entry) {
      this.name = name;
      this.path = directory;
      this.entry = entry;
      this.listed = true;
    }

    @Nullable Path path() {
      return entry == null || path == null ? path : path.resolve(entry);
    }

    boolean stdin() {
      return name.equals("-") && path == null;
    }
  }

  /** What a chunk of documents gave: its report bytes, its standard-error lines and its counts. */
  static final class Chunk {
    final ByteArrayOutputStream report = new ByteArrayOutputStream(8192);
    final StringBuilder errors = new StringBuilder();
    int valid;
    int invalid;
    int unreadable;
  }

  int run() throws IOException {
    List<Source> sources = new ArrayList<>();
    for (String arg : options.files) {
      int before = sources.size();
      if (!expand(arg, sources)) {
        continue;
      }
      if (sources.size() == before && !options.allowEmpty) {
        err.println(Texts.of(options.lang, "noDocuments", "arg", Reports.printable(arg)));
        return 2;
      }
    }
    Reports.Report report = Reports.of(options.format, options.lang, codec);
    report.begin(out);
    Chunk total = new Chunk();
    if (sources.size() < PARALLEL_FROM || Runtime.getRuntime().availableProcessors() < 2) {
      Chunk chunk = new Chunk();
      for (Source source : sources) {
        judge(source, report, chunk);
        if (chunk.report.size() >= 1 << 16) {
          flush(chunk, report, total);
        }
      }
      flush(chunk, report, total);
    } else {
      inParallel(sources, report, total);
    }
    report.end(out, total);
    out.flush();
    int files = total.valid + total.invalid + total.unreadable;
    if (files > 1 && (options.format == CheckOptions.Format.text || options.format == CheckOptions.Format.github)) {
      err.println(total.unreadable > 0
          ? Texts.of(options.lang, "summary.unreadable", "files", files, "valid", total.valid, "invalid", total.invalid,
              "unreadable", total.unreadable)
          : Texts.of(options.lang, "summary", "files", files, "valid", total.valid, "invalid", total.invalid));
    }
    return total.unreadable > 0 ? 2 : total.invalid > 0 ? 1 : 0;
  }

  private void inParallel(List<Source> sources, Reports.Report report, Chunk total)
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
      while (next < sources.size() || !pending.isEmpty()) {
        while (next < sources.size() && pending.size() < threads * 4) {
          List<Source> part = sources.subList(next, Math.min(sources.size(), next + CHUNK));
          next += part.size();
          pending.add(pool.submit(() -> {
            Chunk chunk = new Chunk();
            for (Source source : part) {
              judge(source, report, chunk);
            }
            return chunk;
          }));
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
    if (chunk.errors.length() > 0) {
      err.print(chunk.errors);
      chunk.errors.setLength(0);
    }
    total.valid += chunk.valid;
    total.invalid += chunk.invalid;
    total.unreadable += chunk.unreadable;
    chunk.valid = 0;
    chunk.invalid = 0;
    chunk.unreadable = 0;
  }

  /** Judges one document into {@code chunk}. */
  private void judge(Source source, Reports.Report report, Chunk chunk) throws IOException {
    ParsedShareRequest parsed;
    long size = -1; // known for a regular file
    Path path = null;
    try {
      path = source.path();
      if (source.stdin()) {
        parsed = codec.read(in); // bounded: at most the bound + 1 bytes are read
      } else if (path == null) {
        throw new NoSuchFileException(source.name);
      } else {
        BasicFileAttributes attributes = Files.readAttributes(path, BasicFileAttributes.class);
        if (source.listed) {
          if (attributes.isDirectory()) {
            List<Source> inside = new ArrayList<>();
            list(path, inside);
            for (Source s : inside) {
              judge(s, report, chunk);
            }
            return;
          }
          if (!attributes.isRegularFile()) {
            return; // a pipe, a device or a socket in a directory is not a document: never opened
          }
        }
        size = attributes.isRegularFile() ? attributes.size() : -1;
        if (size > options.maxBytes) {
          parsed = codec.tooLarge(); // not read at all
        } else if (size > 0) {
          parsed = codec.read(readExactly(path, (int) size));
        } else {
          // A pipe or a device (a named <(cmd), /dev/stdin), or a file that says it is empty: read
          // as a stream, up to the bound.
          try (InputStream stream = Files.newInputStream(path)) {
            parsed = codec.read(stream);
          }
        }
      }
    } catch (IOException | InvalidPathException | SecurityException e) {
      chunk.unreadable++;
      String reason = reason(e, path);
      chunk.errors.append(Texts.of(options.lang, "cannotRead", "file", Reports.printable(source.name), "reason", reason))
          .append(System.lineSeparator());
      report.unreadable(chunk.report, source.name, reason);
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
    report.document(chunk.report, source.stdin() ? "<stdin>" : source.name, parsed, tooLarge);
  }

  /**
   * A regular file of {@code size} bytes (from the stat every document gets), in one read into one
   * array; a file that shrank since is cut at its end.
   */
  private static byte[] readExactly(Path path, int size) throws IOException {
    try (FileChannel channel = FileChannel.open(path, StandardOpenOption.READ)) {
      ByteBuffer exact = ByteBuffer.allocate(size);
      while (exact.hasRemaining() && channel.read(exact) > 0) {
        // a regular file is read whole at once
      }
      return exact.hasRemaining() ? Arrays.copyOf(exact.array(), exact.position()) : exact.array();
    }
  }

  /**
   * Adds what {@code arg} names: standard input, a file (whatever it is: {@code <(cmd)} is a pipe),
   * or a directory's documents. False when the argument itself cannot be listed: then it was
   * reported as a document that cannot be read, in order.
   */
  private boolean expand(String arg, List<Source> sources) {
    if (arg.equals("-")) {
      sources.add(new Source(arg, null, false));
      return true;
    }
    Path path;
    try {
      path = Paths.get(arg);
    } catch (InvalidPathException e) {
      sources.add(new Source(arg, null, false)); // no such file: said when it is read, in order
      return false;
    }
    if (!Files.isDirectory(path)) {
      sources.add(new Source(arg, path, false));
      return true;
    }
    try {
      list(path, sources);
    } catch (IOException e) {
      sources.add(new Source(arg, path, false)); // read, it fails and says why
      return false;
    }
    return true;
  }

  /**
   * A directory's documents, sorted by name in each directory: every {@code *.json} entry (its
   * type is learnt when it is read, on the worker thread, so that listing costs one directory read
   * and no stat per file), and the entries of each subdirectory, in place. Links to directories are
   * not followed.
   */
  private static void list(Path dir, List<Source> sources) throws IOException {
    List<String> names = new ArrayList<>();
    try (DirectoryStream<Path> entries = Files.newDirectoryStream(dir)) {
      for (Path entry : entries) {
        names.add(entry.getFileName().toString());
      }
    }
    Collections.sort(names);
    String prefix = dir.toString().endsWith(dir.getFileSystem().getSeparator()) ? dir.toString()
        : dir + dir.getFileSystem().getSeparator();
    for (String name : names) {
      if (name.endsWith(".json")) {
        sources.add(new Source(prefix + name, dir, name)); // resolved on the worker thread
      } else if (Files.isDirectory(dir.resolve(name), LinkOption.NOFOLLOW_LINKS)) {
        list(dir.resolve(name), sources);
      }
    }
  }

  private String reason(Exception e, @Nullable Path path) {
    if (e instanceof NoSuchFileException) {
      return Texts.of(options.lang, "reason.noSuchFile");
    }
    if (e instanceof AccessDeniedException) {
      return Texts.of(options.lang, "reason.permission");
    }
    if (path != null && Files.isDirectory(path)) {
      return Texts.of(options.lang, "reason.directory");
    }
    return Texts.of(options.lang, "reason.other");
  }
}
