/**
 * wxshare core: the always-valid {@link io.github.wxshare.core.ShareMiniProgramRequest}, its JSON
 * codec {@link io.github.wxshare.core.ShareRequestJson}, its violations, and the
 * {@link io.github.wxshare.core.ShareTransport} SPI. Runs on the JVM (Java 17) and on Android 8
 * (API 26) and later; depends on {@code jackson-core} 2.x and {@code jakarta.validation-api}, and on
 * JSpecify's annotations, which it needs only at compile time (Kotlin reads them).
 */
@NullMarked
package io.github.wxshare.core;

import org.jspecify.annotations.NullMarked;
