/**
 * The JSON Schema of a share request and its conformance vectors, for other bindings and for
 * validating JSON before it reaches Java: see {@link io.github.wxshare.schema.ShareRequestSchema}.
 */
@NullMarked
package io.github.wxshare.schema;

import org.jspecify.annotations.NullMarked;
