package io.github.wxshare.server;

import io.github.wxshare.core.ShareMiniProgramRequest;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Map;
import java.util.TreeMap;
import org.jspecify.annotations.Nullable;

/**
 * The text a Mini Program card's signature covers, by WeChat's rule ("OpenSDK分享签名开发手册"):
 * {@code key=Base64(UTF-8(value))} for {@code appid}, {@code title}, {@code description},
 * {@code thumbDataHash}, {@code userName} and {@code path}, keys sorted by ASCII and joined with
 * {@code &}, standard Base64 without line breaks. An absent title or description is signed as the
 * empty value ({@code title=}): the set of keys is the rule's, whatever the request holds
 * (docs/contract.md, "Signed shares").
 */
final class SigningString {
  private SigningString() {}

  static byte[] of(String appId, ShareMiniProgramRequest request, String thumbDataHash) {
    Map<String, String> fields = new TreeMap<>(); // String order is ASCII order for these keys
    fields.put("appid", appId);
    fields.put("title", orEmpty(request.title()));
    fields.put("description", orEmpty(request.description()));
    fields.put("thumbDataHash", thumbDataHash);
    fields.put("userName", request.userName());
    fields.put("path", request.path());
    StringBuilder b = new StringBuilder(256);
    Base64.Encoder base64 = Base64.getEncoder();
    for (Map.Entry<String, String> e : fields.entrySet()) {
      if (b.length() > 0) {
        b.append('&');
      }
      b.append(e.getKey()).append('=').append(base64.encodeToString(e.getValue().getBytes(StandardCharsets.UTF_8)));
    }
    return b.toString().getBytes(StandardCharsets.US_ASCII);
  }

  private static String orEmpty(@Nullable String s) {
    return s == null ? "" : s;
  }
}
