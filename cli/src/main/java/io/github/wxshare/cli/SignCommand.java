package io.github.wxshare.cli;

import io.github.wxshare.core.ShareMiniProgramRequest;
import io.github.wxshare.core.ShareRequestJson;
import io.github.wxshare.server.ShareSigner;
import io.github.wxshare.server.ShareSigningException;
import io.github.wxshare.server.SigningKey;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code wxshare sign --app-id wx… --key key.pem --card card.jpg request.json}: the signed document. */
@Command(
    name = "sign",
    mixinStandardHelpOptions = true,
    description = {
      "Signs a share request for its card, as WeChat's OpenSDK share signing rule says (OpenSDK 6.8.18 or later): "
          + "prints the canonical JSON with thumbDataHash (the card's SHA-256) and msgSignature added. RSA keys sign "
          + "with RSAwithSHA256 (PSS), SM2 keys with SM2withSM3 (which needs bcprov-jdk18on on the class path).",
      "The app must send the card's exact bytes: publish CARD as it is.",
      "Exit codes: 0 signed, 1 the request is invalid, 2 a usage error, an unreadable file, or a key, AppID or card "
          + "that cannot sign."
    })
final class SignCommand implements Callable<Integer> {
  private final PrintStream out;
  private final PrintStream err;
  private final Map<String, String> environment;

  @Option(names = "--app-id", paramLabel = "wx…", required = true,
      description = "The AppID of the mobile app that shares (wx and 16 hex digits), not the Mini Program's.")
  String appId;

  @Option(names = "--key", paramLabel = "KEY.pem", required = true,
      description = "The private key: PKCS#8, encrypted PKCS#8 (with --key-password-env) or PKCS#1 RSA PEM.")
  Path key;

  @Option(names = "--key-password-env", paramLabel = "VAR",
      description = "The environment variable that holds the encrypted key's password (never an argument: "
          + "arguments show in the process list).")
  @Nullable String passwordVariable;

  @Option(names = "--card", paramLabel = "CARD", required = true,
      description = "The card image's exact bytes, JPEG or PNG, at most 131072 bytes (wxshare thumbnail makes one).")
  Path card;

  @Option(names = "--lang", paramLabel = "TAG", defaultValue = "en", converter = CheckCommand.LangConverter.class,
      description = "Language of the messages: en, zh-CN or zh-TW. Default: ${DEFAULT-VALUE}.")
  Locale lang;

  @Parameters(index = "0", paramLabel = "REQUEST.json", description = "The share request to sign.")
  Path request;

  SignCommand(PrintStream out, PrintStream err, Map<String, String> environment) {
    this.out = out;
    this.err = err;
    this.environment = environment;
  }

  @Override
  public Integer call() {
    SigningFiles files = new SigningFiles("sign", lang, err);
    SigningFiles.Inputs in = files.read(request, key, card);
    if (in == null) {
      return files.failure;
    }
    char[] password = null;
    if (passwordVariable != null) {
      String value = environment.get(passwordVariable);
      if (value == null) {
        err.println(Texts.of(lang, "signing.noPassword", "variable", passwordVariable));
        return 2;
      }
      password = value.toCharArray();
    }
    try {
      ShareMiniProgramRequest signed = ShareSigner.of(appId, SigningKey.fromPem(in.pem, password)).sign(in.request, in.card);
      out.println(ShareRequestJson.create().write(signed));
      return 0;
    } catch (ShareSigningException e) {
      return files.refused(e);
    } finally {
      if (password != null) {
        java.util.Arrays.fill(password, '\0');
      }
    }
  }
}
