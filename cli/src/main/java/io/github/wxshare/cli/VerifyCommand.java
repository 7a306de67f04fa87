package io.github.wxshare.cli;

import io.github.wxshare.server.ShareSigningException;
import io.github.wxshare.server.ShareVerifier;
import io.github.wxshare.server.Verification;
import io.github.wxshare.server.VerifyingKey;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code wxshare verify --app-id wx… --public-key pub.pem --card card.jpg signed.json}: as WeChat will check it. */
@Command(
    name = "verify",
    mixinStandardHelpOptions = true,
    description = {
      "Checks a signed share as WeChat will: the card's SHA-256 is thumbDataHash, and msgSignature is the public "
          + "key's signature over the signed fields for the AppID.",
      "Exit codes: 0 verified, 1 a check failed (the message says which) or the request is invalid, 2 a usage "
          + "error, an unreadable file, or a key or AppID that cannot verify."
    })
final class VerifyCommand implements Callable<Integer> {
  private final PrintStream out;
  private final PrintStream err;

  @Option(names = "--app-id", paramLabel = "wx…", required = true,
      description = "The AppID of the mobile app that shares (wx and 16 hex digits).")
  String appId;

  @Option(names = "--public-key", paramLabel = "PUB.pem", required = true,
      description = "The public key registered in the Open Platform: PUBLIC KEY or RSA PUBLIC KEY PEM.")
  Path publicKey;

  @Option(names = "--card", paramLabel = "CARD", required = true, description = "The card image the app sends.")
  Path card;

  @Option(names = "--lang", paramLabel = "TAG", defaultValue = "en", converter = CheckCommand.LangConverter.class,
      description = "Language of the messages: en, zh-CN or zh-TW. Default: ${DEFAULT-VALUE}.")
  Locale lang;

  @Parameters(index = "0", paramLabel = "SIGNED.json", description = "The signed share request.")
  Path signed;

  VerifyCommand(PrintStream out, PrintStream err) {
    this.out = out;
    this.err = err;
  }

  @Override
  public Integer call() {
    SigningFiles files = new SigningFiles("verify", lang, err);
    SigningFiles.Inputs in = files.read(signed, publicKey, card);
    if (in == null) {
      return files.failure;
    }
    Verification v;
    try {
      v = ShareVerifier.of(appId, VerifyingKey.fromPem(in.pem)).verify(in.request, in.card);
    } catch (ShareSigningException e) {
      return files.refused(e);
    }
    if (v.ok()) {
      out.println(Texts.of(lang, "verify.ok", "file", SigningFiles.shown(signed), "appId", appId));
      return 0;
    }
    err.println("wxshare verify: " + SigningFiles.shown(signed) + ": " + v.code() + ": " + v.message(lang));
    return 1;
  }
}
