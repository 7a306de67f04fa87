package io.github.wxshare.kotlincheck

import io.github.wxshare.core.InvalidShareRequestException
import io.github.wxshare.core.MiniProgramType
import io.github.wxshare.core.ParsedShareRequest
import io.github.wxshare.core.ShareMiniProgramRequest
import io.github.wxshare.core.ShareRequestJson
import io.github.wxshare.core.ShareResult
import io.github.wxshare.core.Violation
import io.github.wxshare.testing.RecordingShareTransport
import java.util.Locale

// Compiled with JSpecify strict and warnings as errors. Each line leans on one nullness fact of the
// Java API: a `?.` or `?:` on a value that is not @Nullable is a warning (so an @Nullable added
// where null never comes fails here), and a `.length` on an @Nullable value is an error (so an
// @Nullable that is missing, making the type String!, or one that is wrong, fails here too).

/** What a Kotlin app writes: non-null where the contract says so, `String?` where it does not. */
fun describe(request: ShareMiniProgramRequest): String {
  val userName: String = request.userName()
  val path: String = request.path()
  val title: String? = request.title()
  val description: String? = request.description()
  val imagePath: String = request.imagePath()
  val webpageUrl: String = request.webpageUrl()
  val type: MiniProgramType = request.miniprogramType()
  return userName.length.toString() + path.length + (title?.length ?: 0) + (description ?: "-") +
      imagePath.length + webpageUrl.length + type.code()
}

fun build(title: String?): ShareMiniProgramRequest =
  ShareMiniProgramRequest.builder()
    .userName("gh_d43f693ca31f")
    .path("pages/index/index")
    .title(title) // @Nullable parameter: null removes the title
    .description(null)
    .imagePath("/pages/thumb.png")
    .webpageUrl("https://www.qq.com")
    .build()

fun report(parsed: ParsedShareRequest): List<String> =
  if (parsed.isValid) {
    listOf(ShareRequestJson.create().write(parsed.request()))
  } else {
    parsed.violations().map { v: Violation -> v.pointer() + " " + v.code() + ": " + v.message(Locale.CHINESE) }
  }

fun explain(result: ShareResult): String {
  val errStr: String? = result.errStr()
  val transaction: String? = result.transaction()
  val status: ShareResult.Status = result.status()
  return status.name + " " + (errStr ?: "") + " " + (transaction?.length ?: 0)
}

fun shareOnce(): String {
  val transport = RecordingShareTransport()
  val request = build("限时特惠")
  transport.share(request)
  return transport.lastRequest().userName()
}

fun messages(e: InvalidShareRequestException): String = e.violations().joinToString { it.message(Locale.ENGLISH) }
