package org.clausewatch.testing;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

/**
 * Signs in from another loopback address (127.0.0.x), as a second client machine would: the server
 * sees that address as the client's. Plain HTTP/1.1 over a socket bound to the address, since
 * Java's HTTP client cannot choose its source address on Java 17.
 */
public final class FromAddress {

  /** A response: status and body. */
  public record Answer(int status, String body) {}

  private final String source;
  private final URL base;

  public FromAddress(String source, URL base) {
    this.source = source;
    this.base = base;
  }

  /** Fills in and submits the (stateless) sign-in form from this address. */
  public Answer signIn(String username, String password) throws IOException {
    Answer page = send("GET", "/login", null);
    Map<String, String> form = new LinkedHashMap<>();
    form.put("signin", "signin");
    form.put("username", username);
    form.put("password", password);
    form.put("sign-in", "Sign in");
    form.put("jakarta.faces.ViewState", WebClient.viewState(page.body()));
    form.put(WebClient.NONCE_PARAMETER, WebClient.nonce(page.body()));
    return send("POST", "/login", WebClient.encode(form));
  }

  private Answer send(String method, String path, String form) throws IOException {
    int port = base.getPort() == -1 ? 80 : base.getPort();
    String host = base.getHost() + ":" + port;
    try (Socket socket = new Socket()) {
      socket.bind(new InetSocketAddress(InetAddress.getByName(source), 0));
      socket.connect(new InetSocketAddress(base.getHost(), port), 10_000);
      socket.setSoTimeout(30_000);
      byte[] body = form == null ? new byte[0] : form.getBytes(StandardCharsets.UTF_8);
      StringBuilder head = new StringBuilder();
      head.append(method).append(' ').append(path).append(" HTTP/1.1\r\n");
      head.append("Host: ").append(host).append("\r\n");
      head.append("Connection: close\r\n");
      if (form != null) {
        head.append("Origin: http://").append(host).append("\r\n");
        head.append("Content-Type: application/x-www-form-urlencoded\r\n");
        head.append("Content-Length: ").append(body.length).append("\r\n");
      }
      head.append("\r\n");
      OutputStream out = socket.getOutputStream();
      out.write(head.toString().getBytes(StandardCharsets.US_ASCII));
      out.write(body);
      out.flush();
      return parse(socket.getInputStream().readAllBytes());
    }
  }

  private static Answer parse(byte[] raw) throws IOException {
    String text = new String(raw, StandardCharsets.ISO_8859_1);
    int end = text.indexOf("\r\n\r\n");
    String head = text.substring(0, end);
    int status = Integer.parseInt(head.substring(9, 12));
    byte[] rest = java.util.Arrays.copyOfRange(raw, end + 4, raw.length);
    if (head.toLowerCase(Locale.ROOT).contains("transfer-encoding: chunked")) {
      rest = unchunk(new java.io.ByteArrayInputStream(rest));
    }
    return new Answer(status, new String(rest, StandardCharsets.UTF_8));
  }

  private static byte[] unchunk(InputStream in) throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    while (true) {
      StringBuilder size = new StringBuilder();
      int c;
      while ((c = in.read()) != -1 && c != '\n') {
        if (c != '\r') {
          size.append((char) c);
        }
      }
      int length = Integer.parseInt(size.toString().split(";")[0].strip(), 16);
      if (length == 0) {
        return out.toByteArray();
      }
      out.write(in.readNBytes(length));
      in.read();
      in.read();
    }
  }
}
