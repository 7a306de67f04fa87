package io.github.wxshare.core;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * Every code of the contract is tested both ways, has messages in both languages, and is in the
 * README and in docs/contract.md.
 */
class ErrorCatalogueTest {
  static final List<String> CODES = List.of(
      "userName.required", "userName.type", "userName.format", "userName.appId",
      "path.required", "path.type", "path.url", "path.format", "path.length", "path.questionMark",
      "title.type", "title.length", "title.format",
      "description.type", "description.length", "description.format",
      "imagePath.required", "imagePath.type", "imagePath.remote", "imagePath.scheme", "imagePath.format", "imagePath.length",
      "webpageUrl.required", "webpageUrl.type", "webpageUrl.scheme", "webpageUrl.format", "webpageUrl.length",
      "withShareTicket.type",
      "miniprogramType.range", "miniprogramType.type",
      "scene.unsupported", "scene.type",
      "disableForward.type", "isUpdatableMessage.type", "isSecretMessage.type",
      "extraInfo.type", "extraInfo.format", "extraInfo.length",
      "thumbDataHash.type", "thumbDataHash.format", "thumbDataHash.required",
      "msgSignature.type", "msgSignature.format", "msgSignature.length", "msgSignature.required",
      "json.syntax", "json.notObject", "json.tooLarge", "json.unknownProperty", "json.duplicateKey");

  @Test
  void everyFieldCodeHasARejectingCaseAndEveryFieldAnAcceptingOne() {
    Set<String> rejected = RuleCases.all().stream().filter(c -> c.code != null).map(c -> c.code).collect(Collectors.toSet());
    Set<String> accepted = RuleCases.all().stream().filter(c -> c.code == null).map(c -> c.field).collect(Collectors.toSet());
    List<String> fieldCodes = CODES.stream().filter(c -> !c.startsWith("json.")).collect(Collectors.toList());
    assertThat(rejected).containsExactlyInAnyOrderElementsOf(fieldCodes);
    assertThat(accepted).containsExactlyInAnyOrderElementsOf(ShareRequestJson.keys());
  }

  private static Properties load(String name) throws IOException {
    Properties p = new Properties();
    try (InputStream in = ErrorCatalogueTest.class.getClassLoader().getResourceAsStream(name)) {
      p.load(in);
    }
    return p;
  }

  @Test
  void everyCodeIsInTheContractAndTheContractNamesNoOther() throws IOException {
    String contract = new String(java.nio.file.Files.readAllBytes(java.nio.file.Path.of("..", "docs", "contract.md")),
        StandardCharsets.UTF_8);
    for (String code : CODES) {
      assertThat(contract).as(code).contains("`" + code + "`");
    }
    Matcher named = Pattern.compile("`((?:userName|path|title|description|imagePath|webpageUrl|withShareTicket"
        + "|miniprogramType|scene|disableForward|isUpdatableMessage|isSecretMessage|extraInfo|json)\\.[a-zA-Z]+)`").matcher(contract);
    Set<String> codes = new TreeSet<>();
    while (named.find()) {
      codes.add(named.group(1));
    }
    assertThat(CODES).containsAll(codes);
  }

  @Test
  void everyLanguageHasTheSameKeysTranslatedAndEveryFileIsAscii() throws IOException {
    Properties en = load("ContributorValidationMessages.properties");
    for (String name : List.of("ContributorValidationMessages.properties", "ContributorValidationMessages_zh.properties",
        "ContributorValidationMessages_zh_Hant.properties")) {
      byte[] bytes = ErrorCatalogueTest.class.getClassLoader().getResourceAsStream(name).readAllBytes();
      assertThat(new String(bytes, StandardCharsets.US_ASCII).getBytes(StandardCharsets.US_ASCII)).as(name).isEqualTo(bytes);
    }
    Properties hans = load("ContributorValidationMessages_zh.properties");
    Properties hant = load("ContributorValidationMessages_zh_Hant.properties");
    assertThat(hans.stringPropertyNames()).isEqualTo(en.stringPropertyNames());
    assertThat(hant.stringPropertyNames()).isEqualTo(en.stringPropertyNames());
    for (String key : en.stringPropertyNames()) {
      assertThat(hans.getProperty(key)).as("Simplified translation of " + key).isNotEqualTo(en.getProperty(key));
      assertThat(hant.getProperty(key)).as("Traditional translation of " + key).isNotEqualTo(en.getProperty(key))
          .doesNotContain("小程序").doesNotContain("后台");
      if (!key.startsWith("io.github.wxshare.list.")) { // how a list is joined: the same in both scripts
        assertThat(hant.getProperty(key)).as("Traditional translation of " + key).isNotEqualTo(hans.getProperty(key));
      }
    }
  }

  @Test
  void messageTextsUseOnlyKnownParameters() throws IOException {
    Properties en = load("ContributorValidationMessages.properties");
    Set<String> allowed = Set.of("value", "suggestion", "actual", "max", "maxLength", "maxBytes", "text", "found",
        "offset", "line", "column", "key", "maxEntries", "keys");
    Pattern braces = Pattern.compile("\\{([^}]*)}");
    for (String key : en.stringPropertyNames()) {
      Matcher m = braces.matcher(en.getProperty(key));
      while (m.find()) {
        assertThat(allowed).as("parameter in " + key).contains(m.group(1));
      }
    }
  }

  @Test
  void noMessageIsLeftWithAnUnfilledParameter() {
    List<Violation> all = new java.util.ArrayList<>();
    for (RuleCases.Case c : RuleCases.all()) {
      all.addAll(ShareRequestJson.create().read(Fixtures.withField(c.field, c.json)).violations());
    }
    for (String doc : List.of("{", "[]", "{\"WebpageUrl\":1,\"x\":1,\"x\":2}", "{\"a\":" + "[".repeat(3000))) {
      all.addAll(ShareRequestJson.create().read(doc).violations());
    }
    all.addAll(ShareRequestJson.withMaxDocumentBytes(5).read("{\"a\":1}").violations());
    Set<String> seen = new HashSet<>();
    for (Violation v : all) {
      seen.add(v.code());
      for (Locale locale : List.of(Locale.ROOT, Locale.SIMPLIFIED_CHINESE, Locale.TRADITIONAL_CHINESE)) {
        assertThat(v.message(locale)).as(v.code()).doesNotContain("{").doesNotContain("io.github.wxshare");
      }
    }
    assertThat(seen).containsExactlyInAnyOrderElementsOf(CODES);
  }

  @Test
  void theReadmeCatalogueListsExactlyTheseCodes() {
    String readme = Fixtures.repoFile("docs/contract.md");
    int start = readme.indexOf("<!-- error-codes:start -->");
    int end = readme.indexOf("<!-- error-codes:end -->");
    assertThat(start).as("README error code catalogue markers").isPositive();
    Matcher m = Pattern.compile("`((?:json|" + String.join("|", ShareRequestJson.keys()) + ")\\.[A-Za-z]+)`")
        .matcher(readme.substring(start, end));
    Set<String> listed = new TreeSet<>();
    while (m.find()) {
      listed.add(m.group(1));
    }
    assertThat(listed).containsExactlyInAnyOrderElementsOf(CODES);
  }
}
