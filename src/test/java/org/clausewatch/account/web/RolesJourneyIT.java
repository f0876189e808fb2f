package org.clausewatch.account.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.time.Duration;
import org.clausewatch.testing.BrowserTest;
import org.clausewatch.testing.SeedStory;
import org.clausewatch.testing.TestDatabase;
import org.clausewatch.testing.TestUsers;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriverException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Signing in as each role: the menu and the actions on the contract page follow the role, a wrong
 * password says so, a contract above the user's clearance is "not found", an officer's typo
 * correction of a clause shows in the contract's history as a word diff with its note, and legal
 * staff record a party's position on the clause page.
 */
class RolesJourneyIT extends BrowserTest {

  private String suffix;
  private String anthropic;
  private String xai;

  @BeforeEach
  void seedStory() throws Exception {
    suffix = TestDatabase.uniqueSuffix();
    try (Connection c = TestDatabase.connect()) {
      SeedStory.insert(c, suffix);
    }
    anthropic = SeedStory.anthropicContract(suffix);
    xai = SeedStory.xaiContract(suffix);
  }

  private String user(String role, String clearance) {
    return TestUsers.create(
        TestUsers.unique(role.toLowerCase().replace('_', '-')), clearance, role);
  }

  private boolean present(By by) {
    return !driver.findElements(by).isEmpty();
  }

  private void openContract(String number) {
    browser.open(base, "/contracts/view?number=" + number);
  }

  @Test
  void aWrongPasswordShowsAMessageAndTheSignInPageStays() {
    String user = user("MANAGER", "CUI");
    browser.open(base, "/contracts");
    assertThat(driver.getCurrentUrl()).endsWith("/login?continue=%2Fcontracts");
    browser.screenshot("sign-in");

    driver.findElement(By.id("username")).sendKeys(user);
    driver.findElement(By.id("password")).sendKeys("not my password");
    driver.findElement(By.id("sign-in")).click();

    // The sign-in page has the message element before and after the post: wait for the words.
    assertThat(awaitText(By.id("signin-messages"), "The user name or password is not correct."))
        .contains("The user name or password is not correct.");
    assertThat(present(By.id("signed-in-as"))).isFalse();
    assertThat(browser.consoleErrors()).as("no Content-Security-Policy violations").isEmpty();
  }

  @Test
  void aContractingOfficerMayChangeTheContractAndCorrectItsWordingButNotTakePositions() {
    signInAs(user("CONTRACTING_OFFICER", "SECRET"));
    openContract(anthropic);

    assertThat(present(By.id("status-form"))).isTrue();
    assertThat(present(By.cssSelector(".edit-clause"))).as("typo corrections").isTrue();
    assertThat(present(By.id("nav-users"))).isFalse();
    driver.findElement(By.cssSelector("#restrictions article .term-page")).click();
    await(By.id("terms"));
    assertThat(present(By.cssSelector(".record-position"))).isFalse();
    assertThat(present(By.cssSelector(".act-on-dispute"))).isFalse();
    openContract(anthropic);

    driver.findElement(By.id("status-form:change-status")).click();
    new WebDriverWait(driver, Duration.ofSeconds(10))
        .ignoring(org.openqa.selenium.WebDriverException.class)
        .until(d -> d.findElement(By.id("messages")).getText().contains("The contract is now"));
    assertThat(driver.findElement(By.id("contract-status")).getText()).isEqualTo("Suspended");
    assertThat(browser.consoleErrors()).isEmpty();
  }

  @Test
  void anOfficerCorrectsAClausesWordingAndTheHistoryShowsWhoChangedWhichWords() {
    String counsel = user("CONTRACTING_OFFICER", "SECRET");
    signInAs(counsel);
    openContract(anthropic);

    driver.findElement(By.cssSelector("#clauses details summary")).click();
    driver.findElement(By.cssSelector(".edit-clause")).click();
    WebElement text = await(By.id("clause:text"));
    String before = text.getAttribute("value");
    text.clear();
    text.sendKeys(
        before
            + " The Contractor shall not permit use of the service for mass surveillance of"
            + " Americans, nor for final targeting decisions without meaningful human"
            + " involvement.");
    driver.findElement(By.id("clause:note")).sendKeys("Sentence lost when the award was typed");
    driver.findElement(By.id("clause:save")).click();
    new WebDriverWait(driver, Duration.ofSeconds(10))
        .ignoring(org.openqa.selenium.WebDriverException.class)
        .until(d -> d.findElement(By.id("messages")).getText().contains("is saved"));

    driver.findElement(By.id("history-link")).click();
    WebElement newest = await(By.cssSelector("#history > li"));
    assertThat(newest.findElement(By.cssSelector(".history-user")).getText()).isEqualTo(counsel);
    assertThat(newest.getText())
        .contains("Clause H-1")
        .contains("changed")
        .contains("Sentence lost when the award was typed");
    assertThat(newest.findElement(By.cssSelector(".word-diff ins")).getText())
        .contains("meaningful human involvement");
    browser.screenshot("contract-history");
    assertThat(browser.consoleErrors()).isEmpty();
  }

  @Test
  void aPageLeftOpenPastItsSessionSendsTheNextClickToTheSignInPage() {
    signInAs(user("MANAGER", "CUI"));
    browser.open(base, "/contracts?q=" + suffix);
    driver.manage().deleteCookieNamed("JSESSIONID");

    // The header is clicked once the page's scripts have settled (a node replaced meanwhile is
    // found again).
    java.util.concurrent.atomic.AtomicReference<String> lastRefusal =
        new java.util.concurrent.atomic.AtomicReference<>("none");
    new WebDriverWait(driver, Duration.ofSeconds(20))
        .withMessage(() -> "the header was never clickable; last refusal: " + lastRefusal.get())
        .until(
            d -> {
              try {
                d.findElement(By.cssSelector("#list\\:contracts th.ui-sortable-column")).click();
                return true;
              } catch (WebDriverException e) {
                lastRefusal.set(e.getMessage().lines().findFirst().orElse(""));
                return false;
              }
            });

    new WebDriverWait(driver, Duration.ofSeconds(10))
        .until(d -> d.getCurrentUrl().contains("/login"));
    assertThat(driver.findElement(By.id("sign-in")).isDisplayed()).isTrue();
  }

  @Test
  void legalStaffRecordAPartysPositionOnAClause() {
    signInAs(user("LEGAL", "SECRET"));
    openContract(anthropic);
    driver.findElement(By.cssSelector("#restrictions article .term-page")).click();
    await(By.cssSelector("#term-clause .record-position")).click();

    await(By.id("position:record")).click();
    assertThat(awaitText(By.id("position"), "Choose the party"))
        .as("nothing entered: messages, nothing saved")
        .contains("Choose the party whose position this is.")
        .contains("Choose the party's stance.")
        .contains("Enter what the party says.")
        .contains("Enter where it was said");

    new Select(driver.findElement(By.id("position:party"))).selectByVisibleText("Anthropic");
    driver.findElement(By.cssSelector("input[name='position:stance'][value='ACCEPTS']")).click();
    driver
        .findElement(By.id("position:statement"))
        .sendKeys("We will not permit use for mass surveillance of Americans.");
    driver.findElement(By.id("position:source")).sendKeys("Letter to the Department");
    driver.findElement(By.id("position:record")).click();

    awaitText(By.id("messages"), "is recorded");
    assertThat(driver.findElement(By.cssSelector("#term-clause .positions")).getText())
        .contains("Anthropic")
        .contains("Accepts")
        .contains("We will not permit use for mass surveillance of Americans.")
        .contains("Letter to the Department");
    assertThat(driver.findElement(By.cssSelector("#term-clause .standing")).getText())
        .contains("Awaiting stances");
    assertThat(browser.consoleErrors()).isEmpty();
  }

  @Test
  void aManagerReadsEverythingClearedButSeesNoEditingActions() {
    signInAs(user("MANAGER", "TOP_SECRET"));
    openContract(xai);

    assertThat(driver.findElement(By.id("contract-number")).getText()).isEqualTo(xai);
    assertThat(present(By.id("status-form"))).isFalse();
    assertThat(present(By.cssSelector(".edit-clause"))).isFalse();
    assertThat(present(By.id("nav-users"))).isFalse();
    assertThat(present(By.id("history-link"))).isTrue();

    browser.open(base, "/admin/users");
    assertThat(driver.findElement(By.id("error-title")).getText())
        .as("the users page asks an administrators-only service, which refuses")
        .isEqualTo("Not allowed");

    browser.open(base, "/obligations/new?contract=" + xai);
    assertThat(driver.findElement(By.id("error-title")).getText())
        .as("a form page from an old link: refused before it shows a form that cannot be saved")
        .isEqualTo("Not allowed");
  }

  @Test
  void aUserClearedToCuiFindsNoSecretContractAnywhere() {
    signInAs(user("MANAGER", "CUI"));
    openContract(xai);
    assertThat(driver.findElement(By.id("error-title")).getText()).isEqualTo("Page not found");

    browser.open(base, "/contracts?q=" + suffix);
    assertThat(driver.findElement(By.id("list")).getText()).contains(anthropic).doesNotContain(xai);
  }

  @Test
  void anAdministratorManagesUsersAndReadsTheSecurityEvents() {
    String target = user("MANAGER", "CUI");
    signInAs(user("ADMINISTRATOR", "UNCLASSIFIED"));
    assertThat(present(By.id("nav-users"))).isTrue();
    assertThat(present(By.id("nav-events"))).isTrue();

    driver.findElement(By.id("nav-users")).click();
    await(By.id("users"));
    browser.open(base, "/admin/users?q=" + target);
    driver.findElement(By.linkText(target)).click();
    // A display name that would pass for another's is refused beside the field, nothing saved.
    WebElement displayName = await(By.id("edit:displayName"));
    String before = displayName.getAttribute("value");
    displayName.clear();
    displayName.sendKeys("\u0410dmin " + target);
    driver.findElement(By.id("edit:save")).click();
    assertThat(awaitText(By.id("edit:displayName-message"), "Cyrillic"))
        .contains("This name mixes Cyrillic and Latin letters in \"\u0410dmin\"");
    assertThat(before).isNotBlank();
    assertThat(driver.findElement(By.id("user-" + target)).getText()).contains(before);
    // Disabling sends none of the edit form's fields: the refused name neither blocks it nor is
    // saved by it.
    await(By.id("status:disable")).click();
    new WebDriverWait(driver, Duration.ofSeconds(10))
        .ignoring(org.openqa.selenium.WebDriverException.class)
        .until(d -> d.findElement(By.id("messages")).getText().contains("is disabled"));
    assertThat(driver.findElement(By.id("user-" + target)).getText())
        .contains("Disabled")
        .contains(before)
        .doesNotContain("\u0410dmin");
    assertThat(driver.findElement(By.id("edit:displayName")).getAttribute("value"))
        .as("the edit form shows the user as stored, not the refused name's empty state")
        .isEqualTo(before);
    browser.screenshot("users");

    browser.open(base, "/admin/security-events?kind=USER_DISABLED");
    assertThat(driver.findElement(By.id("events")).getText())
        .contains(target)
        .contains("User disabled");
    browser.screenshot("security-events");
    assertThat(browser.consoleErrors()).isEmpty();
  }
}
