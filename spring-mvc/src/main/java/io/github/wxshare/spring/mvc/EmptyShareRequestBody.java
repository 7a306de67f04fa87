package io.github.wxshare.spring.mvc;

import io.github.wxshare.core.ShareRequestJson;
import java.lang.reflect.Type;
import org.jspecify.annotations.Nullable;
import org.springframework.core.MethodParameter;
import org.springframework.http.HttpInputMessage;
import org.springframework.http.converter.HttpMessageConverter;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.servlet.mvc.method.annotation.RequestBodyAdviceAdapter;

/**
 * An empty body for a {@code @RequestBody ShareMiniProgramRequest} or {@code ParsedShareRequest} is
 * judged as an empty document is everywhere else ({@code wxshare check}, the codec): {@code json.syntax}
 * at the document, not Spring's generic "Required request body is missing". Spring MVC never hands an
 * empty body to a converter, so this advice gives the codec's answer where Spring asks what an empty
 * body means. A body the handler declares optional ({@code @RequestBody(required = false)}) stays
 * absent: null, as Spring gives it.
 */
@ControllerAdvice
public final class EmptyShareRequestBody extends RequestBodyAdviceAdapter {
  private final ShareRequestJson codec;

  /** The rule for bodies read with {@code codec}. */
  public EmptyShareRequestBody(ShareRequestJson codec) {
    this.codec = codec;
  }

  @Override
  public boolean supports(MethodParameter parameter, Type targetType,
      Class<? extends HttpMessageConverter<?>> converterType) {
    return converterType == ShareRequestBodyConverter.class;
  }

  @Override
  public @Nullable Object handleEmptyBody(@Nullable Object body, HttpInputMessage input, MethodParameter parameter,
      Type targetType, Class<? extends HttpMessageConverter<?>> converterType) {
    RequestBody annotation = parameter.getParameterAnnotation(RequestBody.class);
    if (annotation != null && !annotation.required()) {
      return body;
    }
    return ShareRequestBodyConverter.as(targetType, codec.read(new byte[0]), input);
  }
}
