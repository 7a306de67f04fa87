package io.github.wxshare.android;

import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.Deflater;
import java.util.zip.DeflaterOutputStream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import proguard.Configuration;
import proguard.ConfigurationParser;
import proguard.ProGuard;
import proguard.classfile.ProgramClass;
import proguard.classfile.io.ProgramClassReader;

/**
 * A release build of the small app in {@code com.example.releaseapp}, as an Android build makes it:
 * ProGuard (which reads the rules R8 reads) shrinks, optimises and obfuscates the app, this module's
 * AAR ({@code classes.jar} and its {@code proguard.txt}), core and its dependencies, and the OpenSDK
 * AAR (its classes and its own {@code proguard.txt}), against the compile SDK's framework (API 34,
 * as an app compiles) and the JDK's {@code java.base} and {@code java.logging} for Android's libcore. The app adds
 * one rule of its own, the one its manifest stands for. Everything comes from the paths the build
 * passes (failsafe's {@code wxshare.release.*} properties).
 */
final class ReleaseBuild {
  /** The app's own rules: its entry point, kept as an activity named in a manifest is. */
  static final String APP_RULES = "-keep class com.example.releaseapp.ReleaseApp { public static *; }\n";

  final Path out;
  final Path shrunk;
  final Path mapping;
  /** Every input jar or directory an app's build takes, by origin, in the order of {@link #footprint}. */
  final Map<String, Path> inputs = new LinkedHashMap<>();
  final String aarRules;

  private ReleaseBuild(Path out, String aarRules) throws IOException {
    this.out = out;
    this.shrunk = out.resolve("app-release.jar");
    this.mapping = out.resolve("mapping.txt");
    this.aarRules = aarRules;
    Path aar = property("wxshare.aar");
    Path openSdkAar = property("wxshare.release.openSdkAar");
    inputs.put("the app", property("wxshare.release.appClasses"));
    inputs.put("wxshare-android-transport", unzipEntry(aar, "classes.jar", out.resolve("aar-classes.jar")));
    inputs.put("wxshare-core", property("wxshare.release.core"));
    inputs.put("jakarta.validation-api", property("wxshare.release.validationApi"));
    inputs.put("jspecify", property("wxshare.release.jspecify"));
    inputs.put("OpenSDK 6.8.34", unzipEntry(openSdkAar, "classes.jar", out.resolve("opensdk-classes.jar")));
  }

  /** The release build with the AAR's own rules. */
  static ReleaseBuild withTheAarsRules(Path out) throws IOException {
    return new ReleaseBuild(out, new String(read(property("wxshare.aar"), "proguard.txt"), StandardCharsets.UTF_8));
  }

  /** Runs ProGuard; the output is {@link #shrunk}, and {@link #mapping} maps its names back. */
  ReleaseBuild run() throws Exception {
    Files.createDirectories(out);
    String filter = "(!META-INF/versions/**,!module-info.class,!META-INF/maven/**,!META-INF/MANIFEST.MF)";
    StringBuilder config = new StringBuilder();
    for (Map.Entry<String, Path> input : inputs.entrySet()) {
      String only = input.getKey().equals("the app") ? "(com/example/releaseapp/**)" : filter;
      config.append("-injars '").append(input.getValue()).append("'").append(only).append('\n');
    }
    config.append("-outjars '").append(shrunk).append("'\n")
        .append("-libraryjars '").append(property("wxshare.release.android")).append("'\n");
    // Android's own java.* (libcore), as the JDK has it: the two modules wxshare and the OpenSDK use.
    for (String module : List.of("java.base", "java.logging")) {
      config.append("-libraryjars '").append(Paths.get(System.getProperty("java.home"), "jmods", module + ".jmod"))
          .append("'(!**.jar;!module-info.class)\n");
    }
    config
        .append("-android\n-dontnote\n-printmapping '").append(mapping).append("'\n")
        .append(aarRules).append('\n')
        .append(new String(read(property("wxshare.release.openSdkAar"), "proguard.txt"), StandardCharsets.UTF_8)).append('\n')
        .append(APP_RULES);
    Path rules = out.resolve("rules.pro");
    Files.write(rules, config.toString().getBytes(StandardCharsets.UTF_8));
    Configuration configuration = new Configuration();
    try (ConfigurationParser parser = new ConfigurationParser(rules.toFile(), System.getProperties())) {
      parser.parse(configuration);
    }
    new ProGuard(configuration).execute();
    return this;
  }

  /**
   * Classes, methods and deflated class bytes in the shrunk app, per origin (each class traced back
   * through the mapping to the input that held it), and the same for each input before shrinking.
   */
  String footprint() throws IOException {
    Map<String, String> originalNames = new HashMap<>();
    for (String line : Files.readAllLines(mapping, StandardCharsets.UTF_8)) {
      if (!line.startsWith(" ") && line.endsWith(":")) {
        String[] parts = line.substring(0, line.length() - 1).split(" -> ");
        originalNames.put(parts[1], parts[0]);
      }
    }
    Map<String, String> origins = new HashMap<>();
    Map<String, long[]> before = new LinkedHashMap<>();
    for (Map.Entry<String, Path> input : inputs.entrySet()) {
      long[] sizes = new long[3];
      for (Map.Entry<String, byte[]> c : classes(input.getValue()).entrySet()) {
        if (input.getKey().equals("the app") && !c.getKey().startsWith("com.example.releaseapp.")) {
          continue;
        }
        origins.put(c.getKey(), input.getKey());
        add(sizes, c.getValue());
      }
      before.put(input.getKey(), sizes);
    }
    Map<String, long[]> after = new LinkedHashMap<>();
    for (String origin : inputs.keySet()) {
      after.put(origin, new long[3]);
    }
    for (Map.Entry<String, byte[]> c : classes(shrunk).entrySet()) {
      String original = originalNames.getOrDefault(c.getKey(), c.getKey());
      add(after.get(origins.get(original)), c.getValue());
    }
    StringBuilder table = new StringBuilder(
        "| origin | classes | methods | deflated class bytes | before shrinking: classes, methods, bytes |\n"
        + "| --- | ---: | ---: | ---: | ---: |\n");
    long[] wxshareAndDependencies = new long[3];
    for (String origin : inputs.keySet()) {
      long[] a = after.get(origin);
      long[] b = before.get(origin);
      table.append(String.format("| %s | %,d | %,d | %,d | %,d, %,d, %,d |%n", origin, a[0], a[1], a[2], b[0], b[1], b[2]));
      if (!origin.equals("the app") && !origin.startsWith("OpenSDK")) {
        for (int i = 0; i < 3; i++) {
          wxshareAndDependencies[i] += a[i];
        }
      }
    }
    table.append(String.format("| wxshare and its dependencies | %,d | %,d | %,d | |%n",
        wxshareAndDependencies[0], wxshareAndDependencies[1], wxshareAndDependencies[2]));
    return table.toString();
  }

  /** Non-class entries of the shrunk app, with their sizes: what would ride along into the APK. */
  Map<String, Long> resources() throws IOException {
    Map<String, Long> resources = new LinkedHashMap<>();
    try (ZipFile zip = new ZipFile(shrunk.toFile())) {
      zip.stream().filter(e -> !e.isDirectory() && !e.getName().endsWith(".class"))
          .forEach(e -> resources.put(e.getName(), e.getSize()));
    }
    return resources;
  }

  private static void add(long[] sizes, byte[] classFile) throws IOException {
    ProgramClass clazz = new ProgramClass();
    clazz.accept(new ProgramClassReader(new DataInputStream(new java.io.ByteArrayInputStream(classFile))));
    sizes[0]++;
    sizes[1] += clazz.u2methodsCount;
    ByteArrayOutputStream deflated = new ByteArrayOutputStream();
    try (OutputStream d = new DeflaterOutputStream(deflated, new Deflater(Deflater.DEFAULT_COMPRESSION, true))) {
      d.write(classFile);
    }
    sizes[2] += deflated.size();
  }

  /** Each class file of a jar or a directory, by class name. */
  private static Map<String, byte[]> classes(Path jarOrDirectory) throws IOException {
    Map<String, byte[]> classes = new LinkedHashMap<>();
    if (Files.isDirectory(jarOrDirectory)) {
      List<Path> files = new ArrayList<>();
      try (java.util.stream.Stream<Path> walk = Files.walk(jarOrDirectory)) {
        walk.filter(p -> p.toString().endsWith(".class")).forEach(files::add);
      }
      for (Path p : files) {
        String name = jarOrDirectory.relativize(p).toString().replace('/', '.');
        classes.put(name.substring(0, name.length() - ".class".length()), Files.readAllBytes(p));
      }
      return classes;
    }
    try (ZipFile zip = new ZipFile(jarOrDirectory.toFile())) {
      for (ZipEntry e : java.util.Collections.list(zip.entries())) {
        String name = e.getName();
        if (name.endsWith(".class") && !name.startsWith("META-INF/") && !name.equals("module-info.class")) {
          try (InputStream in = zip.getInputStream(e)) {
            classes.put(name.substring(0, name.length() - ".class".length()).replace('/', '.'), in.readAllBytes());
          }
        }
      }
    }
    return classes;
  }

  static Path property(String name) {
    String value = System.getProperty(name);
    if (value == null || value.isEmpty() || value.startsWith("${")) {
      throw new IllegalStateException("-D" + name + " is not set: run this test through Maven (failsafe sets it)");
    }
    return Paths.get(value);
  }

  static byte[] read(Path zip, String entry) throws IOException {
    try (ZipFile file = new ZipFile(zip.toFile())) {
      ZipEntry e = file.getEntry(entry);
      if (e == null) {
        throw new IOException(entry + " is missing from " + zip);
      }
      try (InputStream in = file.getInputStream(e)) {
        return in.readAllBytes();
      }
    }
  }

  private static Path unzipEntry(Path zip, String entry, Path to) throws IOException {
    Files.createDirectories(to.getParent());
    Files.write(to, read(zip, entry));
    return to;
  }
}
