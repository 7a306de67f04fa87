package io.github.wxshare.android;

import io.github.wxshare.core.image.CardImageException;
import io.github.wxshare.core.image.CardImageException.Reason;
import java.io.File;
import java.io.IOException;
import java.nio.channels.Channels;
import java.nio.channels.SeekableByteChannel;
import java.nio.file.DirectoryStream;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.NoSuchFileException;
import java.nio.file.OpenOption;
import java.nio.file.Path;
import java.nio.file.SecureDirectoryStream;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.BasicFileAttributeView;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.Deque;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * A file below a root directory, read without leaving it: the code package unpacked on disk, or a
 * directory the app allows pages. Links inside are followed by hand, each checked; nothing outside
 * the root is opened. The bytes themselves are read by {@link FileReads}, bounded.
 */
final class ConfinedWalk {
  private static final int MAX_LINKS = 40;
  private static final Set<OpenOption> READ_NO_LINK = Collections.unmodifiableSet(new LinkedHashSet<OpenOption>(
      Arrays.asList(StandardOpenOption.READ, LinkOption.NOFOLLOW_LINKS)));

  private final FileReads reads;

  ConfinedWalk(FileReads reads) {
    this.reads = reads;
  }

  /**
   * Reads {@code segments} below {@code root} without leaving it: each directory is opened relative
   * to the one before and without following links ({@code SecureDirectoryStream}, {@code openat}
   * with {@code O_NOFOLLOW}), so what is opened is what was checked. A link met on the way is read
   * as text and its target walked the same way from the root, so a link may point anywhere inside.
   */
  byte[] read(String path, File root, List<String> segments, String rootName) throws CardImageException {
    Path rootPath = root.toPath();
    Deque<String> todo = new ArrayDeque<>(segments);
    Deque<SecureDirectoryStream<Path>> open = new ArrayDeque<>();
    Deque<String> walked = new ArrayDeque<>();
    int links = 0;
    try {
      DirectoryStream<Path> top = Files.newDirectoryStream(rootPath);
      if (!(top instanceof SecureDirectoryStream)) {
        top.close();
        return readByName(path, root, segments, rootName);
      }
      open.push((SecureDirectoryStream<Path>) top);
      while (true) {
        String segment = todo.pollFirst();
        if (segment == null) {
          throw new CardImageException(path, Reason.UNREADABLE, "names a directory of " + rootName + ", not an image file");
        }
        if (segment.isEmpty() || segment.equals(".")) {
          continue;
        }
        if (segment.equals("..")) {
          if (walked.isEmpty()) {
            throw outside(path, rootName, root);
          }
          walked.removeLast();
          open.pop().close();
          continue;
        }
        Path name = rootPath.getFileSystem().getPath(segment);
        BasicFileAttributes attributes;
        try {
          attributes = open.peek().getFileAttributeView(name, BasicFileAttributeView.class, LinkOption.NOFOLLOW_LINKS)
              .readAttributes();
        } catch (NoSuchFileException e) {
          throw new CardImageException(path, Reason.UNREADABLE, "no such file in " + rootName + " ("
              + display(walked, segment) + ")", e);
        }
        if (attributes.isSymbolicLink()) {
          if (++links > MAX_LINKS) {
            throw new CardImageException(path, Reason.UNREADABLE, "more than " + MAX_LINKS + " links: a loop?");
          }
          Path current = rootPath;
          for (String w : walked) {
            current = current.resolve(w);
          }
          String target = Files.readSymbolicLink(current.resolve(segment)).toString();
          List<String> next = new ArrayList<>();
          if (target.startsWith("/")) {
            List<String> targetSegments = new ArrayList<>();
            for (String t : target.split("/")) {
              if (!t.isEmpty()) {
                targetSegments.add(t);
              }
            }
            List<String> inside = PagePaths.under(root, targetSegments);
            if (inside == null) {
              inside = PagePaths.under(root.getCanonicalFile(), targetSegments);
            }
            if (inside == null) {
              throw outside(path, rootName, root);
            }
            while (!walked.isEmpty()) {
              walked.removeLast();
              open.pop().close();
            }
            next.addAll(inside);
          } else {
            next.addAll(Arrays.asList(target.split("/")));
          }
          for (int i = next.size() - 1; i >= 0; i--) {
            todo.addFirst(next.get(i));
          }
          continue;
        }
        if (!todo.isEmpty()) {
          if (!attributes.isDirectory()) {
            throw new CardImageException(path, Reason.UNREADABLE, "no such file in " + rootName + " ("
                + display(walked, segment) + " is not a directory)");
          }
          open.push(open.peek().newDirectoryStream(name, LinkOption.NOFOLLOW_LINKS));
          walked.addLast(segment);
          continue;
        }
        reads.regularAndSmallEnough(path, attributes);
        try (SeekableByteChannel channel = open.peek().newByteChannel(name, READ_NO_LINK)) {
          return reads.readAll(path, Channels.newInputStream(channel), channel.size());
        }
      }
    } catch (CardImageException e) {
      throw e;
    } catch (FileSystemException e) {
      // ELOOP (a link swapped in after it was looked at), ENOTDIR, EACCES: nothing is read.
      throw new CardImageException(path, Reason.UNREADABLE, "cannot be read from " + rootName + " ("
          + (e.getReason() != null ? e.getReason() : e.getClass().getSimpleName()) + ")", e);
    } catch (IOException e) {
      throw FileReads.unreadable(path, rootName, e);
    } finally {
      for (SecureDirectoryStream<Path> stream : open) {
        try {
          stream.close();
        } catch (IOException e) {
          // nothing was written; a close that fails loses nothing
        }
      }
    }
  }

  /**
   * Where the platform has no {@code SecureDirectoryStream}: the canonical path is checked, the file
   * opened without following a last link, and its identity compared with the one checked.
   */
  private byte[] readByName(String path, File root, List<String> segments, String rootName)
      throws CardImageException, IOException {
    String rootCanonical = root.getCanonicalPath() + File.separator;
    File file = new File(root, String.join("/", segments));
    String canonical = file.getCanonicalPath();
    if (!canonical.startsWith(rootCanonical)) {
      throw outside(path, rootName, root);
    }
    Path checked = new File(canonical).toPath();
    BasicFileAttributes before = Files.readAttributes(checked, BasicFileAttributes.class, LinkOption.NOFOLLOW_LINKS);
    reads.regularAndSmallEnough(path, before);
    try (SeekableByteChannel channel = Files.newByteChannel(checked, READ_NO_LINK)) {
      BasicFileAttributes after = Files.readAttributes(checked, BasicFileAttributes.class, LinkOption.NOFOLLOW_LINKS);
      if (before.fileKey() == null || !before.fileKey().equals(after.fileKey())
          || !new File(canonical).getCanonicalPath().startsWith(rootCanonical)) {
        throw outside(path, rootName, root);
      }
      return reads.readAll(path, Channels.newInputStream(channel), channel.size());
    }
  }

  private static String display(Deque<String> walked, String segment) {
    List<String> all = new ArrayList<>(walked);
    all.add(segment);
    return String.join("/", all);
  }

  private static CardImageException outside(String path, String rootName, File root) {
    return new CardImageException(path, Reason.OUTSIDE_ROOT, "it leads, through a link, out of " + rootName + " ("
        + root + ")");
  }
}
