package io.github.wxshare.jackson;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import io.github.wxshare.core.ShareMiniProgramRequest;
import io.github.wxshare.core.Violation;
import io.github.wxshare.core.internal.CarriesViolations;
import io.github.wxshare.core.internal.Pointers;
import io.github.wxshare.core.internal.Summaries;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Objects;

/**
 * A share request in a document read by a Jackson 2 mapper breaks the contract: the violations that
 * {@code ShareRequestJson} reports for it, every one, with the pointers and codes of the contract.
 * A {@code MismatchedInputException}, so whatever handles Jackson's input errors handles it; Spring
 * MVC wraps it in an {@code HttpMessageNotReadableException}.
 *
 * <pre>{@code
 * try {
 *   mapper.readValue(body, ShareMiniProgramRequest.class);
 * } catch (InvalidShareRequestJsonException e) {
 *   e.violations().forEach(v -> System.out.println(v.pointer() + " " + v.code()));
 * }
 * }</pre>
 */
public final class InvalidShareRequestJsonException extends MismatchedInputException implements CarriesViolations {
  private static final long serialVersionUID = 1L;

  private final transient List<Violation> violations;

  InvalidShareRequestJsonException(JsonParser p, List<Violation> violations) {
    super(p, Summaries.of(violations, Locale.ROOT), ShareMiniProgramRequest.class);
    this.violations = Collections.unmodifiableList(new ArrayList<>(violations));
  }

  /**
   * The English summary ({@link #getOriginalMessage()}), then what the mapper adds: where it was,
   * and the path through the app's own classes, whose property names come from the document. What
   * the mapper adds is shown with every control, line-separator and bidi character escaped (its own
   * line break before {@code at [Source} kept), so that logging the exception writes one finding
   * per line and nothing else.
   */
  @Override
  public String getMessage() {
    return Summaries.withMapperText(String.valueOf(getOriginalMessage()), String.valueOf(super.getMessage()));
  }

  /**
   * Every violation, its pointer in the whole document: {@code /share/userName} when the request is
   * the property {@code share} of the value read, {@code /userName} when it is the value itself.
   */
  @Override
  public List<Violation> violations() {
    return Summaries.under(violations, requestPointer());
  }

  /** The JSON Pointer of the request in the document read: {@code ""} when it is the whole document. */
  public String requestPointer() {
    StringBuilder pointer = new StringBuilder();
    for (Reference r : getPath()) {
      if (r.getFieldName() != null) {
        Pointers.append(pointer, r.getFieldName());
      } else if (r.getIndex() >= 0) {
        Pointers.append(pointer, String.valueOf(r.getIndex()));
      }
    }
    return pointer.toString();
  }

  /** The summary in {@code locale}: one line per violation, as {@code InvalidShareRequestException} writes it. */
  public String getMessage(Locale locale) {
    return Summaries.of(violations(), Objects.requireNonNull(locale, "locale == null"));
  }
}
