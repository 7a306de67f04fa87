package io.github.wxshare.core;

import io.github.wxshare.core.internal.Finding;
import io.github.wxshare.core.internal.RequiredValidator;
import io.github.wxshare.core.internal.RuleValidator;
import io.github.wxshare.core.internal.Text;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ConcurrentHashMap;
import org.jspecify.annotations.Nullable;

/**
 * The request's rules, as the field table ({@link Field}) lists them: the same validators, with the
 * same parameters, that the annotations on {@link ShareMiniProgramRequest}'s fields name, called
 * directly. No reflection and no engine, so it runs on Android and costs nothing at start-up.
 */
final class RequestRules {
  private static final RequiredValidator REQUIRED = new RequiredValidator();
  private static final Names NAMES = new Names();
  private static final Finding UNPAIRED = Finding.of("required");

  private RequestRules() {}

  /** Codes, built once per field and kind rather than concatenated per violation (pointers are the field's). */
  private static final class Names {
    private final Map<Field, Map<String, String>> codes = new ConcurrentHashMap<>();

    String code(Field field, String kind) {
      Map<String, String> byKind = codes.computeIfAbsent(field, f -> new ConcurrentHashMap<>());
      String code = byKind.get(kind);
      if (code == null) {
        code = field.key + "." + kind;
        byKind.putIfAbsent(kind, code);
      }
      return code;
    }
  }

  /** Every field's rule, in the table's order, except the fields in {@code skip} (the codec reported them). */
  @SuppressWarnings("unchecked")
  static List<Violation> check(ShareMiniProgramRequest.Builder b, long skip) {
    List<Violation> out = null;
    for (Field field : Field.RULED) {
      if ((skip & field.bit) != 0) {
        continue;
      }
      switch (field.kind) {
        case TEXT: {
          String v = b.textOf(field);
          if (v == null) {
            Field partner = field.partnerField();
            if (field.required) {
              out = missing(out, field, null);
            } else if (partner != null && b.textOf(partner) != null) {
              out = unpaired(out, field);
            }
            break;
          }
          RuleValidator<?, CharSequence> rule = (RuleValidator<?, CharSequence>) Objects.requireNonNull(field.rule);
          if ((field.required || !rule.checksBlank()) && Text.isBlank(v)) {
            if (field.required) {
              out = missing(out, field, v); // a blank optional text is fine unless its rule says otherwise
            }
          } else {
            out = add(out, field, rule, rule.findPresent(v), v);
          }
          break;
        }
        case INTEGER: {
          RuleValidator<?, Integer> rule = (RuleValidator<?, Integer>) Objects.requireNonNull(field.rule);
          int v = b.numberOf(field);
          Finding f = rule.findPresent(v);
          if (f != null) {
            String text = b.numberTextOf(field);
            out = addShown(out, field, rule, f, text != null ? text : String.valueOf(v));
          }
          break;
        }
        case MAP:
          if (!b.extraInfo.isEmpty()) {
            RuleValidator<?, Map<?, ?>> rule = (RuleValidator<?, Map<?, ?>>) Objects.requireNonNull(field.rule);
            Finding f = rule.findPresent(b.extraInfo);
            if (f != null) {
              out = addShown(out, field, rule, f, field.key);
            }
          }
          break;
        default:
          break; // a boolean: any value suits
      }
    }
    return out == null ? Collections.emptyList() : out;
  }

  /** {@code <field>.required}: the value is null, empty or whitespace only. */
  private static @Nullable List<Violation> missing(@Nullable List<Violation> out, Field field, @Nullable String value) {
    return addShown(out, field, REQUIRED, REQUIRED.find(value), value == null ? "null" : RuleValidator.display(value));
  }

  /** {@code <field>.required} for a field whose partner is set: the rule's own message names the pair. */
  private static @Nullable List<Violation> unpaired(@Nullable List<Violation> out, Field field) {
    return addShown(out, field, Objects.requireNonNull(field.rule), UNPAIRED, "null");
  }

  /** A text rule's finding, if any; the value is quoted for the message only when there is one. */
  private static @Nullable List<Violation> add(@Nullable List<Violation> out, Field field, RuleValidator<?, ?> rule,
      @Nullable Finding finding, String value) {
    return finding == null ? out : addShown(out, field, rule, finding, RuleValidator.display(value));
  }

  private static @Nullable List<Violation> addShown(@Nullable List<Violation> out, Field field, RuleValidator<?, ?> rule,
      @Nullable Finding finding, String shown) {
    if (finding == null) {
      return out;
    }
    List<Violation> list = out == null ? new ArrayList<>(4) : out;
    list.add(Violation.create(field.pointer, NAMES.code(field, finding.kind()), rule.template(finding),
        rule.parameters(finding, shown)));
    return list;
  }
}
