/** Implementation of wxshare-server: not API, may change in any release. */
@NullMarked
package io.github.wxshare.server.internal;

import org.jspecify.annotations.NullMarked;
