package io.github.wxshare.core;

import com.fasterxml.jackson.core.io.JsonStringEncoder;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * One table of field values and the code each must get (null: valid), run by every engine: the
 * builder, Hibernate Validator on the request's annotations, and the JSON codec. Boundaries come in
 * pairs: the last value that passes and the first that fails.
 */
final class RuleCases {
  /** One field value. {@code java} is what the builder and Hibernate Validator get; {@code json} the literal. */
  static final class Case {
    final String field;
    final String json;
    final Object java;
    final boolean jsonOnly;
    final String code;

    Case(String field, String json, Object java, boolean jsonOnly, String code) {
      this.field = field;
      this.json = json;
      this.java = java;
      this.jsonOnly = jsonOnly;
      this.code = code;
    }

    @Override
    public String toString() {
      String shown = json.length() > 60 ? json.substring(0, 40) + "...(" + json.length() + " chars)" : json;
      return field + "=" + shown + " -> " + (code == null ? "valid" : code);
    }
  }

  private static final List<Case> ALL = new ArrayList<>();

  private RuleCases() {}

  static List<Case> all() {
    return Collections.unmodifiableList(ALL);
  }

  static String quote(String s) {
    return "\"" + new String(JsonStringEncoder.getInstance().quoteAsString(s)) + "\"";
  }

  private static void str(String field, String value, String code) {
    ALL.add(new Case(field, quote(value), value, false, code));
  }

  private static void num(String field, String json, int java, String code) {
    ALL.add(new Case(field, json, java, false, code));
  }

  /** An {@code extraInfo} map, given to the builder as it is and written as JSON in its order. */
  private static void map(String field, java.util.Map<String, String> java, String code) {
    StringBuilder json = new StringBuilder("{");
    for (java.util.Map.Entry<String, String> e : java.entrySet()) {
      json.append(json.length() > 1 ? "," : "").append(quote(e.getKey())).append(':').append(quote(e.getValue()));
    }
    ALL.add(new Case(field, json.append('}').toString(), java, false, code));
  }

  private static java.util.Map<String, String> entries(int n, String key, String value) {
    java.util.Map<String, String> m = new java.util.LinkedHashMap<>();
    for (int i = 0; i < n; i++) {
      m.put(n == 1 ? key : key + i, value);
    }
    return m;
  }

  /** A JSON value the Java API cannot even express (a wrong type, a string boolean). */
  private static void jsonOnly(String field, String json, String code) {
    ALL.add(new Case(field, json, null, true, code));
  }

  private static String times(String s, int n) {
    StringBuilder b = new StringBuilder(s.length() * n);
    for (int i = 0; i < n; i++) {
      b.append(s);
    }
    return b.toString();
  }

  static {
    // userName
    str("userName", "gh_d43f693ca31f", null);
    str("userName", "gh_0123456789ab", null);
    str("userName", "", "userName.required");
    str("userName", "   ", "userName.required");
    str("userName", "\u3000\t\n", "userName.required");
    str("userName", "wx1234567890abcdef", "userName.appId");
    str("userName", "WX1234567890ABCDEF", "userName.appId");
    str("userName", "gh_d43f693ca31f@app", "userName.format");
    str("userName", "gh_D43F693CA31F", "userName.format");
    str("userName", " gh_d43f693ca31f", "userName.format");
    str("userName", "gh_d43f693ca31", "userName.format");
    str("userName", "gh_d43f693ca31f0", "userName.format");
    str("userName", "gh_d43f693ca31g", "userName.format");
    str("userName", "wx1234567890abcde", "userName.format");
    str("userName", "Mini Program original id ", "userName.format");
    str("userName", "小程序原始id", "userName.format");
    str("userName", "gh_d43f693ca31\ud800", "userName.format");
    jsonOnly("userName", "null", "userName.required");
    jsonOnly("userName", "123", "userName.type");
    jsonOnly("userName", "true", "userName.type");
    jsonOnly("userName", "[\"gh_d43f693ca31f\"]", "userName.type");
    jsonOnly("userName", "{}", "userName.type");

    // path
    str("path", "pages/index/index", null);
    str("path", "/pages/detail?id=7&q=中文", null);
    str("path", "?foo=bar", null);
    str("path", "pages/a?url=https://x.com/y%3Fz=1&w=a b", null);
    str("path", "pages/a?", null);
    str("path", "?x", null);
    str("path", "pages/a?x=1?y=2", "path.questionMark");
    str("path", "pages/a?url=https://x.com/y?z=1&w=a b", "path.questionMark");
    str("path", "??", "path.questionMark");
    str("path", "pages/a??", "path.questionMark");
    str("path", "?", "path.format");
    str("path", "pages/.hidden/..x/index", null);
    str("path", "//host/pages/index", null);
    str("path", times("p", 10240), null);
    str("path", times("页", 10240), null);
    str("path", times("😀", 10240), null);
    str("path", times("p", 10241), "path.length");
    str("path", times("😀", 10241), "path.length");
    str("path", "https://mp.weixin.qq.com/pages/index", "path.url");
    str("path", "weixin://dl/business", "path.url");
    str("path", "a:b?c", "path.url");
    str("path", "pages/index index", "path.format");
    str("path", "pages/index\u3000index", "path.format");
    str("path", " pages/index", "path.format");
    str("path", "pages/./index", "path.format");
    str("path", "../pages/index", "path.format");
    str("path", "pages/..", "path.format");
    str("path", "pages/index?q=\u0000", "path.format");
    str("path", "pages/index?q=\t", "path.format");
    str("path", "pages/\ud800", "path.format");
    str("path", "", "path.required");
    jsonOnly("path", "7", "path.type");

    // title: 512 UTF-8 bytes
    str("title", "", null);
    str("title", "   ", null);
    str("title", times("a", 512), null);
    str("title", times("a", 513), "title.length");
    str("title", times("中", 170), null);
    str("title", times("中", 171), "title.length");
    str("title", times("😀", 128), null);
    str("title", times("😀", 129), "title.length");
    str("title", times(" ", 513), "title.length");
    str("title", "a\ud800", "title.format");
    str("title", "\udc00" + times("a", 600), "title.format");
    jsonOnly("title", "null", null);
    jsonOnly("title", "1", "title.type");

    // description: 1024 UTF-8 bytes
    str("description", times("a", 1024), null);
    str("description", times("a", 1025), "description.length");
    str("description", times("中", 341), null);
    str("description", times("中", 342), "description.length");
    str("description", times("😀", 256), null);
    str("description", times("😀", 257), "description.length");
    str("description", "\udc00", "description.format");
    jsonOnly("description", "false", "description.type");

    // imagePath
    str("imagePath", "/pages/thumb.png", null);
    str("imagePath", "www/img/logo.png", null);
    str("imagePath", "wxfile://tmp_a1b2c3.jpg", null);
    str("imagePath", "file:///sdcard/DCIM/a.JPEG", null);
    str("imagePath", "file:///sdcard/a.png?v=2", null);
    str("imagePath", "content://media/external/images/media/12", null);
    str("imagePath", "/data/user/0/app/cache/tmpfile", null);
    str("imagePath", "my photo.webp", null);
    str("imagePath", "a.gif", null);
    str("imagePath", "a.bmp", null);
    str("imagePath", "a.heic", null);
    str("imagePath", "a.HEIF", null);
    str("imagePath", "a.avif", null);
    str("imagePath", ".png", null);
    str("imagePath", "/" + times("i", 4091) + ".png", null);
    str("imagePath", "/" + times("i", 4092) + ".png", "imagePath.length");
    str("imagePath", "http://cdn.example.com/a.png", "imagePath.remote");
    str("imagePath", "https://cdn.example.com/a.png", "imagePath.remote");
    str("imagePath", "HTTPS://cdn.example.com/a.png", "imagePath.remote");
    str("imagePath", "//cdn.example.com/a.png", "imagePath.remote");
    str("imagePath", "data:image/png;base64,iVBORw0KGgo=", "imagePath.scheme");
    str("imagePath", "ftp://example.com/a.png", "imagePath.scheme");
    str("imagePath", "javascript:alert(1)", "imagePath.scheme");
    str("imagePath", "C:\\images\\thumb.png", "imagePath.scheme");
    str("imagePath", "/pages/logo.svg", "imagePath.format");
    str("imagePath", "/pages/logo.SVG", "imagePath.format");
    str("imagePath", "notes.txt", "imagePath.format");
    str("imagePath", "/pages/a\u0001.png", "imagePath.format");
    str("imagePath", "file://", "imagePath.format");
    str("imagePath", "file:logo.svg", "imagePath.format");
    str("imagePath", "content:logo.png", null);
    str("imagePath", "file:.svg", null);
    str("imagePath", "a\ud800.png", "imagePath.format");
    str("imagePath", " ", "imagePath.required");
    jsonOnly("imagePath", "false", "imagePath.type");

    // webpageUrl: 1024 UTF-8 bytes
    str("webpageUrl", "https://www.qq.com", null);
    str("webpageUrl", "http://www.qq.com/path?x=1#top", null);
    str("webpageUrl", "https://user@example.com:8080/p", null);
    str("webpageUrl", "http://[::1]:8080/", null);
    str("webpageUrl", "https://example.com/%E4%B8%AD", null);
    str("webpageUrl", "HTTPS://WWW.QQ.COM", null);
    str("webpageUrl", "http://192.168.1.140:8083/", null);
    str("webpageUrl", "https://x.com/" + times("a", 1010), null);
    str("webpageUrl", "https://x.com/" + times("a", 1011), "webpageUrl.length");
    str("webpageUrl", "https://x.com/" + times("中", 400), "webpageUrl.length");
    str("webpageUrl", "www.qq.com", "webpageUrl.scheme");
    str("webpageUrl", "//www.qq.com", "webpageUrl.scheme");
    str("webpageUrl", "localhost:8080/x", "webpageUrl.scheme");
    str("webpageUrl", "ftp://example.com", "webpageUrl.scheme");
    str("webpageUrl", "javascript:alert(1)", "webpageUrl.scheme");
    str("webpageUrl", "http:192.168.1.140:8083/", "webpageUrl.format");
    str("webpageUrl", "http://", "webpageUrl.format");
    str("webpageUrl", "https://www.qq.com/a b", "webpageUrl.format");
    str("webpageUrl", "https://www.qq.com/中文", "webpageUrl.format");
    str("webpageUrl", "https://www.qq.com/%zz", "webpageUrl.format");
    str("webpageUrl", "https://exa mple.com", "webpageUrl.format");
    str("webpageUrl", "http://example.com:99999/", "webpageUrl.format");
    str("webpageUrl", "https://www.qq.com/\ud800", "webpageUrl.format");
    str("webpageUrl", "", "webpageUrl.required");
    jsonOnly("webpageUrl", "1", "webpageUrl.type");

    // withShareTicket: a boolean, or the strings "true" and "false"
    jsonOnly("withShareTicket", "true", null);
    jsonOnly("withShareTicket", "false", null);
    jsonOnly("withShareTicket", "\"true\"", null);
    jsonOnly("withShareTicket", "\"false\"", null);
    jsonOnly("withShareTicket", "null", null);
    jsonOnly("withShareTicket", "\"TRUE\"", "withShareTicket.type");
    jsonOnly("withShareTicket", "\"yes\"", "withShareTicket.type");
    jsonOnly("withShareTicket", "1", "withShareTicket.type");
    jsonOnly("withShareTicket", "[]", "withShareTicket.type");

    // miniprogramType: integers 0..2; 1.0 and 1e0 are integers, 1.5 is not
    num("miniprogramType", "0", 0, null);
    num("miniprogramType", "1", 1, null);
    num("miniprogramType", "2", 2, null);
    num("miniprogramType", "1.0", 1, null);
    num("miniprogramType", "1e0", 1, null);
    num("miniprogramType", "-0", 0, null);
    num("miniprogramType", "3", 3, "miniprogramType.range");
    num("miniprogramType", "-1", -1, "miniprogramType.range");
    num("miniprogramType", "2147483648", Integer.MAX_VALUE, "miniprogramType.range");
    num("miniprogramType", "1e20", Integer.MAX_VALUE, "miniprogramType.range");
    num("miniprogramType", "-1e400", Integer.MIN_VALUE, "miniprogramType.range");
    jsonOnly("miniprogramType", "1.5", "miniprogramType.type");
    jsonOnly("miniprogramType", "1e-1", "miniprogramType.type");
    jsonOnly("miniprogramType", "\"1\"", "miniprogramType.type");
    jsonOnly("miniprogramType", "true", "miniprogramType.type");
    jsonOnly("miniprogramType", "null", null);

    // scene: only 0
    num("scene", "0", 0, null);
    num("scene", "0.0", 0, null);
    num("scene", "1", 1, "scene.unsupported");
    num("scene", "2", 2, "scene.unsupported");
    num("scene", "-1", -1, "scene.unsupported");
    jsonOnly("scene", "0.5", "scene.type");
    jsonOnly("scene", "\"0\"", "scene.type");
    jsonOnly("scene", "null", null);

    // disableForward, isUpdatableMessage, isSecretMessage: JSON booleans only
    for (String flag : new String[] {"disableForward", "isUpdatableMessage", "isSecretMessage"}) {
      ALL.add(new Case(flag, "true", true, false, null));
      ALL.add(new Case(flag, "false", false, false, null));
      jsonOnly(flag, "null", null);
      jsonOnly(flag, "\"true\"", flag + ".type");
      jsonOnly(flag, "1", flag + ".type");
      jsonOnly(flag, "{}", flag + ".type");
    }

    // extraInfo: string keys (1 to 64 code points) to string values (up to 1024), at most 32 entries
    map("extraInfo", entries(0, "", ""), null);
    map("extraInfo", entries(1, "activity_id", "1234567890"), null);
    map("extraInfo", entries(1, " ", ""), null);
    map("extraInfo", entries(1, "键", "值 😀"), null);
    map("extraInfo", entries(32, "k", "v"), null);
    map("extraInfo", entries(1, times("k", 64), "v"), null);
    map("extraInfo", entries(1, times("😀", 64), "v"), null);
    map("extraInfo", entries(1, "k", times("v", 1024)), null);
    map("extraInfo", entries(33, "k", "v"), "extraInfo.length");
    map("extraInfo", entries(1, times("k", 65), "v"), "extraInfo.length");
    map("extraInfo", entries(1, "k", times("中", 1025)), "extraInfo.length");
    map("extraInfo", entries(1, "", "v"), "extraInfo.format");
    map("extraInfo", entries(1, "k\ud800", "v"), "extraInfo.format");
    map("extraInfo", entries(1, "k", "\udc00"), "extraInfo.format");
    java.util.Map<String, String> manyWithAnEmptyKey = entries(40, "k", "v");
    manyWithAnEmptyKey.put("", "v");
    map("extraInfo", manyWithAnEmptyKey, "extraInfo.format"); // format before length
    jsonOnly("extraInfo", "null", null);
    jsonOnly("extraInfo", "[]", "extraInfo.type");
    jsonOnly("extraInfo", "\"a=b\"", "extraInfo.type");
    jsonOnly("extraInfo", "{\"a\":1}", "extraInfo.type");
    jsonOnly("extraInfo", "{\"a\":null}", "extraInfo.type");
    jsonOnly("extraInfo", "{\"a\":\"b\",\"c\":{\"d\":\"e\"}}", "extraInfo.type");

    // thumbDataHash: 64 lower-case hex digits, with msgSignature (each case gets a valid partner)
    String hash = Fixtures.HASH;
    str("thumbDataHash", hash, null);
    str("thumbDataHash", times("0", 64), null);
    str("thumbDataHash", hash.toUpperCase(java.util.Locale.ROOT), "thumbDataHash.format");
    str("thumbDataHash", " " + hash + " ", "thumbDataHash.format");
    str("thumbDataHash", hash.substring(1), "thumbDataHash.format");
    str("thumbDataHash", hash + "0", "thumbDataHash.format");
    str("thumbDataHash", hash.substring(1) + "g", "thumbDataHash.format");
    str("thumbDataHash", "", "thumbDataHash.format");
    str("thumbDataHash", "   ", "thumbDataHash.format");
    str("thumbDataHash", hash.substring(1) + "\ud800", "thumbDataHash.format");
    jsonOnly("thumbDataHash", "null", "thumbDataHash.required");
    jsonOnly("thumbDataHash", "1", "thumbDataHash.type");

    // msgSignature: standard Base64, padded, at most 2048 characters, with thumbDataHash
    str("msgSignature", "c2lnbmVk", null);
    str("msgSignature", "c2lnbmU=", null);
    str("msgSignature", "c2lnbg==", null);
    str("msgSignature", "ab+/" + times("A", 340), null);
    str("msgSignature", times("A", 2048), null);
    str("msgSignature", times("A", 2052), "msgSignature.length");
    str("msgSignature", times("A", 2051) + "\ud800", "msgSignature.format"); // format before length
    str("msgSignature", "c2lnbg", "msgSignature.format");
    str("msgSignature", "ab ", "msgSignature.format");
    str("msgSignature", "ab c", "msgSignature.format");
    str("msgSignature", "ab-_", "msgSignature.format");
    str("msgSignature", "c2ln\nbmVk", "msgSignature.format");
    str("msgSignature", "====", "msgSignature.format");
    str("msgSignature", "A===", "msgSignature.format");
    str("msgSignature", "A=AA", "msgSignature.format");
    str("msgSignature", "", "msgSignature.format");
    str("msgSignature", "    ", "msgSignature.format");
    str("msgSignature", "c2lnbmVk\ud800", "msgSignature.format");
    jsonOnly("msgSignature", "null", "msgSignature.required");
    jsonOnly("msgSignature", "true", "msgSignature.type");
  }
}
