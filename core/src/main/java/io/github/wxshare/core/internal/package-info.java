/**
 * Implementation: public only because Hibernate Validator instantiates the constraint validators
 * and wxshare's other modules share these pieces. Not an API; it may change in any release.
 *
 * <p>Null is allowed only where a type says {@code @Nullable}.
 */
@NullMarked
package io.github.wxshare.core.internal;

import org.jspecify.annotations.NullMarked;
