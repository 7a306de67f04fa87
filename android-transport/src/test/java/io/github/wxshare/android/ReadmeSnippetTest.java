package io.github.wxshare.android;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import javax.tools.Diagnostic;
import javax.tools.DiagnosticCollector;
import javax.tools.JavaCompiler;
import javax.tools.JavaFileObject;
import javax.tools.SimpleJavaFileObject;
import javax.tools.ToolProvider;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The module README's snippet on what pages may read compiles as written, against this module. */
class ReadmeSnippetTest {
  @TempDir Path out;

  @Test
  void thePageImagesSnippetCompiles() throws IOException {
    compiles(snippetAfter("**What a page may make the app read.**"), "WxShareWebBridge", "    return bridge;\n");
  }

  @Test
  void theSetUpCheckSnippetCompiles() throws IOException {
    compiles(snippetAfter("## The set-up check"), "List<SetupProblem>", "    return problems;\n");
  }

  private static String snippetAfter(String heading) throws IOException {
    String readme = new String(Files.readAllBytes(Path.of("README.md")), StandardCharsets.UTF_8);
    int at = readme.indexOf(heading);
    assertThat(at).as(heading).isPositive();
    int start = readme.indexOf("```java\n", at) + "```java\n".length();
    return readme.substring(start, readme.indexOf("```", start));
  }

  private void compiles(String snippet, String returnType, String returnLine) {
    String source = "import android.content.Context;\nimport android.util.Log;\nimport java.io.File;\n"
        + "import java.util.List;\nimport java.util.Locale;\nimport io.github.wxshare.android.*;\n"
        + "class Snippet {\n  static " + returnType + " run(Context context) {\n" + snippet + returnLine + "  }\n}\n";
    JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
    DiagnosticCollector<JavaFileObject> diagnostics = new DiagnosticCollector<>();
    JavaFileObject file = new SimpleJavaFileObject(URI.create("string:///Snippet.java"), JavaFileObject.Kind.SOURCE) {
      @Override
      public CharSequence getCharContent(boolean ignoreEncodingErrors) {
        return source;
      }
    };
    boolean ok = javac.getTask(null, null, diagnostics, List.of("-d", out.toString(), "-classpath",
        System.getProperty("java.class.path"), "-proc:none"), null, List.of(file)).call();
    StringBuilder errors = new StringBuilder();
    for (Diagnostic<? extends JavaFileObject> d : diagnostics.getDiagnostics()) {
      errors.append(d).append('\n');
    }
    assertThat(ok).as("%s\n%s", errors, source).isTrue();
  }
}
