package io.github.wxshare.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.FuzzTest;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import jakarta.validation.Validation;
import jakarta.validation.Validator;
import java.io.IOException;
import java.io.StringWriter;
import java.util.ArrayList;
import java.util.List;
import org.assertj.core.groups.Tuple;
import org.hibernate.validator.messageinterpolation.ParameterMessageInterpolator;

/**
 * The builder on arbitrary strings and numbers per field. The property: {@code build()} returns a
 * request or throws {@link InvalidShareRequestException}, never anything else; and the three
 * engines of one rule agree: the builder, the codec on the same values as a JSON document, and
 * Hibernate Validator running the annotations, give the same pointers and codes.
 */
class BuilderFuzzTest {
  private static final String[] TEXT_FIELDS = {"userName", "path", "title", "description", "imagePath", "webpageUrl"};
  private static final ShareRequestJson CODEC = ShareRequestJson.withMaxDocumentBytes(ShareRequestJson.MAX_DOCUMENT_BYTES_LIMIT);
  private static final JsonFactory JSON = new JsonFactory();
  private static final Validator HV = Validation.byDefaultProvider().configure()
      .messageInterpolator(new ParameterMessageInterpolator()).buildValidatorFactory().getValidator();

  @FuzzTest(maxDuration = "2m")
  void anyValuesBuildARequestOrNameEveryViolation(FuzzedDataProvider data) throws IOException {
    String[] text = new String[TEXT_FIELDS.length];
    for (int i = 0; i < text.length; i++) {
      // Mostly present: a missing required field would hide what the others do.
      text[i] = data.consumeInt(0, 15) == 0 ? null : data.consumeString(data.consumeInt(0, 64));
    }
    boolean withShareTicket = data.consumeBoolean();
    int type = data.consumeBoolean() ? data.consumeInt(-1, 3) : data.consumeInt();
    int scene = data.consumeBoolean() ? data.consumeInt(-1, 1) : data.consumeInt();
    if (data.remainingBytes() > 0) {
      // The rest of the input lengthens one field, for the length limits.
      int i = data.consumeInt(0, text.length - 1);
      text[i] = (text[i] == null ? "" : text[i]) + data.consumeRemainingAsString();
    }

    ShareMiniProgramRequest.Builder builder = ShareMiniProgramRequest.builder();
    if (text[0] != null) builder.userName(text[0]);
    if (text[1] != null) builder.path(text[1]);
    if (text[2] != null) builder.title(text[2]);
    if (text[3] != null) builder.description(text[3]);
    if (text[4] != null) builder.imagePath(text[4]);
    if (text[5] != null) builder.webpageUrl(text[5]);
    builder.withShareTicket(withShareTicket);
    builder.rawNumber(Field.MINIPROGRAM_TYPE, type, null);
    builder.rawNumber(Field.SCENE, scene, null);

    List<Violation> built;
    ShareMiniProgramRequest request = null;
    try {
      request = builder.build();
      built = List.of();
    } catch (InvalidShareRequestException e) {
      built = e.violations();
      FuzzChecks.checkViolations(built);
      assertThat(e.getMessage()).isNotBlank();
    }
    List<Tuple> expected = pointersAndCodes(built);

    // The codec, on the same values written as a JSON document.
    ParsedShareRequest parsed = CODEC.read(document(text, withShareTicket, type, scene));
    assertThat(pointersAndCodes(parsed.violations())).as("the codec").isEqualTo(expected);
    assertThat(FuzzChecks.requestOrNull(parsed)).isEqualTo(request);

    // Hibernate Validator, running the same annotations field by field.
    List<Tuple> hv = new ArrayList<>();
    for (int i = 0; i < text.length; i++) {
      addAll(hv, HV.validateValue(ShareMiniProgramRequest.class, TEXT_FIELDS[i], text[i]));
    }
    addAll(hv, HV.validateValue(ShareMiniProgramRequest.class, "miniprogramType", type));
    addAll(hv, HV.validateValue(ShareMiniProgramRequest.class, "scene", scene));
    assertThat(hv).as("Hibernate Validator").isEqualTo(expected);

    if (request != null) {
      FuzzChecks.checkRoundTrip(request, CODEC);
      assertThat(HV.validate(request)).isEmpty();
    }
  }

  private static void addAll(List<Tuple> out, java.util.Set<? extends jakarta.validation.ConstraintViolation<?>> found) {
    List<Violation> violations = new ArrayList<>();
    found.forEach(cv -> violations.add(Violation.of(cv)));
    // One field has at most one violation: its first failing rule.
    assertThat(violations).hasSizeLessThanOrEqualTo(1);
    out.addAll(pointersAndCodes(violations));
  }

  private static List<Tuple> pointersAndCodes(List<Violation> violations) {
    List<Tuple> out = new ArrayList<>();
    violations.forEach(v -> out.add(tuple(v.pointer(), v.code())));
    return out;
  }

  private static String document(String[] text, boolean withShareTicket, int type, int scene) throws IOException {
    StringWriter out = new StringWriter();
    try (JsonGenerator g = JSON.createGenerator(out)) {
      g.writeStartObject();
      for (int i = 0; i < text.length; i++) {
        if (text[i] != null) {
          g.writeStringField(TEXT_FIELDS[i], text[i]);
        }
      }
      g.writeBooleanField("withShareTicket", withShareTicket);
      g.writeNumberField("miniprogramType", type);
      g.writeNumberField("scene", scene);
      g.writeEndObject();
    }
    return out.toString();
  }
}
