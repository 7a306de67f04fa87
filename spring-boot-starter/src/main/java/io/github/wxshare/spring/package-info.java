/**
 * Spring Boot 4 auto-configuration: {@link io.github.wxshare.spring.WxShareAutoConfiguration}.
 *
 * <p>Null is allowed only where a type says {@code @Nullable}.
 */
@NullMarked
package io.github.wxshare.spring;

import org.jspecify.annotations.NullMarked;
