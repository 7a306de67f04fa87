package com.example.shares;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import io.github.wxshare.core.ShareRequestJson;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

/** The same app through MockMvc, as a Spring test of the user's own would reach it. */
@SpringBootTest(classes = ShareApp.class)
@AutoConfigureMockMvc
class StarterThroughMockMvcTest {
  @Autowired
  MockMvc mvc;

  @Test
  void aBadBodyIsAProblemAndABuiltRequestIsItsCanonicalJson() throws Exception {
    MvcResult bad = mvc.perform(post("/share").contentType(MediaType.APPLICATION_JSON).header("Accept-Language", "zh-HK")
        .content(ShareApp.DONUT)).andReturn();
    assertThat(bad.getResponse().getStatus()).isEqualTo(400);
    assertThat(bad.getResponse().getContentType()).isEqualTo("application/problem+json");
    String body = bad.getResponse().getContentAsString(java.nio.charset.StandardCharsets.UTF_8);
    assertThat(body).contains("\"title\":\"分享請求無效\"").contains("\"code\":\"webpageUrl.required\"").contains("未知的鍵");

    MvcResult good = mvc.perform(get("/request")).andReturn();
    assertThat(good.getResponse().getContentAsString(java.nio.charset.StandardCharsets.UTF_8))
        .isEqualTo(ShareRequestJson.create().write(ShareApp.built()));
  }
}
