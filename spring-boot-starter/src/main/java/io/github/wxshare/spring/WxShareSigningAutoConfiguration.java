package io.github.wxshare.spring;

import io.github.wxshare.core.internal.BoundedRead;
import io.github.wxshare.server.ShareSigner;
import io.github.wxshare.server.ShareSigningException;
import io.github.wxshare.server.SigningKey;
import io.github.wxshare.server.internal.Pem;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.actuate.endpoint.SanitizingFunction;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.env.Environment;
import org.springframework.core.io.Resource;
import org.springframework.core.io.ResourceLoader;

/**
 * A {@link ShareSigner} bean when {@code wxshare-server} is on the class path and
 * {@code wxshare.signing.app-id} is set, so that a controller can return signed shares:
 *
 * <pre>
 * wxshare.signing.app-id=wxba6223c06417af7b          # the mobile app's AppID
 * wxshare.signing.key=file:/run/secrets/share-key.pem  # a Spring resource: file:, classpath:, ...
 * wxshare.signing.key-password=${SHARE_KEY_PASSWORD}   # only for an encrypted PKCS#8 key
 * wxshare.signing.algorithm=RSA_SHA256_PSS             # optional: the key must be of this kind
 * </pre>
 *
 * The key is read once, at start-up, at most 65536 bytes. A missing or unreadable resource, a key
 * that cannot sign, or one of another algorithm than {@code wxshare.signing.algorithm} stops the
 * app at start-up with the property's name and the fix; no message holds the key or its password,
 * and the password is cleared once the key is read. An app's own {@code ShareSigner} bean wins.
 */
@AutoConfiguration
@ConditionalOnClass(name = "io.github.wxshare.server.ShareSigner")
@ConditionalOnProperty(prefix = "wxshare.signing", name = "app-id")
public final class WxShareSigningAutoConfiguration {
  static final String APP_ID = "wxshare.signing.app-id";
  static final String KEY = "wxshare.signing.key";
  static final String KEY_PASSWORD = "wxshare.signing.key-password";
  static final String ALGORITHM = "wxshare.signing.algorithm";

  /** The signer from {@code wxshare.signing.*}. */
  @Bean
  @ConditionalOnMissingBean
  public ShareSigner wxShareSigner(Environment environment, ResourceLoader resources) {
    String appId = environment.getRequiredProperty(APP_ID);
    String location = environment.getProperty(KEY);
    if (location == null || location.isBlank()) {
      throw new IllegalStateException(KEY + " is not set: give the private key's location, such as "
          + "file:/run/secrets/share-key.pem (" + APP_ID + " is set, so the app signs shares)");
    }
    String pem = read(resources.getResource(location), location);
    String password = environment.getProperty(KEY_PASSWORD);
    char[] chars = password == null || password.isEmpty() ? null : password.toCharArray();
    try {
      SigningKey key = SigningKey.fromPem(pem, chars);
      String expected = environment.getProperty(ALGORITHM);
      if (expected != null && !expected.isBlank() && !key.algorithm().name().equalsIgnoreCase(expected.trim())) {
        throw new IllegalStateException(KEY + " (" + location + ") is " + key + ", but " + ALGORITHM + " is " + expected
            + ": give a key of that kind, or set " + ALGORITHM + " to " + key.algorithm().name());
      }
      return ShareSigner.of(appId, key);
    } catch (ShareSigningException e) {
      String property = e.code().startsWith("signing.") ? APP_ID : KEY + " (" + location + ")";
      throw new IllegalStateException(property + ": " + e.code() + ": " + e.message(Locale.ENGLISH), null);
    } finally {
      if (chars != null) {
        java.util.Arrays.fill(chars, '\0');
      }
    }
  }

  /**
   * With the actuator: {@code wxshare.signing.key} and {@code .key-password} (in any relaxed form,
   * {@code WXSHARE_SIGNING_KEY_PASSWORD} too) are masked in the env and configprops endpoints even
   * when {@code management.endpoint.env.show-values} shows the others.
   */
  @Configuration(proxyBeanMethods = false)
  @ConditionalOnClass(name = "org.springframework.boot.actuate.endpoint.SanitizingFunction")
  static final class Actuator {
    @Bean
    SanitizingFunction wxShareSigningSanitizer() {
      return SanitizingFunction.sanitizeValue().ifKeyMatches(key -> isSecret(key));
    }
  }

  /** {@code wxshare.signing.key} or {@code .key-password}, however the property source spells it. */
  static boolean isSecret(String key) {
    String plain = key.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]", "");
    return plain.equals("wxsharesigningkey") || plain.equals("wxsharesigningkeypassword");
  }

  private static String read(Resource resource, String location) {
    try (InputStream in = resource.getInputStream()) {
      byte[] bytes = BoundedRead.bytes(in, Pem.MAX_CHARS);
      if (bytes == null) {
        throw new IllegalStateException(KEY + " (" + location + ") is over " + Pem.MAX_CHARS + " bytes: it is not a PEM "
            + "key file");
      }
      return new String(bytes, StandardCharsets.US_ASCII);
    } catch (IOException e) {
      throw new IllegalStateException(KEY + " (" + location + ") cannot be read: " + e.getClass().getSimpleName()
          + "; check the location and the file's permissions", null);
    }
  }

}
