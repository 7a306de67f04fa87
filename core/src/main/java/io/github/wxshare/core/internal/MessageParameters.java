package io.github.wxshare.core.internal;

import jakarta.validation.ConstraintValidatorContext;
import java.lang.reflect.Method;

/**
 * Hands the offending value and the suggestion to Hibernate Validator's message interpolation, so
 * that its messages name them as ours do ({@code {value}}, {@code {suggestion}}, {@code {actual}}).
 *
 * <p>Why reflection: Jakarta Validation has no portable way to add message parameters, and core must
 * not depend on Hibernate Validator (it does not run on Android). The builder never comes here.
 */
final class MessageParameters {
  private static final String HV_CONTEXT =
      "org.hibernate.validator.constraintvalidation.HibernateConstraintValidatorContext";

  private MessageParameters() {}

  static void add(ConstraintValidatorContext context, String value, Finding finding) {
    Object hv;
    Method add;
    try {
      Class<?> type = Class.forName(HV_CONTEXT, false, context.getClass().getClassLoader());
      hv = context.unwrap(type);
      add = type.getMethod("addMessageParameter", String.class, Object.class);
    } catch (ReflectiveOperationException | RuntimeException | LinkageError notHibernateValidator) {
      return; // another provider: its messages show the templates' parameter names instead
    }
    try {
      add.invoke(hv, "value", value);
      add.invoke(hv, "suggestion", finding.suggestion() == null ? "" : finding.suggestion());
      add.invoke(hv, "actual", finding.actual());
    } catch (ReflectiveOperationException e) {
      throw new IllegalStateException("Hibernate Validator refused a message parameter", e);
    }
  }
}
