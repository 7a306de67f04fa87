package io.github.wxshare.core.internal;

import io.github.wxshare.core.constraints.ChatScene;
import org.jspecify.annotations.Nullable;

/** {@code scene}: only 0, the chat session, takes a Mini Program card. */
public final class ChatSceneValidator extends RuleValidator<ChatScene, Integer> {
  private static final Finding UNSUPPORTED = Finding.of("unsupported");

  public ChatSceneValidator() {
    super("ChatScene");
  }

  @Override
  public void initialize(ChatScene annotation) {
    message(annotation.message());
  }

  @Override
  protected @Nullable Finding check(Integer value) {
    return value == 0 ? null : UNSUPPORTED;
  }
}
