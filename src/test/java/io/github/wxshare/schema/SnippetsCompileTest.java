package io.github.wxshare.schema;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import javax.tools.Diagnostic;
import javax.tools.DiagnosticCollector;
import javax.tools.JavaCompiler;
import javax.tools.JavaFileObject;
import javax.tools.SimpleJavaFileObject;
import javax.tools.ToolProvider;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Every Java snippet of the README, of {@code docs/} and of the module READMEs whose snippets are
 * whole compiles as written, with its own imports, against every module: its import lines stay
 * imports, the rest becomes the body of a method (so a snippet may declare a class and use it, as a
 * reader would paste it into a method). The README's first snippet also runs, and prints what its
 * comment says.
 */
class SnippetsCompileTest {
  private static final Path ROOT = Path.of(System.getProperty("wxshare.root", "../..")).toAbsolutePath().normalize();

  @TempDir Path out;

  @Test
  void everyJavaSnippetCompilesWithItsImports() throws IOException {
    List<Path> files = new ArrayList<>(List.of(ROOT.resolve("README.md"), ROOT.resolve("core/README.md"),
        ROOT.resolve("testing/README.md"), ROOT.resolve("jackson/README.md"), ROOT.resolve("jackson3/README.md"),
        ROOT.resolve("server/README.md")));
    try (Stream<Path> docs = Files.list(ROOT.resolve("docs"))) {
      docs.filter(p -> p.toString().endsWith(".md")).sorted().forEach(files::add);
    }
    List<String> failures = new ArrayList<>();
    int snippets = 0;
    for (Path file : files) {
      String text = Files.readString(file, StandardCharsets.UTF_8);
      int at = 0;
      for (int start; (start = text.indexOf("```java\n", at)) >= 0; ) {
        int body = start + "```java\n".length();
        int end = text.indexOf("\n```", body);
        int line = 1 + (int) text.substring(0, start).chars().filter(c -> c == '\n').count();
        String problem = compile(text.substring(body, end + 1), ROOT.relativize(file) + ":" + line);
        if (problem != null) {
          failures.add(problem);
        }
        snippets++;
        at = end + 4;
      }
    }
    System.out.println("SnippetsCompileTest: " + snippets + " Java snippets in " + files.size() + " files");
    assertThat(snippets).as("the README has Java snippets").isGreaterThanOrEqualTo(6);
    assertThat(failures).as("snippets that do not compile as written").isEmpty();
  }

  @Test
  void theReadmesFirstJavaSnippetRunsAsWrittenAndPrintsWhatItsCommentShows() throws Exception {
    List<String> lines = Files.readAllLines(ROOT.resolve("README.md"), StandardCharsets.UTF_8);
    assertThat(lines).as("README.md lines").hasSizeLessThanOrEqualTo(250);
    assertThat(lines.indexOf("```java")).as("the first Java snippet's line").isBetween(0, 59);
    runsAndPrintsWhatItsCommentShows("README.md");
  }

  @Test
  void theJackson2ReadmesSnippetRefusesTrailingContentAsItsCommentShows() throws Exception {
    runsAndPrintsWhatItsCommentShows("jackson/README.md");
  }

  /** Runs the file's first Java snippet and compares what it prints with its comment lines. */
  private void runsAndPrintsWhatItsCommentShows(String file) throws Exception {
    List<String> lines = Files.readAllLines(ROOT.resolve(file), StandardCharsets.UTF_8);
    int first = lines.indexOf("```java");
    int end = lines.subList(first, lines.size()).indexOf("```") + first;
    String snippet = String.join("\n", lines.subList(first + 1, end)) + "\n";
    StringBuilder shown = new StringBuilder();
    for (String line : lines.subList(first + 1, end)) {
      if (line.startsWith("// ")) {
        // A line that goes on (two spaces after //) continues the one above; others are lines.
        if (line.startsWith("//  ")) {
          shown.append(line.substring(4));
        } else {
          shown.append(shown.length() == 0 ? "" : System.lineSeparator()).append(line.substring(3));
        }
      }
    }
    assertThat(shown).as("the output the snippet's comment shows").isNotEmpty();
    assertThat(compile(snippet, file + ":" + (first + 1))).isNull();
    java.io.ByteArrayOutputStream printed = new java.io.ByteArrayOutputStream();
    java.io.PrintStream out = System.out;
    try (java.net.URLClassLoader loader = new java.net.URLClassLoader(new java.net.URL[] {this.out.toUri().toURL()},
        getClass().getClassLoader())) {
      System.setOut(new java.io.PrintStream(printed, true, StandardCharsets.UTF_8));
      java.lang.reflect.Method run = loader.loadClass("Snippet").getDeclaredMethod("run");
      run.setAccessible(true);
      run.invoke(null);
    } finally {
      System.setOut(out);
    }
    assertThat(printed.toString(StandardCharsets.UTF_8)).isEqualTo(shown + System.lineSeparator());
  }

  private String compile(String snippet, String where) {
    StringBuilder imports = new StringBuilder();
    StringBuilder body = new StringBuilder();
    for (String line : snippet.split("\n", -1)) {
      (line.startsWith("import ") ? imports : body).append(line).append('\n');
    }
    String source = imports + "class Snippet {\n  static void run() throws Exception {\n" + body + "  }\n}\n";
    JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
    DiagnosticCollector<JavaFileObject> diagnostics = new DiagnosticCollector<>();
    JavaFileObject file = new SimpleJavaFileObject(URI.create("string:///Snippet.java"), JavaFileObject.Kind.SOURCE) {
      @Override
      public CharSequence getCharContent(boolean ignoreEncodingErrors) {
        return source;
      }
    };
    boolean ok = javac.getTask(null, null, diagnostics, List.of("-d", out.toString(), "-classpath",
        System.getProperty("java.class.path"), "-proc:none", "-encoding", "UTF-8"), null, List.of(file)).call();
    if (ok) {
      return null;
    }
    StringBuilder errors = new StringBuilder(where + " does not compile:\n");
    for (Diagnostic<? extends JavaFileObject> d : diagnostics.getDiagnostics()) {
      errors.append("  ").append(d.getMessage(null)).append(" (line ").append(d.getLineNumber()).append(")\n");
    }
    return errors.append(source).toString();
  }
}
