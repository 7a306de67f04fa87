/**
 * The card image: the picture on a shared Mini Program card, produced so that it always fits.
 *
 * <p>The OpenSDK refuses a card whose {@code thumbData} exceeds 131072 bytes, silently. This
 * package holds the platform-neutral part of producing it: the {@link
 * io.github.wxshare.core.image.CardImagePolicy} (byte cap, 5:4 aspect, crop or pad, largest size),
 * the search for the best JPEG within the byte budget ({@link
 * io.github.wxshare.core.image.CardImages#render}), and the {@link
 * io.github.wxshare.core.image.CardImageCodec} interface through which a platform decodes, draws and
 * encodes. {@code wxshare-imageio} implements it with {@code javax.imageio} on the JVM; the Android
 * transport with {@code BitmapFactory}. Nothing here uses {@code java.awt}: it runs on Android.
 */
@NullMarked
package io.github.wxshare.core.image;

import org.jspecify.annotations.NullMarked;
