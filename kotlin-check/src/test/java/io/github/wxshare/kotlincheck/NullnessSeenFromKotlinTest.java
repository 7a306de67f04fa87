package io.github.wxshare.kotlincheck;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.jetbrains.kotlin.cli.common.ExitCode;
import org.jetbrains.kotlin.cli.jvm.K2JVMCompiler;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

/**
 * The Kotlin compiler the build uses refuses what the nullness annotations forbid: a snippet that
 * treats an @Nullable value as non-null does not compile, and the same snippet with the right type
 * does, so the refusal is the annotation's doing.
 */
class NullnessSeenFromKotlinTest {
  private static final String IMPORTS = "import io.github.wxshare.core.*\n";
  @TempDir Path dir;

  private String compile(String body) throws Exception {
    Path source = dir.resolve("Snippet" + System.nanoTime() + ".kt");
    Files.writeString(source, IMPORTS + "fun snippet(request: ShareMiniProgramRequest, result: ShareResult) {\n" + body + "\n}\n");
    List<String> args = new ArrayList<>(List.of("-no-stdlib", "-no-reflect", "-Xjspecify-annotations=strict", "-Werror",
        "-jvm-target", "17", "-d", dir.resolve("out").toString(), "-classpath", System.getProperty("java.class.path"),
        source.toString()));
    ByteArrayOutputStream messages = new ByteArrayOutputStream();
    ExitCode code = new K2JVMCompiler().exec(new PrintStream(messages, true, StandardCharsets.UTF_8), args.toArray(new String[0]));
    return code == ExitCode.OK ? "" : messages.toString(StandardCharsets.UTF_8);
  }

  @ParameterizedTest
  @ValueSource(strings = {
      "val t: String = request.title()",
      "val d: String = request.description()",
      "val n: Int = request.title().length",
      "val e: String = result.errStr()",
      "val x: String = result.transaction()",
      "ShareMiniProgramRequest.builder().userName(null)",
      "ShareMiniProgramRequest.builder().path(null)",
      "ShareRequestJson.create().read(null as String?)",
      "val h: String = request.thumbDataHash()",
      "val m: String = request.msgSignature()",
      "val g: String = io.github.wxshare.server.OpenDataDecrypter.of(\"wx4f4bc4dec97d474b\").decrypt(\"\", \"\", \"\").openGId()",
      "val v: Boolean = io.github.wxshare.server.OpenDataDecrypter.of(\"wx4f4bc4dec97d474b\").decrypt(\"\", \"\", \"\").valid()",
      "val c: String = (null as io.github.wxshare.server.Verification?)!!.code()",
      "val e: Int = (null as io.github.wxshare.server.ActivityApiException?)!!.errcode()",
  })
  void aSnippetThatTreatsNullAsAValueIsRefused(String snippet) throws Exception {
    assertThat(compile(snippet)).as(snippet).contains("error:").containsAnyOf("mismatch", "Null can not", "null",
        "Only safe");
  }

  /** Compiles a whole Kotlin file, as a reader would paste it. */
  private String compileFile(String text) throws Exception {
    Path source = dir.resolve("Readme" + System.nanoTime() + ".kt");
    Files.writeString(source, text);
    ByteArrayOutputStream messages = new ByteArrayOutputStream();
    ExitCode code = new K2JVMCompiler().exec(new PrintStream(messages, true, StandardCharsets.UTF_8),
        "-no-stdlib", "-no-reflect", "-Xjspecify-annotations=strict", "-Werror", "-jvm-target", "17",
        "-d", dir.resolve("out").toString(), "-classpath", System.getProperty("java.class.path"), source.toString());
    return code == ExitCode.OK ? "" : messages.toString(StandardCharsets.UTF_8);
  }

  @Test
  void everyKotlinSnippetOfTheReadmeCompilesAndItsRefusedLineIsRefused() throws Exception {
    String readme = Files.readString(Path.of(System.getProperty("basedir", ".")).resolve("../README.md"));
    int snippets = 0;
    for (int at = 0, start; (start = readme.indexOf("```kotlin\n", at)) >= 0; at = readme.indexOf("\n```", start) + 4) {
      String snippet = readme.substring(start + "```kotlin\n".length(), readme.indexOf("\n```", start) + 1);
      assertThat(compileFile(snippet)).as(snippet).isEmpty();
      // The line the README says does not compile, put in place of its comment:
      String refused = snippet.replace("val shown: String? = request.title()        // `val shown: String = request.title()` does not compile",
          "val shown: String = request.title()");
      if (!refused.equals(snippet)) {
        assertThat(compileFile(refused)).contains("error:");
      }
      snippets++;
    }
    assertThat(snippets).isGreaterThanOrEqualTo(1);
  }

  @Test
  void theSameValuesTypedAsTheAnnotationsSayCompile() throws Exception {
    assertThat(compile("val t: String? = request.title()\nval u: String = request.userName()\n"
        + "val e: String? = result.errStr()\nShareMiniProgramRequest.builder().title(null)\nprintln(t + u + e)")).isEmpty();
    assertThat(compile("val h: String? = request.thumbDataHash()\nval m: String? = request.msgSignature()\n"
        + "val o = io.github.wxshare.server.OpenDataDecrypter.of(\"wx4f4bc4dec97d474b\").decrypt(\"\", \"\", \"\")\n"
        + "val g: String? = o.openGId()\nval j: String = o.json()\nShareMiniProgramRequest.builder().msgSignature(null)\n"
        + "println(h + m + g + j)")).isEmpty();
  }
}
