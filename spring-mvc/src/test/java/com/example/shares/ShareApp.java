package com.example.shares;

import io.github.wxshare.core.ParsedShareRequest;
import io.github.wxshare.core.ShareMiniProgramRequest;
import io.github.wxshare.core.ShareRequestJson;
import io.github.wxshare.core.Violation;
import io.github.wxshare.core.constraints.MiniProgramPath;
import io.github.wxshare.core.constraints.MiniProgramUserName;
import io.github.wxshare.core.constraints.Required;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import java.util.List;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.bind.annotation.RestControllerAdvice;

/**
 * A new user's app: a starter on the class path, the model in controllers, nothing else. The Boot 4
 * and the Boot 3 starter's tests both run it (this module's test jar).
 */
@SpringBootApplication
public class ShareApp {
  static final String DONUT = "{\"userName\":\"Mini Program original id \",\"path\":\"pages/index/index\",\"title\":\"xxxx\","
      + "\"imagePath\":\"/pages/thumb.png\",\"WebpageUrl\":\"https://www.qq.com\",\"MiniprogramType\":0,\"withShareTicket\":true}";

  static ShareMiniProgramRequest built() {
    return ShareMiniProgramRequest.builder().userName("gh_d43f693ca31f").path("pages/index/index?id=7")
        .title("双十一 🎉").imagePath("/pages/thumb.png").webpageUrl("https://www.qq.com").build();
  }

  /** What a back end accepts from its admin UI. */
  public static final class CampaignForm {
    @Required @MiniProgramUserName public String miniProgram;
    @Required @MiniProgramPath public String landingPage;
    @NotNull public String owner;
  }

  /** A body with no wxshare constraint. */
  public static final class Plain {
    @NotNull public String name;
  }

  /** A request inside the app's own body. */
  public static final class Campaign {
    public String name;
    public ShareMiniProgramRequest share;
  }

  /** An app's own exception, and an advice for it: it must still win. */
  static final class Teapot extends RuntimeException {
    private static final long serialVersionUID = 1L;
  }

  @RestControllerAdvice
  static class OwnAdvice {
    @ExceptionHandler(Teapot.class)
    ResponseEntity<String> teapot() {
      return ResponseEntity.status(418).body("the app's own");
    }

    @ExceptionHandler(IllegalStateException.class)
    ResponseEntity<String> illegalState(IllegalStateException e) {
      return ResponseEntity.status(409).body("the app's own: " + e.getMessage());
    }
  }

  @RestController
  static class Shares {
    @GetMapping("/request")
    ShareMiniProgramRequest request() {
      return built();
    }

    @GetMapping("/violations")
    List<Violation> violations() {
      return ShareRequestJson.create().read(DONUT).violations();
    }

    @GetMapping("/parsed-invalid")
    ParsedShareRequest parsedInvalid() {
      return ShareRequestJson.create().read(DONUT);
    }

    @PostMapping("/share")
    ShareMiniProgramRequest share(@RequestBody ShareMiniProgramRequest request) {
      return request;
    }

    @PostMapping("/parsed")
    ParsedShareRequest parsed(@RequestBody ParsedShareRequest parsed) {
      return parsed;
    }

    @PostMapping("/campaign")
    ShareMiniProgramRequest campaign(@RequestBody Campaign campaign) {
      return campaign.share;
    }

    @PostMapping("/form")
    String form(@Valid @RequestBody CampaignForm form) {
      return "ok";
    }

    @PostMapping("/plain")
    String plain(@Valid @RequestBody Plain plain) {
      return "ok";
    }

    @PostMapping("/empty-allowed")
    String emptyAllowed(@RequestBody(required = false) ShareMiniProgramRequest request) {
      return request == null ? "no body" : request.path();
    }

    @GetMapping("/throws")
    ShareMiniProgramRequest throwsInvalid() {
      return ShareMiniProgramRequest.builder().userName("wx1234567890abcdef").path("pages/a").imagePath("/a.png")
          .webpageUrl("https://www.qq.com").build();
    }

    @GetMapping("/teapot")
    String teapot() {
      throw new Teapot();
    }

    @GetMapping("/state")
    String state() {
      throw new IllegalStateException("mine");
    }
  }
}
