/**
 * wxshare's value types for Jackson 2: {@link io.github.wxshare.jackson.WxShareModule}.
 *
 * <p>Null is allowed only where a type says {@code @Nullable}.
 */
@NullMarked
package io.github.wxshare.jackson;

import org.jspecify.annotations.NullMarked;
