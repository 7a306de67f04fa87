/**
 * The server half of sharing: {@link io.github.wxshare.server.ShareSigner} signs a share for its
 * card ({@code thumbDataHash}, {@code msgSignature}) with a {@link io.github.wxshare.server.SigningKey},
 * and {@link io.github.wxshare.server.ShareVerifier} checks one as WeChat will.
 */
@NullMarked
package io.github.wxshare.server;

import org.jspecify.annotations.NullMarked;
