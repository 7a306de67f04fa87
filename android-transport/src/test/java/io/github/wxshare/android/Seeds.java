package io.github.wxshare.android;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

/**
 * The two reference documents as they were given (copies of the project's {@code seeds}), and
 * their example code blocks, cut out exactly as the documents write them: comments, callbacks,
 * trailing blanks and all.
 */
final class Seeds {
  static final String DONUT = "000_ceeb153a91e79645.txt";
  static final String CORDOVA = "001_0a6c199532dc9b01.txt";

  private Seeds() {}

  static String text(String name) {
    try (InputStream in = Seeds.class.getResourceAsStream("seeds/" + name)) {
      if (in == null) {
        throw new IllegalStateException("no seed " + name);
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Donut's "JSAPI Examples of code": from {@code wx.miniapp.shareMiniProgramMessage(} to its closing {@code })}. */
  static String donutCode() {
    String text = text(DONUT);
    int start = text.indexOf("wx.miniapp.shareMiniProgramMessage({", text.indexOf("# JSAPI Examples of code"));
    int end = text.indexOf("\n})\n", start) + "\n})\n".length();
    if (start < 0 || end < start) {
      throw new IllegalStateException("the Donut seed's code block moved");
    }
    return text.substring(start, end);
  }

  /** Cordova's example: the {@code ```javascript} block. */
  static String cordovaCode() {
    String text = text(CORDOVA);
    int start = text.indexOf("```javascript\n") + "```javascript\n".length();
    int end = text.indexOf("```", start);
    if (start < "```javascript\n".length() || end < 0) {
      throw new IllegalStateException("the Cordova seed's code block moved");
    }
    return text.substring(start, end);
  }
}
