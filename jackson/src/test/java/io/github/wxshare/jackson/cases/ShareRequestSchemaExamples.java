package io.github.wxshare.jackson.cases;

/** Two requests the cases write and read. */
final class ShareRequestSchemaExamples {
  static final String MINIMAL = "{\"userName\":\"gh_d43f693ca31f\",\"path\":\"pages/index/index\","
      + "\"imagePath\":\"/pages/thumb.png\",\"webpageUrl\":\"https://www.qq.com\"}";
  static final String FULL = "{\"userName\":\"gh_d43f693ca31f\",\"path\":\"/pages/detail?id=7&q=中文\",\"title\":\"双十一 🎉\","
      + "\"description\":\"限时\",\"imagePath\":\"wxfile://tmp/a.jpg\",\"webpageUrl\":\"https://www.qq.com/a?b=c\","
      + "\"withShareTicket\":true,\"miniprogramType\":2,\"scene\":0}";

  private ShareRequestSchemaExamples() {}
}
