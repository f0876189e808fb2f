package org.clausewatch.account.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URL;
import java.net.http.HttpResponse;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.List;
import java.util.Map;
import org.clausewatch.testing.Deployments;
import org.clausewatch.testing.FromAddress;
import org.clausewatch.testing.TestDatabase;
import org.clausewatch.testing.TestUsers;
import org.clausewatch.testing.WebClient;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Sessions over real HTTP (OWASP ASVS 3.x, 2.2.1): a new id at sign-in, sign-out ends the session
 * on the server, repeated failures slow down and lock, cookies and headers are hardened.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class SessionIT {

  @Deployment(testable = false)
  static WebArchive deployment() {
    return Deployments.asBuilt();
  }

  @ArquillianResource URL base;

  @Test
  void theSessionIdChangesAtSignIn() throws Exception {
    String user = TestUsers.create(TestUsers.unique("rotate"), "CUI", "MANAGER");
    WebClient web = new WebClient(base);
    assertThat(web.get("/login").headers().firstValue("Set-Cookie"))
        .as("the sign-in page is stateless: no session for a visitor")
        .isEmpty();
    web.get("/contracts"); // a protected page remembers itself in an anonymous session
    String before = web.sessionId().orElseThrow();

    HttpResponse<String> answer = web.signIn(user, TestUsers.PASSWORD);

    assertThat(answer.statusCode()).isEqualTo(302);
    assertThat(web.sessionId()).hasValueSatisfying(after -> assertThat(after).isNotEqualTo(before));
    assertThat(web.get("/contracts").statusCode()).isEqualTo(200);

    WebClient attacker = new WebClient(base);
    attacker.useSessionId(before);
    assertThat(attacker.get("/contracts").statusCode())
        .as("the id known before sign-in is worth nothing")
        .isEqualTo(302);
  }

  @Test
  void signingInLeadsBackToThePageAskedForAndNeverToAnotherSite() throws Exception {
    String user = TestUsers.create(TestUsers.unique("return"), "CUI", "MANAGER");
    WebClient web = new WebClient(base);
    // A link from an alert's e-mail, opened while signed out.
    HttpResponse<String> asked = web.get("/contracts?q=HQ0034&attention=true");
    String login = asked.headers().firstValue("Location").orElseThrow();
    assertThat(login).endsWith("/login?continue=%2Fcontracts%3Fq%3DHQ0034%26attention%3Dtrue");

    HttpResponse<String> page = web.get(login.substring(login.indexOf("/login")));
    assertThat(page.body())
        .as("the form carries it")
        .contains(
            "name=\"continue\" id=\"continue\" value=\"/contracts?q=HQ0034&amp;attention=true\"");
    HttpResponse<String> answer = signInFrom(web, page, user, "/contracts?q=HQ0034&attention=true");

    assertThat(answer.statusCode()).isEqualTo(302);
    assertThat(answer.headers().firstValue("Location").orElseThrow())
        .endsWith("/contracts?q=HQ0034&attention=true");

    WebClient other = new WebClient(base);
    HttpResponse<String> forgedPage = other.get("/login?continue=%2F%2Fevil.example%2Fx");
    assertThat(forgedPage.body()).doesNotContain("name=\"continue\"").doesNotContain("evil");
    HttpResponse<String> refused = signInFrom(other, forgedPage, user, "https://evil.example/x");
    assertThat(refused.statusCode()).isEqualTo(302);
    assertThat(refused.headers().firstValue("Location").orElseThrow())
        .as("another site is never where sign-in leads")
        .doesNotContain("evil")
        .endsWith("/");
  }

  /** Posts the sign-in form of {@code page} with {@code continueTo} in its hidden field. */
  private static HttpResponse<String> signInFrom(
      WebClient web, HttpResponse<String> page, String user, String continueTo) throws Exception {
    Map<String, String> form = WebClient.formOf(page.body(), "signin");
    form.put("continue", continueTo);
    form.put("username", user);
    form.put("password", TestUsers.PASSWORD);
    form.put("sign-in", "Sign in");
    return web.post("/login", form);
  }

  @Test
  void signingOutEndsTheSessionOnTheServer() throws Exception {
    String user = TestUsers.create(TestUsers.unique("signout"), "CUI", "MANAGER");
    WebClient web = new WebClient(base).signedInAs(user);
    String session = web.sessionId().orElseThrow();
    HttpResponse<String> page = web.get("/contracts");
    assertThat(page.statusCode()).isEqualTo(200);

    var form = WebClient.formOf(page.body(), "account-menu");
    form.put("account-menu:sign-out", "Sign out");
    HttpResponse<String> out = web.post("/contracts", form);

    assertThat(out.statusCode()).isEqualTo(302);
    assertThat(out.headers().firstValue("Location").orElseThrow())
        .contains("/login?signedOut=true");
    WebClient replay = new WebClient(base);
    replay.useSessionId(session);
    HttpResponse<String> again = replay.get("/contracts");
    assertThat(again.statusCode()).isEqualTo(302);
    assertThat(again.headers().firstValue("Location").orElseThrow())
        .endsWith("/login?continue=%2Fcontracts");
    assertThat(events(user, "SIGN_OUT")).containsExactly("SUCCESS");
  }

  @Test
  void aWrongPasswordIsRefusedWithAMessageThatNamesNeitherPart() throws Exception {
    String user = TestUsers.create(TestUsers.unique("wrong"), "CUI", "MANAGER");
    WebClient web = new WebClient(base);

    HttpResponse<String> wrongPassword = web.signIn(user, "not the password at all");
    HttpResponse<String> unknownUser = web.signIn("nobody-" + user, "not the password at all");

    assertThat(wrongPassword.statusCode()).isEqualTo(401);
    assertThat(wrongPassword.body()).contains("The user name or password is not correct.");
    assertThat(unknownUser.body()).contains("The user name or password is not correct.");
    assertThat(events(user, "SIGN_IN")).containsExactly("FAILURE");
  }

  @Test
  void failuresFromOneAddressLockOnlyThatAddressOutButFailuresFromEverywhereLockTheAccount()
      throws Exception {
    String user = TestUsers.create(TestUsers.unique("lock"), "CUI", "MANAGER");
    WebClient attacker = new WebClient(base);
    for (int i = 0; i < 3; i++) {
      assertThat(attacker.signIn(user, "wrong password " + i).body()).contains("is not correct");
    }
    assertThat(attacker.signIn(user, TestUsers.PASSWORD).body())
        .as("the fourth attempt comes too soon; even the right password is not checked")
        .contains("Too many sign-in attempts");
    assertThat(attacker.signIn("nobody-" + user, "x").body())
        .as("another name from the same address is not throttled")
        .contains("is not correct");
    Thread.sleep(1100);
    assertThat(attacker.signIn(user, "wrong password 3").body()).contains("is not correct");
    Thread.sleep(1100);
    assertThat(attacker.signIn(user, "wrong password 4").body()).contains("is not correct");
    Thread.sleep(1100);
    assertThat(attacker.signIn(user, TestUsers.PASSWORD).body())
        .as("five failures: this address is locked out for this name")
        .contains("Too many sign-in attempts");

    FromAddress userMachine = new FromAddress("127.0.0.2", base);
    assertThat(userMachine.signIn(user, TestUsers.PASSWORD).status())
        .as("the user, from their own machine, still signs in")
        .isEqualTo(302);

    FromAddress elsewhere = new FromAddress("127.0.0.3", base);
    for (int i = 0; i < 3; i++) {
      elsewhere.signIn(user, "wrong again " + i);
      Thread.sleep(1100);
    }
    assertThat(events(user, "LOCKOUT"))
        .as("failures from every address together lock the account, for administrators to see")
        .containsExactly("SUCCESS");
    assertThat(userMachine.signIn(user, TestUsers.PASSWORD).body())
        .contains("Too many sign-in attempts");

    String admin = TestUsers.create(TestUsers.unique("unlocker"), "UNCLASSIFIED", "ADMINISTRATOR");
    WebClient administrator = new WebClient(base).signedInAs(admin);
    // Filtered by name: the list pages, and other tests' users may fill the first page.
    HttpResponse<String> users = administrator.get("/admin/users?q=" + user + "&user=" + user);
    assertThat(users.body()).contains("Locked until");
    var form = WebClient.formOf(users.body(), "status");
    form.put("status:unlock", "Unlock");
    HttpResponse<String> unlocked = administrator.post("/admin/users?user=" + user, form);
    assertThat(unlocked.body()).contains("is unlocked");

    assertThat(new WebClient(base).signIn(user, TestUsers.PASSWORD).statusCode()).isEqualTo(302);
    assertThat(events(user, "USER_UNLOCKED")).containsExactly("SUCCESS");
  }

  @Test
  void
      aFloodOfSignInsFromOneAddressIsRefusedBeforeAnyPasswordIsCheckedWithTheSameWordsForEveryName()
          throws Exception {
    FromAddress flood = new FromAddress("127.0.0.4", base);
    String user = TestUsers.create(TestUsers.unique("flooded"), "CUI", "MANAGER");
    String last = "";
    for (int i = 0; i < 12; i++) {
      last = flood.signIn(i % 2 == 0 ? user : "nobody-" + i, "not the password").body();
    }
    assertThat(last).contains("Too many sign-in attempts");
    assertThat(flood.signIn(user, TestUsers.PASSWORD).body())
        .as("even the right password waits for the next minute")
        .contains("Too many sign-in attempts");
    assertThat(new WebClient(base).signIn(user, TestUsers.PASSWORD).statusCode())
        .as("another address is not affected")
        .isEqualTo(302);
  }

  @Test
  void aSignInWithAControlCharacterInTheNameIsRefusedAndRecorded() throws Exception {
    String name = TestUsers.unique("nul") + "\u0000admin";
    HttpResponse<String> answer = new WebClient(base).signIn(name, "whatever it is");

    assertThat(answer.statusCode()).isEqualTo(401);
    assertThat(answer.body()).contains("The user name or password is not correct.");
    assertThat(events(name.replace("\u0000", "\\u0000"), "SIGN_IN")).containsExactly("FAILURE");
  }

  @Test
  void resettingAPasswordOrChangingRolesEndsTheUsersSessionsAtOnce() throws Exception {
    String user = TestUsers.create(TestUsers.unique("ended"), "CUI", "MANAGER");
    WebClient userWeb = new WebClient(base).signedInAs(user);
    WebClient secondDevice = new WebClient(base).signedInAs(user);
    assertThat(userWeb.get("/contracts").statusCode()).isEqualTo(200);
    String admin = TestUsers.create(TestUsers.unique("ender"), "TOP_SECRET", "ADMINISTRATOR");
    WebClient adminWeb = new WebClient(base).signedInAs(admin);

    HttpResponse<String> page = adminWeb.get("/admin/users?user=" + user);
    var form = WebClient.formOf(page.body(), "reset");
    form.put("reset:newPassword", "a brand new long password");
    form.put("reset:reset-password", "Reset password");
    assertThat(adminWeb.post("/admin/users?user=" + user, form).statusCode()).isEqualTo(200);

    assertThat(userWeb.get("/contracts").statusCode()).as("ended at once").isEqualTo(302);
    assertThat(secondDevice.get("/contracts").statusCode()).as("every session").isEqualTo(302);
    assertThat(adminWeb.get("/contracts").statusCode()).as("not the admin's").isEqualTo(200);

    WebClient again = new WebClient(base);
    assertThat(again.signIn(user, "a brand new long password").statusCode()).isEqualTo(302);
    page = adminWeb.get("/admin/users?user=" + user);
    form = WebClient.formOf(page.body(), "edit");
    form.put("edit:displayName", "Ended user");
    form.put("edit:email", "");
    form.put("edit:roles", "LEGAL");
    form.put("edit:clearance", "CUI");
    form.put("edit:save", "Save changes");
    assertThat(adminWeb.post("/admin/users?user=" + user, form).body()).contains("saved");
    assertThat(again.get("/contracts").statusCode()).as("roles changed: ended").isEqualTo(302);
  }

  @Test
  void cookiesAndHeadersAreHardened() throws Exception {
    WebClient web = new WebClient(base);
    HttpResponse<String> login = web.get("/login");

    String cookie = web.get("/contracts").headers().firstValue("Set-Cookie").orElseThrow();
    assertThat(cookie).contains("HttpOnly").contains("SameSite=Strict");
    assertThat(login.body()).doesNotContain("jsessionid");
    assertThat(login.headers().firstValue("X-Content-Type-Options")).contains("nosniff");
    assertThat(login.headers().firstValue("Referrer-Policy")).contains("same-origin");
    assertThat(login.headers().firstValue("Content-Security-Policy"))
        .hasValueSatisfying(
            csp ->
                assertThat(csp)
                    .contains("frame-ancestors 'none'")
                    .containsPattern("script-src 'self' 'nonce-[A-Za-z0-9+/=]+'")
                    .doesNotContain("unsafe-inline' 'nonce")
                    .doesNotContain("unsafe-eval"));
    String reader = TestUsers.create(TestUsers.unique("headers"), "CUI", "MANAGER");
    HttpResponse<String> export =
        new WebClient(base).signedInAs(reader).get("/contracts/export.csv");
    assertThat(export.statusCode()).isEqualTo(200);
    assertThat(export.headers().firstValue("X-Content-Type-Options")).contains("nosniff");
    assertThat(export.headers().firstValue("Content-Security-Policy"))
        .hasValueSatisfying(csp -> assertThat(csp).contains("frame-ancestors 'none'"));
  }

  /** Outcomes of the events of {@code kind} by or about {@code user}. */
  private static List<String> events(String actor, String kind) throws Exception {
    try (Connection c = TestDatabase.connect();
        PreparedStatement q =
            c.prepareStatement(
                "select outcome from security_event where (actor = ? or subject = ?) and kind = ?"
                    + " order by id")) {
      q.setString(1, actor);
      q.setString(2, actor);
      q.setString(3, kind);
      try (ResultSet rs = q.executeQuery()) {
        List<String> outcomes = new java.util.ArrayList<>();
        while (rs.next()) {
          outcomes.add(rs.getString(1));
        }
        return outcomes;
      }
    }
  }
}
