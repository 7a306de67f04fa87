/**
 * Spring MVC (Framework 6.2 and 7) for the share request, used by both starters: the body reader
 * ({@link io.github.wxshare.spring.mvc.ShareRequestBodyConverter}), the empty-body rule
 * ({@link io.github.wxshare.spring.mvc.EmptyShareRequestBody}) and the problem documents
 * ({@link io.github.wxshare.spring.mvc.WxShareProblemDetails},
 * {@link io.github.wxshare.spring.mvc.WxShareResponseEntityExceptionHandler}).
 *
 * <p>Null is allowed only where a type says {@code @Nullable}.
 */
@NullMarked
package io.github.wxshare.spring.mvc;

import org.jspecify.annotations.NullMarked;
