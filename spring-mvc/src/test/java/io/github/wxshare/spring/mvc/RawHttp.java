package io.github.wxshare.spring.mvc;

import java.nio.charset.StandardCharsets;

/** HTTP/1.1 by hand, for what an HTTP client library hides: the starters' HTTP tests (the test jar). */
public final class RawHttp {
  private RawHttp() {}

  /** A raw HTTP/1.1 POST whose answer is read on this thread while another sends the body. */
  public static String postReadingWhileSending(int port, String path, byte[] body) throws Exception {
    try (java.net.Socket socket = new java.net.Socket("127.0.0.1", port)) {
      socket.setSoTimeout(30_000);
      java.io.OutputStream out = socket.getOutputStream();
      Thread sender = new Thread(() -> {
        try {
          out.write(("POST " + path + " HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Type: application/json\r\n"
              + "Content-Length: " + body.length + "\r\nConnection: close\r\n\r\n").getBytes(StandardCharsets.US_ASCII));
          out.write(body);
          out.flush();
        } catch (java.io.IOException closedByTheServer) {
          // The server answered and closed: the rest of the body is not wanted.
        }
      });
      sender.start();
      byte[] answer = socket.getInputStream().readAllBytes();
      sender.join(30_000);
      return new String(answer, StandardCharsets.UTF_8);
    }
  }

  /** The body of a raw HTTP/1.1 answer, its chunks joined. */
  public static String body(String answer) {
    int start = answer.indexOf("\r\n\r\n") + 4;
    if (!answer.substring(0, start).toLowerCase(java.util.Locale.ROOT).contains("transfer-encoding: chunked")) {
      return answer.substring(start);
    }
    StringBuilder out = new StringBuilder();
    int at = start;
    while (true) {
      int lineEnd = answer.indexOf("\r\n", at);
      int size = Integer.parseInt(answer.substring(at, lineEnd).trim(), 16);
      if (size == 0) {
        return out.toString();
      }
      out.append(answer, lineEnd + 2, lineEnd + 2 + size); // the problem document is ASCII here
      at = lineEnd + 2 + size + 2;
    }
  }
}
