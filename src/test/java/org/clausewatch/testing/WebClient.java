package org.clausewatch.testing;

import java.io.IOException;
import java.net.CookieManager;
import java.net.HttpCookie;
import java.net.URI;
import java.net.URL;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/** A plain HTTP client with a cookie jar that signs in through the real sign-in form. */
public final class WebClient {

  /** The form parameter carrying the page's CSP nonce, as PrimeFaces' script sends it. */
  public static final String NONCE_PARAMETER = "primefaces.nonce";

  private static final Pattern NONCE = Pattern.compile("PrimeFaces\\.csp\\.init\\('([^']+)'\\)");

  private static final Pattern VIEW_STATE =
      Pattern.compile("name=\"jakarta.faces.ViewState\"[^>]*value=\"([^\"]+)\"");

  /** No test waits longer than this for one answer; a hang fails the test instead. */
  private static final java.time.Duration TIMEOUT = java.time.Duration.ofSeconds(30);

  private final URI base;
  private final CookieManager cookies = new CookieManager();
  private final HttpClient http;

  public WebClient(URL base) {
    this.base = URI.create(base.toString().replaceAll("/$", ""));
    this.http =
        HttpClient.newBuilder()
            .cookieHandler(cookies)
            // as browsers talk to a plain-HTTP server (no h2c upgrade)
            .version(HttpClient.Version.HTTP_1_1)
            .followRedirects(HttpClient.Redirect.NEVER)
            .build();
  }

  public HttpResponse<String> get(String path, String... headers)
      throws IOException, InterruptedException {
    HttpRequest.Builder request =
        HttpRequest.newBuilder(base.resolve(base.getPath() + path)).timeout(TIMEOUT);
    if (headers.length > 0) {
      request.headers(headers);
    }
    return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
  }

  public HttpResponse<byte[]> getBytes(String path) throws IOException, InterruptedException {
    return http.send(
        HttpRequest.newBuilder(base.resolve(base.getPath() + path)).build(),
        HttpResponse.BodyHandlers.ofByteArray());
  }

  public HttpResponse<String> post(String path, Map<String, String> form, String... headers)
      throws IOException, InterruptedException {
    HttpRequest.Builder request =
        HttpRequest.newBuilder(base.resolve(base.getPath() + path))
            .header("Content-Type", "application/x-www-form-urlencoded")
            .timeout(TIMEOUT)
            .POST(HttpRequest.BodyPublishers.ofString(encode(form)));
    if (Arrays.stream(headers).noneMatch("Origin"::equalsIgnoreCase)) {
      // as a browser does with every POST (shared.web.PostOnlyFilter refuses posts without it)
      request.header("Origin", origin());
    }
    if (headers.length > 0) {
      request.headers(headers);
    }
    return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
  }

  /**
   * Fills in and submits the sign-in form.
   *
   * @return the answer to the form post (a redirect when signed in)
   */
  public HttpResponse<String> signIn(String username, String password)
      throws IOException, InterruptedException {
    HttpResponse<String> page = get("/login");
    Map<String, String> form = new LinkedHashMap<>();
    form.put("signin", "signin");
    form.put("username", username);
    form.put("password", password);
    form.put("sign-in", "Sign in");
    form.put("jakarta.faces.ViewState", viewState(page.body()));
    form.put("primefaces.nonce", nonce(page.body()));
    return post("/login", form);
  }

  /** Signs in and fails loudly if that did not work. */
  public WebClient signedInAs(String username) throws IOException, InterruptedException {
    HttpResponse<String> answer = signIn(username, TestUsers.PASSWORD);
    if (answer.statusCode() != 302) {
      throw new IllegalStateException(
          "Sign-in as " + username + " failed: " + answer.statusCode() + " " + answer.body());
    }
    return this;
  }

  /** scheme://host:port of the application, as a browser sends it in the Origin header. */
  public String origin() {
    return base.getScheme() + "://" + base.getAuthority();
  }

  public static String viewState(String html) {
    Matcher m = VIEW_STATE.matcher(html);
    if (!m.find()) {
      throw new IllegalStateException("No Faces view state in page");
    }
    return m.group(1);
  }

  /**
   * The page's Content-Security-Policy nonce, which PrimeFaces' script sends back with every form
   * post (the server refuses posts without it).
   */
  public static String nonce(String html) {
    Matcher m = NONCE.matcher(html);
    if (!m.find()) {
      throw new IllegalStateException("No CSP nonce in page");
    }
    return m.group(1);
  }

  /** The fields every Faces form post of {@code page} carries: view state and CSP nonce. */
  public static Map<String, String> formOf(String page, String formId) {
    Map<String, String> form = new LinkedHashMap<>();
    form.put(formId, formId);
    form.put("jakarta.faces.ViewState", viewState(page));
    form.put("primefaces.nonce", nonce(page));
    return form;
  }

  public Optional<String> sessionId() {
    return cookies.getCookieStore().getCookies().stream()
        .filter(c -> c.getName().equals("JSESSIONID"))
        .map(HttpCookie::getValue)
        .findFirst();
  }

  /** Replaces the session cookie, as an attacker replaying a stolen id would. */
  public void useSessionId(String id) {
    cookies.getCookieStore().removeAll();
    HttpCookie cookie = new HttpCookie("JSESSIONID", id);
    cookie.setPath("/");
    cookie.setVersion(0);
    cookies.getCookieStore().add(base, cookie);
  }

  /** Name-value pairs as a form body or query string, URL-encoded as UTF-8. */
  public static String encode(Map<String, String> form) {
    return form.entrySet().stream()
        .map(
            e ->
                URLEncoder.encode(e.getKey(), StandardCharsets.UTF_8)
                    + "="
                    + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
        .collect(Collectors.joining("&"));
  }
}
