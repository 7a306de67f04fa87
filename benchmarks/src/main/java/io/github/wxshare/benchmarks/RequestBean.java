package io.github.wxshare.benchmarks;

import io.github.wxshare.core.ShareMiniProgramRequest;
import io.github.wxshare.core.constraints.ChatScene;
import io.github.wxshare.core.constraints.FallbackWebpageUrl;
import io.github.wxshare.core.constraints.LocalImagePath;
import io.github.wxshare.core.constraints.MiniProgramPath;
import io.github.wxshare.core.constraints.MiniProgramTypeCode;
import io.github.wxshare.core.constraints.MiniProgramUserName;
import io.github.wxshare.core.constraints.Required;
import io.github.wxshare.core.constraints.Utf8Length;

/**
 * The request as a plain mutable bean, the way a user of Hibernate Validator or of plain Jackson
 * would write it: private fields, getters and setters. Its fields carry exactly the annotations of
 * {@link ShareMiniProgramRequest}'s fields, so Hibernate Validator runs the same rules on it, and it
 * can hold the invalid values that a {@code ShareMiniProgramRequest} never holds. Jackson binds it
 * and ignores the annotations.
 */
public final class RequestBean {
  @Required @MiniProgramUserName
  private String userName;

  @Required @MiniProgramPath(maxLength = ShareMiniProgramRequest.MAX_PATH_LENGTH)
  private String path;

  @Utf8Length(max = ShareMiniProgramRequest.MAX_TITLE_BYTES)
  private String title;

  @Utf8Length(max = ShareMiniProgramRequest.MAX_DESCRIPTION_BYTES)
  private String description;

  @Required @LocalImagePath(maxLength = ShareMiniProgramRequest.MAX_IMAGE_PATH_LENGTH)
  private String imagePath;

  @Required @FallbackWebpageUrl(maxBytes = ShareMiniProgramRequest.MAX_WEBPAGE_URL_BYTES)
  private String webpageUrl;

  private boolean withShareTicket;

  @MiniProgramTypeCode
  private int miniprogramType;

  @ChatScene
  private int scene;

  public String getUserName() {
    return userName;
  }

  public void setUserName(String userName) {
    this.userName = userName;
  }

  public String getPath() {
    return path;
  }

  public void setPath(String path) {
    this.path = path;
  }

  public String getTitle() {
    return title;
  }

  public void setTitle(String title) {
    this.title = title;
  }

  public String getDescription() {
    return description;
  }

  public void setDescription(String description) {
    this.description = description;
  }

  public String getImagePath() {
    return imagePath;
  }

  public void setImagePath(String imagePath) {
    this.imagePath = imagePath;
  }

  public String getWebpageUrl() {
    return webpageUrl;
  }

  public void setWebpageUrl(String webpageUrl) {
    this.webpageUrl = webpageUrl;
  }

  public boolean isWithShareTicket() {
    return withShareTicket;
  }

  public void setWithShareTicket(boolean withShareTicket) {
    this.withShareTicket = withShareTicket;
  }

  public int getMiniprogramType() {
    return miniprogramType;
  }

  public void setMiniprogramType(int miniprogramType) {
    this.miniprogramType = miniprogramType;
  }

  public int getScene() {
    return scene;
  }

  public void setScene(int scene) {
    this.scene = scene;
  }
}
