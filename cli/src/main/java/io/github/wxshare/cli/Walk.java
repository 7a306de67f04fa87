package io.github.wxshare.cli;

import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Deque;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.NoSuchElementException;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * What the command line's arguments name, one item at a time, in order: standard input, a file
 * named on the command line (whatever it is: {@code <(cmd)} is a pipe), and a directory's
 * documents, found as the walk goes so that the first ones are judged and printed while the rest is
 * still being listed.
 *
 * <p>A directory stands for every entry whose name ends in {@code .json} in any case, sorted by
 * name, and the entries of each subdirectory in place. A hostile tree cannot make the walk loop,
 * branch or read outside it:
 * <ul>
 *   <li>each directory is walked at most once (by its file key);
 *   <li>a link to a directory is not followed, and a link to a file outside the directory named on
 *       the command line is not read, unless the run has {@code --follow-links} (and even then no
 *       directory twice);
 *   <li>at most {@link #MAX_ENTRIES} entries are visited in a run; past that the walk stops and
 *       says so.
 * </ul>
 * What is not visited is an item too ({@link Item#skipped}), so every report says it, once per entry;
 * an entry that cannot be listed or examined is an unreadable item, and the walk goes on with the rest.
 */
final class Walk {
  /** The most directory entries one run visits. */
  static final int MAX_ENTRIES = 1_000_000;

  /** One thing to report, in order: a document to read, an entry not visited, or one that could not be. */
  static final class Item {
    final String name;
    private final @Nullable Path path; // null for standard input, and for a name that is no path
    final boolean listed; // found in a directory: opened without following a link
    /** A regular file's size, from the walk's own look at it; -1 when unknown. */
    final long size;
    /** Why the entry is not visited (a sentence's key and its parameters); null for a document. */
    final String @Nullable [] skipped;
    /** Why the entry could not be listed or examined; null when it could. */
    final @Nullable IOException unreadable;

    private Item(String name, @Nullable Path path, boolean listed, long size, String @Nullable [] skipped,
        @Nullable IOException unreadable) {
      this.name = name;
      this.path = path;
      this.listed = listed;
      this.size = size;
      this.skipped = skipped;
      this.unreadable = unreadable;
    }

    static Item document(String name, @Nullable Path path, boolean listed, long size) {
      return new Item(name, path, listed, size, null, null);
    }

    @Nullable Path path() {
      return path;
    }

    boolean stdin() {
      return name.equals("-") && path == null;
    }
  }

  private final List<String> args;
  private final boolean followLinks;
  private final int maxEntries;
  private final Set<Object> walked = new HashSet<>();
  private final Deque<Frame> frames = new ArrayDeque<>();
  private final Deque<Item> ready = new ArrayDeque<>();
  private int nextArg;
  private int entries;
  private @Nullable Path root; // the real path of the directory argument being walked
  private @Nullable String rootName;
  private int documentsOfArg;
  private @Nullable String empty;

  /** A directory being walked: its sorted names, and where the walk is among them. */
  private static final class Frame {
    final Path dir;
    final String prefix;
    final List<String> names;
    int next;

    Frame(Path dir, String prefix, List<String> names) {
      this.dir = dir;
      this.prefix = prefix;
      this.names = names;
    }
  }

  Walk(List<String> args, boolean followLinks) {
    this(args, followLinks, MAX_ENTRIES);
  }

  /** A walk that stops after {@code maxEntries} entries (tests use a small bound). */
  Walk(List<String> args, boolean followLinks, int maxEntries) {
    this.args = args;
    this.followLinks = followLinks;
    this.maxEntries = maxEntries;
  }

  /**
   * The first argument that held no document, once the walk has stopped at it (the run's usage
   * error unless {@code --allow-empty}); null while there is none.
   */
  @Nullable String empty() {
    return empty;
  }

  boolean hasNext(boolean allowEmpty) {
    while (ready.isEmpty() && empty == null) {
      if (!frames.isEmpty()) {
        step();
      } else if (rootName != null) {
        if (documentsOfArg == 0 && !allowEmpty) {
          empty = rootName;
        }
        rootName = null;
      } else if (nextArg < args.size()) {
        start(args.get(nextArg++));
      } else {
        return false;
      }
    }
    return !ready.isEmpty();
  }

  Item next() {
    Item item = ready.poll();
    if (item == null) {
      throw new NoSuchElementException();
    }
    if (item.skipped == null && rootName != null) {
      documentsOfArg++; // a document, or an entry that could not be read: the argument held something
    }
    return item;
  }

  private void start(String arg) {
    if (arg.equals("-")) {
      ready.add(Item.document(arg, null, false, -1));
      return;
    }
    Path path;
    try {
      path = Paths.get(arg);
    } catch (InvalidPathException e) {
      ready.add(Item.document(arg, null, false, -1)); // no such file: said when it is read, in order
      return;
    }
    BasicFileAttributes attributes;
    try {
      attributes = Files.readAttributes(path, BasicFileAttributes.class); // an argument's link is followed
    } catch (IOException | SecurityException e) {
      attributes = null;
    }
    if (attributes == null || !attributes.isDirectory()) {
      ready.add(Item.document(arg, path, false, -1)); // read, it says what it is or why it cannot be
      return;
    }
    try {
      root = path.toRealPath();
      enter(path, arg, attributes);
    } catch (IOException e) {
      ready.add(new Item(arg, path, false, -1, null, e));
      return;
    } catch (SecurityException e) {
      ready.add(new Item(arg, path, false, -1, null, new AccessDeniedException(arg)));
      return;
    }
    rootName = arg;
    documentsOfArg = 0;
  }

  /** Lists {@code dir} and walks it next; false when it was walked already. */
  private boolean enter(Path dir, String name, BasicFileAttributes attributes) throws IOException {
    Object key = attributes.fileKey() != null ? attributes.fileKey() : dir.toRealPath();
    if (!walked.add(key)) {
      return false;
    }
    List<String> names = new ArrayList<>();
    try (DirectoryStream<Path> stream = Files.newDirectoryStream(dir)) {
      for (Path entry : stream) {
        names.add(entry.getFileName().toString());
      }
    }
    Collections.sort(names);
    String separator = dir.getFileSystem().getSeparator();
    frames.push(new Frame(dir, name.endsWith(separator) ? name : name + separator, names));
    return true;
  }

  /** Looks at the next entry of the innermost directory, or leaves that directory when it has none. */
  private void step() {
    Frame frame = frames.peek();
    if (frame.next == frame.names.size()) {
      frames.pop();
      return;
    }
    String entry = frame.names.get(frame.next++);
    String name = frame.prefix + entry;
    if (++entries > maxEntries) {
      frames.clear();
      ready.add(new Item(name, null, true, -1, null, new WalkBoundException(maxEntries)));
      return;
    }
    Path path = frame.dir.resolve(entry);
    boolean json = entry.toLowerCase(Locale.ROOT).endsWith(".json");
    try {
      BasicFileAttributes own = Files.readAttributes(path, BasicFileAttributes.class, LinkOption.NOFOLLOW_LINKS);
      if (own.isSymbolicLink()) {
        link(path, name, json);
      } else if (own.isDirectory()) {
        if (!enter(path, name, own)) {
          ready.add(skipped(name, "skip.walked"));
        }
      } else if (json) {
        ready.add(own.isRegularFile() ? Item.document(name, path, true, own.size()) : skipped(name, "skip.notFile"));
      }
    } catch (IOException e) {
      ready.add(new Item(name, path, true, -1, null, e));
    } catch (SecurityException e) {
      ready.add(new Item(name, path, true, -1, null, new AccessDeniedException(name)));
    }
  }

  private void link(Path path, String name, boolean json) throws IOException {
    BasicFileAttributes target;
    try {
      target = Files.readAttributes(path, BasicFileAttributes.class);
    } catch (IOException e) {
      if (json) {
        throw e; // a dangling link named *.json: a document that cannot be read
      }
      return;
    }
    if (target.isDirectory()) {
      if (!followLinks) {
        ready.add(skipped(name, "skip.linkToDirectory"));
      } else if (!enter(path, name, target)) {
        ready.add(skipped(name, "skip.walked"));
      }
    } else if (json) {
      if (!target.isRegularFile()) {
        ready.add(skipped(name, "skip.notFile"));
      } else if (followLinks || (root != null && path.toRealPath().startsWith(root))) {
        ready.add(Item.document(name, path, false, target.size()));
      } else {
        ready.add(skipped(name, "skip.linkOutside", "root", String.valueOf(rootName)));
      }
    }
  }

  private static Item skipped(String name, String... reason) {
    return new Item(name, null, true, -1, reason, null);
  }

  /** The walk visited {@link #MAX_ENTRIES} entries and stopped. */
  static final class WalkBoundException extends IOException {
    private static final long serialVersionUID = 1L;

    final int max;

    WalkBoundException(int max) {
      super("the walk visits at most " + max + " entries");
      this.max = max;
    }
  }
}
