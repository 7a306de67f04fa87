/**
 * The {@code wxshare} command line: {@code check}, {@code schema}, {@code thumbnail}.
 *
 * <p>Null is allowed only where a type says {@code @Nullable}.
 */
@NullMarked
package io.github.wxshare.cli;

import org.jspecify.annotations.NullMarked;
