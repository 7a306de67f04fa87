package io.github.wxshare.spring;

import io.github.wxshare.server.AccessTokenSource;
import io.github.wxshare.server.ActivityApi;
import io.github.wxshare.server.OpenDataDecrypter;
import java.net.URI;
import java.time.Duration;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.env.Environment;

/**
 * What a card brings back, when {@code wxshare-server} is on the class path:
 *
 * <ul>
 *   <li>an {@link OpenDataDecrypter} when {@code wxshare.open-data.app-id} (the Mini Program's AppID)
 *       is set; {@code wxshare.open-data.max-age} (a duration, {@code 10m} by default) sets its
 *       window;
 *   <li>an {@link ActivityApi} when the app declares an {@link AccessTokenSource} bean;
 *       {@code wxshare.activity.base-uri}, {@code .timeout} and {@code .max-response-bytes} set it.
 * </ul>
 *
 * Neither logs anything; a session key or an access token never reaches a message. An app's own
 * bean of either type wins.
 */
@AutoConfiguration
@ConditionalOnClass(name = "io.github.wxshare.server.OpenDataDecrypter")
public final class WxShareOpenDataAutoConfiguration {
  /** The decrypter from {@code wxshare.open-data.*}. */
  @Configuration(proxyBeanMethods = false)
  @ConditionalOnProperty(prefix = "wxshare.open-data", name = "app-id")
  static final class Decrypter {
    @Bean
    @ConditionalOnMissingBean
    OpenDataDecrypter wxShareOpenDataDecrypter(Environment environment) {
      OpenDataDecrypter decrypter = OpenDataDecrypter.of(environment.getRequiredProperty("wxshare.open-data.app-id"));
      Duration maxAge = environment.getProperty("wxshare.open-data.max-age", Duration.class);
      return maxAge == null ? decrypter : decrypter.maxAge(maxAge);
    }
  }

  /** The activity API over the app's access tokens. */
  @Configuration(proxyBeanMethods = false)
  @ConditionalOnBean(AccessTokenSource.class)
  static final class Activity {
    @Bean
    @ConditionalOnMissingBean
    ActivityApi wxShareActivityApi(AccessTokenSource tokens, Environment environment) {
      ActivityApi.Builder b = ActivityApi.builder(tokens::accessToken);
      String base = environment.getProperty("wxshare.activity.base-uri");
      if (base != null && !base.isBlank()) {
        b.baseUri(URI.create(base));
      }
      Duration timeout = environment.getProperty("wxshare.activity.timeout", Duration.class);
      if (timeout != null) {
        b.timeout(timeout);
      }
      Integer max = environment.getProperty("wxshare.activity.max-response-bytes", Integer.class);
      if (max != null) {
        b.maxResponseBytes(max);
      }
      return b.build();
    }
  }
}
