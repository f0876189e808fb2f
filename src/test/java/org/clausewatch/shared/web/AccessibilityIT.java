package org.clausewatch.shared.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.clausewatch.testing.Accessibility;
import org.clausewatch.testing.BrowserTest;
import org.clausewatch.testing.Keyboard;
import org.clausewatch.testing.SeedStory;
import org.clausewatch.testing.TestDatabase;
import org.clausewatch.testing.TestUsers;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriverException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Every page of the application, filled with the seed story, passes axe-core's automated WCAG 2.1 A
 * and AA checks as each role sees it (the journeys check the states they photograph, such as an
 * open dialog, the same way), and a walk through it with the Tab key ({@link Keyboard}): no trap,
 * the focus always visible. A failure lists every page and element at once.
 */
class AccessibilityIT extends BrowserTest {

  @Test
  void theSignInPageAndTheErrorPagesPass() {
    browser.open(base, "/login");
    Map<String, List<String>> found = new LinkedHashMap<>();
    found.put("/login", new ArrayList<>(Accessibility.violations(driver)));
    Keyboard.problems(driver, 3)
        .forEach(problem -> found.get("/login").add("keyboard: " + problem));
    browser.open(base, "/login?continue=%2Fcontracts");
    driver.findElement(By.id("username")).sendKeys("nobody-at-all");
    driver.findElement(By.id("password")).sendKeys("wrong");
    driver.findElement(By.id("sign-in")).click();
    awaitText(By.id("signin-messages"), "is not correct");
    found.put("/login after a wrong password", Accessibility.violations(driver));
    fitsANarrowScreen(found, List.of("/login"));
    browser.fullWidth();
    signInAs(TestUsers.create(TestUsers.unique("a11y-reader"), "CUI", "MANAGER"));
    // The 404 page, and the 403 page (a manager may not enter contracts): the header and one link
    check(found, 2, "/no-such-page", "/contracts/edit");
    assertNone(found);
  }

  @Test
  void everyWorkbenchPagePasses() throws Exception {
    Map<String, List<String>> found = new LinkedHashMap<>();
    open("/");
    check(found, workbenchPages().toArray(String[]::new));
    assertNone(found);
  }

  /**
   * WCAG 1.4.10 (reflow): on a screen 320 CSS pixels wide (a desktop window zoomed to 400%, or a
   * phone) every page reads without scrolling sideways; a wide table scrolls inside its own box.
   */
  @Test
  void everyWorkbenchPageFitsANarrowScreen() throws Exception {
    open("/");
    Map<String, List<String>> found = new LinkedHashMap<>();
    List<String> pages = workbenchPages();
    fitsANarrowScreen(found, pages);
    assertNone(found);
    browser.open(
        base,
        pages.stream().filter(p -> p.startsWith("/contracts/view")).findFirst().orElseThrow());
    browser.screenshot("contract-page-narrow");
  }

  /**
   * A form sent empty shows a message beside each field it needs: the page with its messages still
   * fits 320 px and passes axe-core. Nothing is saved (every form here refuses empty input).
   */
  @Test
  void aRefusedFormFitsANarrowScreenWithItsMessages() throws Exception {
    open("/");
    SeedStory.Handles story;
    try (Connection c = TestDatabase.connect()) {
      story = SeedStory.insertAndFind(c, TestDatabase.uniqueSuffix());
    }
    String c = "contract=" + story.contract();
    Map<String, String> forms = new LinkedHashMap<>();
    forms.put("/contracts/edit", "contract:save");
    forms.put("/parties/edit", "party:save");
    forms.put("/topics", "topic:create");
    forms.put("/clauses/new?" + c, "clause:save");
    forms.put("/restrictions/edit?" + c, "restriction:save");
    forms.put("/positions/edit?" + c + "&clause=H-1", "position:record");
    forms.put("/deadlines/new?" + c, "deadline:save");
    forms.put("/obligations/new?" + c, "obligation:save");
    forms.put("/modifications/new?" + c, "modification:save");
    Map<String, List<String>> found = new LinkedHashMap<>();
    browser.narrow(320);
    forms.forEach(
        (path, button) -> {
          browser.open(base, path);
          driver.findElement(By.id(button)).click();
          String shown =
              new WebDriverWait(driver, Duration.ofSeconds(15))
                  .ignoring(WebDriverException.class)
                  .until(
                      d ->
                          d.findElements(By.cssSelector(".field-message, .message-error")).stream()
                              .map(WebElement::getText)
                              .filter(text -> !text.isBlank())
                              .findFirst()
                              .orElse(null));
          List<String> problems = new ArrayList<>(Accessibility.violations(driver));
          problems.addAll(Accessibility.unformattedMessages(driver));
          String overflow = browser.overflow();
          if (overflow != null) {
            problems.add("at 320 px: " + overflow);
          }
          found.put(path + " refused (" + shown + ")", problems);
        });
    browser.fullWidth();
    assertNone(found);
  }

  private void fitsANarrowScreen(Map<String, List<String>> found, List<String> paths) {
    browser.narrow(320);
    for (String path : paths) {
      browser.open(base, path);
      String overflow = browser.overflow();
      if (overflow != null) {
        found.computeIfAbsent(path, p -> new ArrayList<>()).add("at 320 px: " + overflow);
      }
    }
  }

  /** The workbench's pages, filled with a new copy of the seed story. */
  private static List<String> workbenchPages() throws Exception {
    String suffix = TestDatabase.uniqueSuffix();
    SeedStory.Handles story;
    long topic;
    try (Connection c = TestDatabase.connect()) {
      story = SeedStory.insertAndFind(c, suffix);
      topic = SeedStory.topic(c, "Accessible topic " + suffix, story.contract());
    }
    List<String> pages =
        new ArrayList<>(
            List.of(
                "/",
                "/contracts",
                "/contracts?q=" + suffix + "&attention=true",
                "/contracts/edit",
                "/parties",
                "/parties/view?name=Anthropic",
                "/parties/edit?name=Anthropic",
                "/parties/edit",
                "/clauses/library",
                "/clauses/view?contract="
                    + story.contract()
                    + "&clause="
                    + story.restrictedClause(),
                "/search?q=surveillance",
                "/search?q=no-such-words-" + suffix,
                "/topics",
                "/topics/view?id=" + topic,
                "/topics/edit?id=" + topic,
                "/alerts/notifications",
                "/alerts/settings"));
    pages.addAll(story.pagesAbout());
    return pages;
  }

  @Test
  void theAdministratorsPagesPass() {
    signInAs(TestUsers.create(TestUsers.unique("a11y-admin"), "TOP_SECRET", "ADMINISTRATOR"));
    Map<String, List<String>> found = new LinkedHashMap<>();
    List<String> pages = List.of("/admin/users", "/admin/security-events", "/admin/outbox");
    check(found, pages.toArray(String[]::new));
    fitsANarrowScreen(found, pages);
    assertNone(found);
  }

  /**
   * The security events' table has no link to take the focus: its box takes a Tab stop, so that a
   * keyboard can scroll it, only while the table is wider than the box.
   */
  @Test
  void theEventsTableTakesATabStopOnlyWhileItScrollsSideways() {
    signInAs(TestUsers.create(TestUsers.unique("a11y-admin"), "TOP_SECRET", "ADMINISTRATOR"));
    browser.open(base, "/admin/security-events");
    WebElement box = driver.findElement(By.cssSelector(".table-scroll[role='region']"));
    assertThat(box.getAttribute("tabindex")).as("the table fits: no stop").isNull();
    browser.narrow(320);
    new WebDriverWait(driver, Duration.ofSeconds(5))
        .until(d -> "0".equals(box.getAttribute("tabindex")));
    browser.fullWidth();
    new WebDriverWait(driver, Duration.ofSeconds(5))
        .until(d -> box.getAttribute("tabindex") == null);
  }

  private void check(Map<String, List<String>> found, String... paths) {
    check(found, 8, paths);
  }

  private void check(Map<String, List<String>> found, int fewestStops, String... paths) {
    for (String path : paths) {
      browser.open(base, path);
      List<String> problems = new ArrayList<>(Accessibility.violations(driver));
      problems.addAll(Accessibility.unformattedMessages(driver));
      problems.addAll(Accessibility.gluedWords(driver));
      Keyboard.problems(driver, fewestStops)
          .forEach(problem -> problems.add("keyboard: " + problem));
      found.put(path, problems);
    }
  }

  private static void assertNone(Map<String, List<String>> found) {
    List<String> failures = new ArrayList<>();
    found.forEach((page, violations) -> violations.forEach(v -> failures.add(page + ": " + v)));
    assertThat(failures).as("WCAG 2.1 AA problems on %d pages", found.size()).isEmpty();
  }
}
