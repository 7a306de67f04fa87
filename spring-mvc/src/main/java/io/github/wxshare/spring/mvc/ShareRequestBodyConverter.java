package io.github.wxshare.spring.mvc;

import io.github.wxshare.core.InvalidShareRequestException;
import io.github.wxshare.core.ParsedShareRequest;
import io.github.wxshare.core.ShareMiniProgramRequest;
import io.github.wxshare.core.ShareRequestJson;
import java.io.IOException;
import org.springframework.http.HttpInputMessage;
import org.springframework.http.HttpOutputMessage;
import org.springframework.http.MediaType;
import org.springframework.http.converter.AbstractHttpMessageConverter;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.http.converter.HttpMessageNotWritableException;
import org.jspecify.annotations.Nullable;

/**
 * Reads a request body as a {@code ShareMiniProgramRequest} or {@code ParsedShareRequest} with the
 * codec itself, reading at most the bound plus one byte; writes a request's canonical bytes. An
 * invalid body is Spring's {@code HttpMessageNotReadableException} (a 400 by default) whose cause is
 * the codec's {@code InvalidShareRequestException}, which {@link WxShareProblemDetails} (or the
 * app's own advice) answers with every violation. Both starters put it ahead of Jackson's converter;
 * an app without a starter can do the same in {@code WebMvcConfigurer.extendMessageConverters}.
 */
public final class ShareRequestBodyConverter extends AbstractHttpMessageConverter<Object> {
  private final ShareRequestJson codec;

  /** A converter that reads and writes with {@code codec} (its bound is the body's). */
  public ShareRequestBodyConverter(ShareRequestJson codec) {
    super(MediaType.APPLICATION_JSON, new MediaType("application", "*+json"));
    this.codec = codec;
  }

  @Override
  protected boolean supports(Class<?> type) {
    return type == ShareMiniProgramRequest.class || type == ParsedShareRequest.class;
  }

  /** Writes only requests: a {@code ParsedShareRequest} is written by Jackson, with the module. */
  @Override
  public boolean canWrite(Class<?> type, @Nullable MediaType mediaType) {
    return type == ShareMiniProgramRequest.class && canWrite(mediaType);
  }

  @Override
  protected Object readInternal(Class<?> type, HttpInputMessage input) throws IOException {
    // The body is read up to the bound plus one byte and left open: the server drains the rest.
    return as(type, codec.read(input.getBody()), input);
  }

  /**
   * What a handler asked for: the parsed document itself, or its request, or Spring's exception for
   * an unreadable body when the request is invalid.
   */
  static Object as(java.lang.reflect.Type type, ParsedShareRequest parsed, HttpInputMessage input) {
    if (type == ParsedShareRequest.class) {
      return parsed;
    }
    try {
      return parsed.request();
    } catch (InvalidShareRequestException invalid) {
      // Spring's own type for an unreadable body (400 wherever no advice answers), with every
      // violation in its cause, which WxShareProblemDetails (or the app's advice) answers.
      // The exception's summary: the first violations, pointers escaped, as a log line may show it.
      throw new HttpMessageNotReadableException(String.valueOf(invalid.getMessage()), invalid, input);
    }
  }

  @Override
  protected void writeInternal(Object value, HttpOutputMessage output) throws IOException, HttpMessageNotWritableException {
    output.getBody().write(codec.writeBytes((ShareMiniProgramRequest) value));
  }

  @Override
  protected boolean supportsRepeatableWrites(Object value) {
    return true;
  }
}
