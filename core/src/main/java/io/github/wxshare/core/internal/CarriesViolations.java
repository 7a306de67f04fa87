package io.github.wxshare.core.internal;

import io.github.wxshare.core.Violation;
import java.util.List;

/**
 * An exception of a module that holds a request's violations (the Jackson modules'
 * {@code InvalidShareRequestJsonException}), so that code which knows neither Jackson finds them in a
 * cause chain: the Spring MVC answers do.
 */
public interface CarriesViolations {
  /** Every violation, in the order the exception lists them. */
  List<Violation> violations();
}
