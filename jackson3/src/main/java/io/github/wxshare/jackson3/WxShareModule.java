package io.github.wxshare.jackson3;

import tools.jackson.core.Version;
import tools.jackson.databind.JacksonModule;
import tools.jackson.databind.module.SimpleDeserializers;
import tools.jackson.databind.module.SimpleSerializers;
import io.github.wxshare.core.MiniProgramType;
import io.github.wxshare.core.ParsedShareRequest;
import io.github.wxshare.core.ShareMiniProgramRequest;
import io.github.wxshare.core.ShareRequestJson;
import io.github.wxshare.core.ShareResult;
import io.github.wxshare.core.ShareScene;
import io.github.wxshare.core.Violation;
import java.util.Locale;
import java.util.Objects;
import java.util.function.Supplier;
import org.jspecify.annotations.Nullable;

/**
 * wxshare's value types for a Jackson 3 mapper ({@code tools.jackson}): what {@code ShareRequestJson}
 * writes and reads, through the mapper. Registered by {@code JsonMapper.builder().findAndAddModules()}
 * (this jar has the service file), by Spring Boot 4 through {@code wxshare-spring-boot-starter}, or by
 * hand:
 *
 * <pre>{@code
 * JsonMapper mapper = JsonMapper.builder().addModule(new WxShareModule()).build();
 * String json = mapper.writeValueAsString(request);          // the canonical form
 * ShareMiniProgramRequest back = mapper.readValue(json, ShareMiniProgramRequest.class);
 * }</pre>
 *
 * <ul>
 *   <li>{@link ShareMiniProgramRequest} is written in the canonical form, byte for byte what
 *       {@code ShareRequestJson.write} gives (a pretty-printing mapper indents it), and read through
 *       the codec's own rules: unknown keys (with "did you mean"), duplicate keys, no coercion, the
 *       document bound, every violation at once. A value that breaks them throws
 *       {@link InvalidShareRequestJsonException}, a {@code MismatchedInputException} that carries the
 *       violations with their pointers in the whole document.
 *   <li>{@link ParsedShareRequest} is read without throwing for an invalid request, as
 *       {@code ShareRequestJson.read} does; it is written as {@code {"valid":true,"request":{...}}}
 *       or {@code {"valid":false,"violations":[...]}}.
 *   <li>{@link Violation} is written as {@code {"pointer","code","message"}}, the message in the
 *       mapper's locale ({@code JsonMapper.builder().defaultLocale(...)}) or the one {@link #messageLocale} supplies.
 *   <li>{@link ShareResult} is written as {@code {"status","errCode","errStr","transaction"}}, absent
 *       values left out. Neither it nor a violation is read: a result comes from a transport and a
 *       violation from wxshare's rules, never from a document someone else wrote.
 *   <li>{@link MiniProgramType} and {@link ShareScene} are their wire numbers ({@code 0}, {@code 1},
 *       {@code 2}); reading takes an integer only.
 * </ul>
 *
 * <p>What is outside a value stays the mapper's: a document that is not JSON at all, a comment, or
 * content after the value is refused (or, for content after the value, accepted) by the mapper's
 * own features, with Jackson's own exceptions ({@code FAIL_ON_TRAILING_TOKENS} is on by default in
 * Jackson 3, so content after the value is refused, as {@code ShareRequestJson} refuses it).
 *
 * <p>The JVM only: jackson-databind 3 needs Android API 34, so Android apps use {@code wxshare-jackson}
 * (Jackson 3). Instances are immutable and thread-safe.
 */
public final class WxShareModule extends JacksonModule {
  private final ShareRequestJson codec;
  private final @Nullable Supplier<Locale> messageLocale;

  /** The module with {@code ShareRequestJson.create()}'s 64 KiB bound; messages in the mapper's locale. */
  public WxShareModule() {
    this(ShareRequestJson.create(), null);
  }

  private WxShareModule(ShareRequestJson codec, @Nullable Supplier<Locale> messageLocale) {
    this.codec = codec;
    this.messageLocale = messageLocale;
  }

  /** This module reading through {@code codec}, with its document bound. */
  public WxShareModule codec(ShareRequestJson codec) {
    return new WxShareModule(Objects.requireNonNull(codec, "codec == null"), messageLocale);
  }

  /**
   * This module writing violation messages in the locale {@code locale} gives at each write, such as
   * the current request's ({@code LocaleContextHolder::getLocale} in Spring), instead of the mapper's.
   */
  public WxShareModule messageLocale(Supplier<Locale> locale) {
    return new WxShareModule(codec, Objects.requireNonNull(locale, "locale == null"));
  }

  @Override
  public String getModuleName() {
    return "wxshare";
  }

  @Override
  public Object getRegistrationId() {
    return WxShareModule.class.getName();
  }

  @Override
  public Version version() {
    return Version.unknownVersion();
  }

  @Override
  public void setupModule(SetupContext context) {
    SimpleSerializers serializers = new SimpleSerializers();
    serializers.addSerializer(ShareMiniProgramRequest.class, new Writers.Request(codec));
    serializers.addSerializer(ParsedShareRequest.class, new Writers.Parsed(codec, messageLocale));
    serializers.addSerializer(Violation.class, new Writers.Violations(messageLocale));
    serializers.addSerializer(ShareResult.class, new Writers.Result());
    serializers.addSerializer(MiniProgramType.class, new Writers.Type());
    serializers.addSerializer(ShareScene.class, new Writers.Scene());
    context.addSerializers(serializers);

    SimpleDeserializers deserializers = new SimpleDeserializers();
    deserializers.addDeserializer(ShareMiniProgramRequest.class, new Readers.Request(codec));
    deserializers.addDeserializer(ParsedShareRequest.class, new Readers.Parsed(codec));
    deserializers.addDeserializer(MiniProgramType.class, new Readers.Type());
    deserializers.addDeserializer(ShareScene.class, new Readers.Scene());
    context.addDeserializers(deserializers);
  }
}
