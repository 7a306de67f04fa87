package com.example.boot3;

import com.fasterxml.jackson.databind.Module;
import io.github.wxshare.core.ShareMiniProgramRequest;
import io.github.wxshare.jackson.WxShareModule;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.context.annotation.Bean;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/** A Boot 3.5 app: wxshare-jackson on the class path and the README's one bean. */
@SpringBootApplication
public class Boot3App {
  // readme:boot3:start
  @Bean
  Module wxShareModule() {
    return new WxShareModule(); // Boot 3 adds every Module bean to its ObjectMapper
  }
  // readme:boot3:end

  static ShareMiniProgramRequest built() {
    return ShareMiniProgramRequest.builder().userName("gh_d43f693ca31f").path("pages/index/index")
        .imagePath("/pages/thumb.png").webpageUrl("https://www.qq.com").title("双十一 🎉").build();
  }

  @RestController
  static class Shares {
    @GetMapping("/request")
    ShareMiniProgramRequest request() {
      return built();
    }

    @PostMapping("/share")
    ShareMiniProgramRequest share(@RequestBody ShareMiniProgramRequest request) {
      return request;
    }
  }
}
