/**
 * Card images on the JVM: {@link io.github.wxshare.imageio.ImageIoCardImages} for files, and
 * {@link io.github.wxshare.imageio.ImageIoCardImageCodec}, the {@code javax.imageio} codec of the
 * shared card-image search in {@code io.github.wxshare.core.image}. Not for Android (it uses
 * {@code java.awt}); the Android transport has its own codec.
 */
@NullMarked
package io.github.wxshare.imageio;

import org.jspecify.annotations.NullMarked;
