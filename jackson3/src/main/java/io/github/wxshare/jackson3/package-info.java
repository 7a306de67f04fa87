/**
 * wxshare's value types for Jackson 3: {@link io.github.wxshare.jackson3.WxShareModule}.
 *
 * <p>Null is allowed only where a type says {@code @Nullable}.
 */
@NullMarked
package io.github.wxshare.jackson3;

import org.jspecify.annotations.NullMarked;
