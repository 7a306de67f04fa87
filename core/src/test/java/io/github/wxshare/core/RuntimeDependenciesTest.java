package io.github.wxshare.core;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.lang.reflect.Method;
import java.net.URL;
import java.net.URLClassLoader;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Core runs with its one runtime dependency alone (JSpecify's annotations are not needed to run), as
 * on Android: the Validation API. No JSON library (it reads and writes JSON itself), no Hibernate
 * Validator, no Expression Language, nothing else from the test class path.
 */
class RuntimeDependenciesTest {
  @Test
  void buildReadAndWriteWorkWithTheValidationApiOnly() throws Exception {
    List<URL> urls = new ArrayList<>();
    List<String> names = new ArrayList<>();
    for (String entry : System.getProperty("java.class.path").split(File.pathSeparator)) {
      String name = new File(entry).getName();
      boolean runtime = entry.endsWith(File.separator + "target" + File.separator + "classes")
          || name.startsWith("jakarta.validation-api-");
      if (runtime) {
        urls.add(new File(entry).toURI().toURL());
        names.add(name);
      }
    }
    assertThat(names).noneMatch(n -> n.contains("hibernate") || n.contains("expressly") || n.startsWith("jakarta.el"));
    assertThat(names).noneMatch(n -> n.startsWith("jackson-"));
    try (URLClassLoader loader = new URLClassLoader(urls.toArray(new URL[0]), ClassLoader.getPlatformClassLoader())) {
      assertThat(loader.loadClass("io.github.wxshare.core.ShareRequestJson").getClassLoader()).isSameAs(loader);
      Class<?> json = loader.loadClass("io.github.wxshare.core.ShareRequestJson");
      Object codec = json.getMethod("create").invoke(null);
      Object parsed = json.getMethod("read", String.class).invoke(codec,
          Fixtures.repoFile("examples/donut-shareMiniProgramMessage.json"));
      Class<?> parsedType = loader.loadClass("io.github.wxshare.core.ParsedShareRequest");
      List<?> violations = (List<?>) parsedType.getMethod("violations").invoke(parsed);
      assertThat(violations).hasSize(4);
      assertThat(violations.get(0).toString()).contains("did you mean webpageUrl?");
      Object valid = json.getMethod("read", String.class).invoke(codec, Fixtures.BASE_JSON);
      Method request = parsedType.getMethod("request");
      assertThat(request.invoke(valid).toString()).startsWith("ShareMiniProgramRequest{userName=gh_d43f693ca31f");
      Object written = json.getMethod("write", loader.loadClass("io.github.wxshare.core.ShareMiniProgramRequest"))
          .invoke(codec, request.invoke(valid));
      assertThat(written).isEqualTo(Fixtures.BASE_JSON.replace("}", ",\"withShareTicket\":false,\"miniprogramType\":0,\"scene\":0}"));
      assertThatNoClassOf(loader, "org.hibernate.validator.HibernateValidator");
      assertThatNoClassOf(loader, "com.fasterxml.jackson.core.JsonFactory");
      assertThatNoClassOf(loader, "com.fasterxml.jackson.databind.ObjectMapper");
    }
  }

  private static void assertThatNoClassOf(ClassLoader loader, String name) {
    try {
      loader.loadClass(name);
      throw new AssertionError(name + " is visible to the isolated class loader");
    } catch (ClassNotFoundException expected) {
      // as it should be
    }
  }
}
