/**
 * The Jakarta Bean Validation constraints behind {@code ShareMiniProgramRequest}, one per rule of
 * the share request contract, for reuse on your own DTOs and entities:
 *
 * <pre>{@code
 * class ShareForm {
 *   @Required @MiniProgramUserName String miniProgram;
 *   @Required @MiniProgramPath String page;
 *   @Utf8Length(max = 512) String title;
 * }
 * }</pre>
 *
 * <p>Their validators depend on {@code jakarta.validation-api} only. On the JVM, Hibernate
 * Validator runs them; convert its violations with
 * {@link io.github.wxshare.core.Violation#of(jakarta.validation.ConstraintViolation)} to get the
 * same JSON Pointers and error codes that {@code ShareMiniProgramRequest.Builder.build()} reports.
 * Messages come from {@code ContributorValidationMessages.properties} (English),
 * {@code ContributorValidationMessages_zh.properties} (Simplified Chinese) and
 * {@code ContributorValidationMessages_zh_Hant.properties} (Traditional Chinese) in the core jar.
 */
@NullMarked
package io.github.wxshare.core.constraints;

import org.jspecify.annotations.NullMarked;
