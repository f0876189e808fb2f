package org.clausewatch.shared.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URL;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.clausewatch.testing.Deployments;
import org.clausewatch.testing.TestUsers;
import org.clausewatch.testing.WebClient;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** What a user sees when a page does not exist or the server fails. */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class ErrorPagesIT {

  private static final Pattern REFERENCE = Pattern.compile("id=\"correlation-id\">([0-9a-f]{8})<");

  @Deployment(testable = false)
  static WebArchive deployment() {
    return Deployments.asBuilt().addClass(FailingServlet.class);
  }

  @ArquillianResource URL base;

  private WebClient web;

  @BeforeEach
  void signIn() throws Exception {
    web = new WebClient(base).signedInAs(TestUsers.create("errors-reader", "CUI", "MANAGER"));
  }

  private HttpResponse<String> get(String path) throws IOException, InterruptedException {
    return web.get(path);
  }

  @Test
  void aVisitorWhoHasNotSignedInIsSentToTheSignInPage() throws Exception {
    HttpResponse<String> response = new WebClient(base).get("/contracts");

    assertThat(response.statusCode()).isEqualTo(302);
    assertThat(response.headers().firstValue("Location"))
        .hasValueSatisfying(
            location -> assertThat(location).endsWith("/login?continue=%2Fcontracts"));
  }

  @Test
  void anUnknownAddressShowsOurNotFoundPageWithAReference() throws Exception {
    HttpResponse<String> response = get("/no/such/page");

    assertThat(response.statusCode()).isEqualTo(404);
    assertThat(response.body()).contains("Page not found").containsPattern(REFERENCE);
    assertThat(response.headers().firstValue("Server")).isEmpty();
    assertThat(response.headers().firstValue("X-Powered-By")).isEmpty();
    assertThat(response.body()).doesNotContainIgnoringCase("wildfly").doesNotContain("Undertow");
  }

  @Test
  void anAjaxRequestOnAnExpiredPageGetsAReloadOfferInsteadOfAnError() throws Exception {
    String form =
        "list=list&jakarta.faces.ViewState=stale&jakarta.faces.partial.ajax=true"
            // a PrimeFaces client sends the CSP nonce of the page it was loaded with
            + "&primefaces.nonce="
            + java.util.Base64.getEncoder()
                .encodeToString(java.util.UUID.randomUUID().toString().getBytes())
            + "&jakarta.faces.source=list%3Acontracts&jakarta.faces.partial.execute=list%3Acontracts"
            + "&jakarta.faces.partial.render=list%3Acontracts";
    HttpResponse<String> response =
        web.post("/contracts", formFields(form), "Faces-Request", "partial/ajax");

    assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
    assertThat(response.body())
        .contains("<partial-response")
        .contains("This page has expired")
        .doesNotContain("at jakarta.faces");
  }

  @Test
  void anAjaxRequestAfterTheSessionEndedLoadsTheSignInPageWithoutAnErrorInTheLog()
      throws Exception {
    Path log = Path.of(System.getProperty("jboss.home"), "standalone/log/server.log");
    long before = Files.size(log);
    WebClient signedOut = new WebClient(base);

    HttpResponse<String> post =
        signedOut.post(
            "/contracts",
            formFields("list=list&jakarta.faces.ViewState=gone&jakarta.faces.partial.ajax=true"),
            "Faces-Request",
            "partial/ajax",
            "Referer",
            signedOut.origin() + "/contracts?q=drones");
    assertThat(post.statusCode()).isEqualTo(302);
    String location = post.headers().firstValue("Location").orElseThrow();
    assertThat(location).endsWith("/login?continue=%2Fcontracts%3Fq%3Ddrones");
    // The browser's XMLHttpRequest follows the redirect with the same Faces-Request header.
    HttpResponse<String> followed =
        signedOut.get(
            location.substring(location.indexOf("/login")), "Faces-Request", "partial/ajax");

    assertThat(followed.statusCode()).isEqualTo(200);
    assertThat(followed.body())
        .startsWith("<?xml")
        .contains("<partial-response")
        .contains("<redirect url=\"")
        .contains("/login?continue=%2Fcontracts%3Fq%3Ddrones\"");
    assertThat(written(log, before))
        .doesNotContain("SEVERE")
        .doesNotContain("ERROR")
        .doesNotContain("CspException");
  }

  @Test
  void aCalendarAddressIsOpenToGetAndHeadOnlyAndEveryOtherMethodIsRefused() throws Exception {
    java.net.http.HttpClient http =
        java.net.http.HttpClient.newBuilder()
            .version(java.net.http.HttpClient.Version.HTTP_1_1)
            .build();
    java.net.URI feed =
        java.net.URI.create(
            base.toString().replaceAll("/$", "") + "/calendar/" + "a".repeat(43) + ".ics");
    java.util.Map<String, Integer> answers = new java.util.TreeMap<>();
    for (String method : java.util.List.of("PUT", "DELETE", "PATCH", "OPTIONS", "POST")) {
      HttpResponse<String> response =
          http.send(
              java.net.http.HttpRequest.newBuilder(feed)
                  .method(method, java.net.http.HttpRequest.BodyPublishers.noBody())
                  .header("Origin", new WebClient(base).origin())
                  .build(),
              HttpResponse.BodyHandlers.ofString());
      answers.put(method, response.statusCode());
    }
    // POST is the one method the server accepts besides GET and HEAD (undertow-handlers.conf
    // refuses the others with 405): without a signed-in user it is refused, not let through.
    assertThat(answers)
        .containsExactlyInAnyOrderEntriesOf(
            java.util.Map.of("POST", 403, "PUT", 405, "DELETE", 405, "PATCH", 405, "OPTIONS", 405));
    // A calendar client cannot sign in: an unknown token is not found, not the sign-in page.
    assertThat(new WebClient(base).get("/calendar/" + "a".repeat(43) + ".ics").statusCode())
        .isEqualTo(404);
  }

  private static String written(Path log, long before) throws IOException {
    byte[] all = Files.readAllBytes(log);
    return new String(
        java.util.Arrays.copyOfRange(all, (int) Math.min(before, all.length), all.length),
        java.nio.charset.StandardCharsets.UTF_8);
  }

  private static java.util.Map<String, String> formFields(String encoded) {
    java.util.Map<String, String> fields = new java.util.LinkedHashMap<>();
    for (String pair : encoded.split("&")) {
      String[] kv = pair.split("=", 2);
      fields.put(
          java.net.URLDecoder.decode(kv[0], java.nio.charset.StandardCharsets.UTF_8),
          java.net.URLDecoder.decode(kv[1], java.nio.charset.StandardCharsets.UTF_8));
    }
    return fields;
  }

  @Test
  void aFailureShowsOurErrorPageWithoutTraceAndTheReferenceIsInTheLog() throws Exception {
    HttpResponse<String> response = get("/test/failure");

    assertThat(response.statusCode()).isEqualTo(500);
    assertThat(response.body())
        .contains("Something went wrong")
        .doesNotContain("IllegalStateException")
        .doesNotContain("at org.")
        .doesNotContain(FailingServlet.SECRET_DETAIL);
    Matcher reference = REFERENCE.matcher(response.body());
    assertThat(reference.find()).isTrue();
    Path log = Path.of(System.getProperty("jboss.home"), "standalone/log/server.log");
    assertThat(Files.readString(log))
        .contains("reference " + reference.group(1))
        .contains(FailingServlet.SECRET_DETAIL);
  }

  private static void assertSecurityHeaders(HttpResponse<String> response) {
    assertThat(response.headers().allValues("Content-Security-Policy"))
        .as("exactly one policy")
        .hasSize(1);
    assertThat(response.headers().firstValue("X-Frame-Options")).contains("DENY");
    assertThat(response.headers().firstValue("X-Content-Type-Options")).contains("nosniff");
    assertThat(response.headers().firstValue("Cache-Control")).contains("no-store");
  }

  @Test
  void errorPagesAndRedirectsCarryTheSecurityHeadersWithOnePolicy() throws Exception {
    assertSecurityHeaders(get("/no/such.txt"));
    assertSecurityHeaders(get("/no/such/page"));
    assertSecurityHeaders(get("/test/failure"));
    assertSecurityHeaders(get("/admin/users"));
    assertSecurityHeaders(get("/contracts?q=%00"));
    assertSecurityHeaders(new WebClient(base).get("/contracts"));
  }

  @Test
  void aRefusedPageIsA403WithOneSecurityEventAndNoStackTraceInTheLog() throws Exception {
    Path log = Path.of(System.getProperty("jboss.home"), "standalone/log/server.log");
    long before = Files.size(log);

    HttpResponse<String> response = get("/admin/users");

    assertThat(response.statusCode()).isEqualTo(403);
    assertThat(response.body()).contains("Not allowed").containsPattern(REFERENCE);
    assertThat(written(log, before)).doesNotContain("AccessDenied").doesNotContain("ERROR");
  }

  @Test
  void badUrlParametersGetThe400PageNeverA500() throws Exception {
    for (String path :
        java.util.List.of(
            "/contracts?q=%00",
            "/contracts/view?number=" + "x".repeat(1_001),
            "/parties?q=a%1Bb",
            "/contracts?min=" + "9".repeat(100_000))) {
      HttpResponse<String> response = get(path);
      assertThat(response.statusCode())
          .as(path.substring(0, Math.min(40, path.length())))
          .isEqualTo(400);
      assertThat(response.body()).contains("This request cannot be answered");
    }
  }

  @Test
  void aFacesActionSentAsGetOrFromAnotherSiteChangesNothing() throws Exception {
    HttpResponse<String> page = get("/contracts");
    String viewState = WebClient.viewState(page.body());

    HttpResponse<String> asGet =
        get(
            "/contracts?account-menu=account-menu&account-menu%3Asign-out=x&jakarta.faces.ViewState="
                + java.net.URLEncoder.encode(viewState, java.nio.charset.StandardCharsets.UTF_8));
    assertThat(asGet.statusCode()).isEqualTo(400);

    var form = WebClient.formOf(page.body(), "account-menu");
    form.put("account-menu:sign-out", "Sign out");
    HttpResponse<String> crossSite = web.post("/contracts", form, "Origin", "https://evil.example");
    assertThat(crossSite.statusCode()).isEqualTo(400);

    assertThat(get("/contracts").statusCode()).as("still signed in").isEqualTo(200);
  }

  @Test
  void aPostbackOfAnExpiredPageOffersAReload() throws Exception {
    var form = WebClient.formOf(get("/contracts").body(), "account-menu");
    form.put("jakarta.faces.ViewState", "-1234567890:987654321");
    form.put("account-menu:sign-out", "Sign out");

    HttpResponse<String> response = web.post("/contracts", form);

    assertThat(response.statusCode()).isEqualTo(400);
    assertThat(response.body()).contains("This page has expired").contains("id=\"reload\"");
    assertThat(get("/contracts").statusCode()).as("still signed in").isEqualTo(200);
  }
}
