/**
 * Test helpers for apps that share: a recording transport.
 *
 * <p>Null is allowed only where a type says {@code @Nullable}.
 */
@NullMarked
package io.github.wxshare.testing;

import org.jspecify.annotations.NullMarked;
