package org.clausewatch.shared.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.clausewatch.testing.Accessibility;
import org.clausewatch.testing.BrowserTest;
import org.clausewatch.testing.SeedStory;
import org.clausewatch.testing.TestDatabase;
import org.clausewatch.testing.TestUsers;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;

/**
 * Every page of the application, filled with the seed story, passes axe-core's automated WCAG 2.1 A
 * and AA checks as each role sees it (the journeys check the states they photograph, such as an
 * open dialog, the same way). A failure lists every page and element at once.
 */
class AccessibilityIT extends BrowserTest {

  @Test
  void theSignInPageAndTheErrorPagesPass() {
    browser.open(base, "/login");
    Map<String, List<String>> found = new LinkedHashMap<>();
    found.put("/login", Accessibility.violations(driver));
    browser.open(base, "/login?continue=%2Fcontracts");
    driver.findElement(By.id("username")).sendKeys("nobody-at-all");
    driver.findElement(By.id("password")).sendKeys("wrong");
    driver.findElement(By.id("sign-in")).click();
    awaitText(By.id("signin-messages"), "is not correct");
    found.put("/login after a wrong password", Accessibility.violations(driver));
    signInAs(TestUsers.create(TestUsers.unique("a11y-reader"), "CUI", "MANAGER"));
    check(found, "/no-such-page", "/contracts/edit");
    assertNone(found);
  }

  @Test
  void everyWorkbenchPagePasses() throws Exception {
    String suffix = TestDatabase.uniqueSuffix();
    String number = SeedStory.anthropicContract(suffix);
    long deadline;
    long dispute;
    String disputed;
    long topic;
    long obligation;
    long series;
    try (Connection c = TestDatabase.connect();
        Statement s = c.createStatement()) {
      SeedStory.insert(c, suffix);
      try (ResultSet r =
          s.executeQuery(
              "select (select min(d.id) from deadline d where d.contract_id = k.id), x.id,"
                  + " cl.number from contract k join usage_restriction u on u.contract_id = k.id"
                  + " join dispute x on x.restriction_id = u.id join clause cl on cl.id ="
                  + " u.clause_id where k.number = '"
                  + number
                  + "' order by x.id limit 1")) {
        r.next();
        deadline = r.getLong(1);
        dispute = r.getLong(2);
        disputed = r.getString(3);
      }
      try (ResultSet r =
          s.executeQuery(
              "insert into topic (id, name, created_by, created_at) values (nextval('topic_seq'),"
                  + " 'Accessible topic "
                  + suffix
                  + "', 'test', now()) returning id")) {
        r.next();
        topic = r.getLong(1);
      }
      s.executeUpdate(
          "update usage_restriction set topic_id = "
              + topic
              + " where contract_id = (select id from contract where number = '"
              + number
              + "')");
      obligation = SeedStory.obligation(c, number, "Quarterly usage report", null);
      series = SeedStory.obligation(c, number, "Monthly safety review", "FREQ=MONTHLY");
    }
    String c = "contract=" + number;
    Map<String, List<String>> found = new LinkedHashMap<>();
    open("/");
    check(
        found,
        "/",
        "/contracts",
        "/contracts?q=" + suffix + "&attention=true",
        "/contracts/view?number=" + number,
        "/contracts/history?number=" + number,
        "/contracts/edit",
        "/contracts/edit?number=" + number,
        "/contracts/participants?number=" + number,
        "/parties",
        "/parties/view?name=Anthropic",
        "/parties/edit?name=Anthropic",
        "/parties/edit",
        "/clauses/library",
        "/clauses/view?" + c + "&clause=H-1",
        "/clauses/view?" + c + "&clause=" + disputed,
        "/clauses/edit?" + c + "&clause=H-1",
        "/clauses/new?" + c,
        "/restrictions/edit?" + c,
        "/positions/edit?" + c + "&clause=H-1",
        "/disputes/act?" + c + "&clause=" + disputed + "&id=" + dispute,
        "/deadlines/new?" + c,
        "/deadlines/manage?id=" + deadline,
        "/deadlines/edit?id=" + deadline,
        "/obligations/new?" + c,
        "/obligations/edit?" + c + "&id=" + obligation,
        "/obligations/settle?" + c + "&id=" + obligation + "&date=2027-03-31",
        "/obligations/end?" + c + "&id=" + series,
        "/modifications/new?" + c,
        "/search?q=surveillance",
        "/search?q=no-such-words-" + suffix,
        "/topics",
        "/topics/view?id=" + topic,
        "/alerts/notifications",
        "/alerts/settings");
    assertNone(found);
  }

  @Test
  void theAdministratorsPagesPass() {
    signInAs(TestUsers.create(TestUsers.unique("a11y-admin"), "TOP_SECRET", "ADMINISTRATOR"));
    Map<String, List<String>> found = new LinkedHashMap<>();
    check(found, "/admin/users", "/admin/security-events", "/admin/outbox");
    assertNone(found);
  }

  private void check(Map<String, List<String>> found, String... paths) {
    for (String path : paths) {
      browser.open(base, path);
      found.put(path, Accessibility.violations(driver));
    }
  }

  private static void assertNone(Map<String, List<String>> found) {
    List<String> failures = new ArrayList<>();
    found.forEach((page, violations) -> violations.forEach(v -> failures.add(page + ": " + v)));
    assertThat(failures).as("WCAG 2.1 AA violations on %d pages", found.size()).isEmpty();
  }
}
