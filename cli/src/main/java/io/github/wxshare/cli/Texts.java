package io.github.wxshare.cli;

import io.github.wxshare.core.internal.Languages;
import io.github.wxshare.core.internal.Messages;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.EnumMap;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;

/**
 * The CLI's own sentences (summary, unreadable files, usage mistakes) in the language of
 * {@code --lang}, from {@code texts.properties}, {@code texts_zh} and {@code texts_zh_Hant} beside
 * this class; the library's messages stay in core. Parameters are written {@code {name}}.
 */
final class Texts {
  private static final Map<Languages, Properties> FILES = new EnumMap<>(Languages.class);

  private Texts() {}

  /** The text of {@code key} in {@code locale}'s language, its parameters (name, value, ...) filled in. */
  static String of(Locale locale, String key, Object... parameters) {
    Languages language = Languages.of(locale);
    String template = file(language).getProperty(key);
    if (template == null) {
      template = file(Languages.ENGLISH).getProperty(key, key);
    }
    String[] pairs = new String[parameters.length];
    for (int i = 0; i < parameters.length; i++) {
      pairs[i] = String.valueOf(parameters[i]);
    }
    return Messages.render(template, locale, pairs);
  }

  private static synchronized Properties file(Languages language) {
    return FILES.computeIfAbsent(language, l -> {
      Properties properties = new Properties();
      try (InputStream in = Texts.class.getResourceAsStream("texts" + l.fileSuffix + ".properties")) {
        if (in != null) {
          properties.load(in);
        }
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
      return properties;
    });
  }
}
