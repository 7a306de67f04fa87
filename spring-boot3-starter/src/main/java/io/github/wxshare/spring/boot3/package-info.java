/**
 * Spring Boot 3.5 auto-configuration: {@link io.github.wxshare.spring.boot3.WxShareBoot3AutoConfiguration}.
 *
 * <p>Null is allowed only where a type says {@code @Nullable}.
 */
@NullMarked
package io.github.wxshare.spring.boot3;

import org.jspecify.annotations.NullMarked;
