package io.github.wxshare.core.internal;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URL;
import java.util.Collections;
import java.util.Enumeration;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.ConcurrentHashMap;
import org.jspecify.annotations.Nullable;

/**
 * Renders message templates the way Hibernate Validator's {@code ParameterMessageInterpolator}
 * does, from the same files, without it: {@code {io.github.wxshare.key}} is looked up in
 * {@code ContributorValidationMessages.properties} (English), {@code _zh} (Simplified Chinese) or
 * {@code _zh_Hant} (Traditional Chinese), as {@link Languages#of} decides; {@code {name}} is a parameter.
 *
 * <p>The grammar, whole: text, and names in braces. A name that starts with {@code io.github.wxshare.}
 * is a message key, replaced by its text in the language, which is rendered in turn (up to four
 * levels: "{type.integer} {json.got.number}" joins two sentences, and a space after a Chinese
 * sentence's full-width mark is dropped); any other name is a parameter, replaced by its value
 * (escaped; a {@link #list} joined as the language joins one); a name that is neither stays as written.
 *
 * <p>Why not {@code ResourceBundle.getBundle}: every constraint library may ship a
 * {@code ContributorValidationMessages.properties}, and {@code getBundle} sees only the first one
 * on the class path. Here every copy is read and only wxshare's keys are kept.
 */
public final class Messages {
  /** The bundle Hibernate Validator aggregates from every jar, behind the app's own ValidationMessages. */
  public static final String BUNDLE = "ContributorValidationMessages";

  private static final Map<String, Map<String, String>> FILES = new ConcurrentHashMap<>();

  private Messages() {}

  /**
   * Renders {@code template} in {@code locale}. Unknown keys and parameters stay as written, as in
   * Hibernate Validator, so a missing translation shows up rather than vanishing. A parameter's
   * value is shown with its {@link Display#isUnsafe} characters escaped, so no message holds a raw
   * line break or terminal control, whatever a value or a provider's message held.
   */
  public static String render(String template, Locale locale, String... parameters) {
    StringBuilder out = new StringBuilder(template.length() + 64);
    render(template, locale, parameters, out, 0);
    return out.toString();
  }

  private static void render(String template, Locale locale, String[] parameters, StringBuilder out, int depth) {
    int i = 0;
    boolean afterText = false; // the output ends with a looked-up text, not a parameter's value
    while (i < template.length()) {
      int open = template.indexOf('{', i);
      int close = open < 0 ? -1 : template.indexOf('}', open);
      // Templates join sentences with a space ("{type.integer} {json.got.number}"); after a
      // full-width mark that ends a Chinese sentence, the space is not written.
      if (afterText && template.charAt(i) == ' ' && endsWithFullWidthMark(out)) {
        i++;
        if (i == template.length()) {
          return;
        }
      }
      afterText = false;
      if (close < 0) {
        out.append(template, i, template.length());
        return;
      }
      out.append(template, i, open);
      String name = template.substring(open + 1, close);
      String text = name.startsWith(RuleValidator.KEY_PREFIX) && depth < 4 ? lookup(name, locale) : null;
      String value;
      if (text != null) {
        render(text, locale, parameters, out, depth + 1);
        afterText = true;
      } else if ((value = parameter(parameters, name)) != null) {
        appendValue(out, value, locale);
      } else {
        out.append(template, open, close + 1);
      }
      i = close + 1;
    }
  }

  /**
   * A parameter's value, its {@link Display#isUnsafe} characters escaped (values come quoted; a
   * provider's own text may not); a {@link #list} as the language joins one.
   */
  private static void appendValue(StringBuilder out, String value, Locale locale) {
    if (value.indexOf(LIST_SEPARATOR) < 0) {
      out.append(Display.unsafeEscaped(value));
      return;
    }
    String[] items = value.split(String.valueOf(LIST_SEPARATOR), -1);
    String comma = lookup(RuleValidator.KEY_PREFIX + "list.comma", locale);
    String and = lookup(RuleValidator.KEY_PREFIX + "list.and", locale);
    for (int i = 0; i < items.length; i++) {
      if (i > 0) {
        out.append(i < items.length - 1 ? (comma == null ? ", " : comma) : (and == null ? " and " : and));
      }
      out.append(Display.unsafeEscaped(items[i]));
    }
  }

  private static final char LIST_SEPARATOR = '\u001F';

  /**
   * A parameter value that a message shows as a list, joined as its language joins one: "a, b and
   * c" in English ({@code io.github.wxshare.list.comma} and {@code .and} in each file). The items
   * are separated by U+001F, which {@link Display#isUnsafe} escapes in every other value, so no
   * value from a document can become a list.
   */
  public static String list(String... items) {
    return String.join(String.valueOf(LIST_SEPARATOR), items);
  }

  private static boolean endsWithFullWidthMark(StringBuilder out) {
    if (out.length() == 0) {
      return false;
    }
    char c = out.charAt(out.length() - 1);
    return c == '\u3002' || c == '\uFF0C' || c == '\uFF1B' || c == '\uFF1A' || c == '\uFF1F' || c == '\uFF01'
        || c == '\uFF09' || c == '\u3001';
  }

  /** The value of the last pair named {@code name} in {@code pairs} (name, value, ...), or null. */
  private static @Nullable String parameter(String[] pairs, String name) {
    for (int i = pairs.length - 2; i >= 0; i -= 2) {
      if (pairs[i].equals(name)) {
        return pairs[i + 1] == null ? "null" : pairs[i + 1];
      }
    }
    return null;
  }

  /**
   * The text of {@code key} for {@code locale}: in the language {@link Languages#of} gives, then
   * English when that file lacks the key.
   */
  public static @Nullable String lookup(String key, Locale locale) {
    Languages language = Languages.of(locale);
    if (language != Languages.ENGLISH) {
      String text = file(language.fileSuffix).get(key);
      if (text != null) {
        return text;
      }
    }
    return file("").get(key);
  }

  private static Map<String, String> file(String suffix) {
    Map<String, String> cached = FILES.get(suffix);
    if (cached == null) {
      cached = load(BUNDLE + suffix + ".properties");
      FILES.putIfAbsent(suffix, cached);
    }
    return cached;
  }

  private static Map<String, String> load(String name) {
    Map<String, String> keys = new HashMap<>();
    try {
      ClassLoader loader = Messages.class.getClassLoader();
      Enumeration<URL> urls = loader == null ? ClassLoader.getSystemResources(name) : loader.getResources(name);
      for (URL url : Collections.list(urls)) {
        Properties properties = new Properties();
        try (InputStream in = url.openStream()) {
          properties.load(in); // ISO-8859-1 with \\u escapes: read alike by Android and every JDK
        }
        for (String key : properties.stringPropertyNames()) {
          if (key.startsWith(RuleValidator.KEY_PREFIX)) {
            keys.putIfAbsent(key, properties.getProperty(key));
          }
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + name + " from the class path", e);
    }
    return keys;
  }
}
