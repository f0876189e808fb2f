package org.clausewatch.alert.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.GreenMailUtil;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.mail.internet.MimeMessage;
import java.io.StringReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.temporal.TemporalAdjusters;
import java.util.Arrays;
import java.util.List;
import net.fortuna.ical4j.data.CalendarBuilder;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.Component;
import net.fortuna.ical4j.model.Property;
import net.fortuna.ical4j.model.component.VEvent;
import org.clausewatch.testing.Browser;
import org.clausewatch.testing.BrowserTest;
import org.clausewatch.testing.SeedStory;
import org.clausewatch.testing.Sql;
import org.clausewatch.testing.TestDatabase;
import org.clausewatch.testing.TestUsers;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * A manager is told of a new ultimatum: live in the header while a page is open (and kept as it
 * was, half-typed filter included), in the notification centre, by e-mail (a GreenMail sink on the
 * port the server sends to) and in their calendar feed; acknowledging it stops its escalation.
 * Driven by the server's own scheduler (a pass every 20 seconds), as in production.
 */
class AlertJourneyIT extends BrowserTest {

  static final ZoneId NEW_YORK = ZoneId.of("America/New_York");

  private GreenMail smtp;
  private String suffix;
  private String contract;
  private String manager;

  @BeforeEach
  void seed() throws Exception {
    smtp = new GreenMail(new ServerSetup(3025, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
    smtp.start();
    suffix = TestDatabase.uniqueSuffix();
    contract = SeedStory.anthropicContract(suffix);
    manager = TestUsers.create(TestUsers.unique("journey-manager"), "TOP_SECRET", "MANAGER");
    try (Connection c = TestDatabase.connect()) {
      SeedStory.insert(c, suffix);
      try (PreparedStatement email =
          c.prepareStatement("update app_user set email = ? where username = ?")) {
        email.setString(1, manager + "@journey.test");
        email.setString(2, manager);
        email.executeUpdate();
      }
    }
  }

  @AfterEach
  void stopSmtp() {
    smtp.stop();
  }

  @Test
  void aManagerIsToldOfANewUltimatumLiveByMailAndInTheCalendarAndAcknowledgesIt() throws Exception {
    signInAs(manager);
    // The manager is half-way through a filter on the contract list when the alert arrives.
    browser.open(base, "/contracts");
    driver.findElement(By.id("q")).sendKeys("HQ0034");
    String before = driver.findElement(By.id("unread-count")).getText();
    // The Navigation API reports, in the page, any move away from it as it starts.
    browser
        .driver()
        .executeScript(
            "window.navigation.addEventListener('navigate',"
                + " e => { window.clausewatchNavigatedTo = e.destination.url; });");

    String title = "Signed document granting full access " + suffix;
    enterUltimatumAsOfficer(title);

    // Live: the open page's badge changes without a reload (web socket, then Ajax).
    new WebDriverWait(driver, Duration.ofSeconds(60))
        .withMessage(() -> "the badge did not change on " + driver.getCurrentUrl())
        // the badge's Ajax update may replace it between finding it and reading it
        .ignoring(StaleElementReferenceException.class)
        .until(d -> !d.findElement(By.id("unread-count")).getText().equals(before));
    assertThat(driver.findElement(By.cssSelector("a.nav-alerts")).getAttribute("class"))
        .contains("has-unread");
    // The Ajax response's script once broke the Content-Security-Policy, and the page then left
    // for an error address in the same task that changed the badge, losing what was typed.
    assertThat(browser.driver().executeScript("return window.clausewatchNavigatedTo || null;"))
        .as("the page stays where it is")
        .isNull();
    assertThat(driver.findElement(By.id("q")).getAttribute("value")).isEqualTo("HQ0034");
    assertThat(browser.consoleErrors()).isEmpty();

    browser.open(base, "/alerts/notifications");
    WebElement item =
        driver.findElements(By.cssSelector("#notifications li.notification")).stream()
            .filter(li -> li.getText().contains(title))
            .findFirst()
            .orElseThrow();
    assertThat(item.getText())
        .contains("New ultimatum")
        .contains("CUI")
        .contains("America/New_York")
        .contains(contract);
    browser.screenshot("alerts-notifications");

    // E-mail with the marking in the subject and as a banner, in both zones.
    MimeMessage mail = awaitMail(title);
    assertThat(mail.getSubject()).startsWith("[CUI] New ultimatum: " + title);
    assertThat(GreenMailUtil.getBody(mail)).contains("CUI").contains("America/New_York");

    // Calendar feed: created on the settings page, read as a calendar client would.
    browser.open(base, "/alerts/settings");
    driver.findElement(By.id("calendar:renew-calendar")).click();
    String feedUrl = await(By.id("calendar-url")).getAttribute("value");
    browser.screenshot("alerts-settings");
    HttpResponse<String> feed =
        HttpClient.newBuilder()
            .version(HttpClient.Version.HTTP_1_1)
            .build()
            .send(
                HttpRequest.newBuilder(URI.create(feedUrl)).build(),
                HttpResponse.BodyHandlers.ofString());
    assertThat(feed.statusCode()).isEqualTo(200);
    assertThat(feed.headers().firstValue("Content-Type"))
        .hasValueSatisfying(t -> assertThat(t).startsWith("text/calendar"));
    Calendar calendar = new CalendarBuilder().build(new StringReader(feed.body()));
    assertThat(calendar.validate().hasErrors()).as("R8 the feed validates").isFalse();
    List<VEvent> events = calendar.getComponents(Component.VEVENT);
    VEvent event =
        events.stream()
            .filter(e -> e.getProperty(Property.SUMMARY).orElseThrow().getValue().contains(title))
            .findFirst()
            .orElseThrow();
    assertThat(event.getProperty(Property.SUMMARY).orElseThrow().getValue()).startsWith("[CUI] ");
    assertThat(event.getAlarms()).as("R8 an alarm per step before the due time").hasSize(5);
    assertThat(events)
        .as("R8 nothing above the manager's interest: only ultimatums, none of another's contract")
        .allSatisfy(
            e ->
                assertThat(e.getProperty(Property.SUMMARY).orElseThrow().getValue())
                    .startsWith("["));

    // Revoked: the address stops working.
    driver.findElement(By.id("calendar:revoke-calendar")).click();
    awaitText(By.id("messages"), "no longer works");
    assertThat(
            HttpClient.newBuilder()
                .version(HttpClient.Version.HTTP_1_1)
                .build()
                .send(
                    HttpRequest.newBuilder(URI.create(feedUrl)).build(),
                    HttpResponse.BodyHandlers.ofString())
                .statusCode())
        .isEqualTo(404);

    // Acknowledge: the alert will not escalate.
    browser.open(base, "/alerts/notifications");
    WebElement entry =
        driver.findElements(By.cssSelector("#notifications li.notification")).stream()
            .filter(li -> li.getText().contains(title))
            .findFirst()
            .orElseThrow();
    entry.findElement(By.cssSelector("input.acknowledge")).click();
    awaitText(By.id("messages"), "will not escalate");
    assertThat(acknowledgedBy(title)).isEqualTo(manager);

    // Everything read: the badge says 0.
    driver.findElement(By.id("notifications-form:mark-all-read")).click();
    awaitText(By.id("messages"), "marked as read");
    assertThat(driver.findElement(By.id("unread-count")).getText()).isEqualTo("0");
    browser.open(base, "/alerts/notifications?unread=true");
    assertThat(driver.findElement(By.id("notifications-empty")).getText())
        .isEqualTo("Nothing unread.");
  }

  @Test
  void aUserWatchesAContractAPartyAndAKindChoosesADigestAndStopsWatching() {
    signInAs(TestUsers.create(TestUsers.unique("watching-counsel"), "CUI", "LEGAL"));
    browser.open(base, "/alerts/settings");
    assertThat(driver.findElement(By.id("watches-empty")).getText())
        .isEqualTo("You watch nothing yet.");
    assertThat(driver.findElements(By.id("banner-top"))).as("no contract, no marking").isEmpty();

    String hidden = SeedStory.xaiContract(suffix);
    WebElement number = driver.findElement(By.id("watch-contract:number"));
    number.sendKeys(hidden);
    driver.findElement(By.id("watch-contract:watch-contract-button")).click();
    String refused = awaitText(By.id("messages"), "There is no contract numbered");
    assertThat(refused)
        .as(
            "a SECRET contract is refused to a CUI user in the words used for one that does not exist")
        .contains("There is no contract numbered \"" + hidden + "\" for you.");

    number = driver.findElement(By.id("watch-contract:number"));
    number.clear();
    number.sendKeys(" " + contract.toLowerCase(java.util.Locale.ROOT));
    driver.findElement(By.id("watch-contract:watch-contract-button")).click();
    awaitText(By.id("messages"), "You now watch " + contract + ".");
    // The page now names a CUI contract and its title, so it is marked as such.
    assertThat(driver.findElement(By.id("banner-top")).getText()).isEqualTo("CUI");
    assertThat(driver.findElement(By.cssSelector("#watches .classification-badge")).getText())
        .isEqualTo("CUI");
    driver.findElement(By.id("watch-party:party")).sendKeys("Anthropic");
    driver.findElement(By.id("watch-party:watch-party-button")).click();
    awaitText(By.id("messages"), "You now watch Anthropic");
    new Select(driver.findElement(By.id("watch-kind:kind"))).selectByValue("OPTION_EXERCISE");
    driver.findElement(By.id("watch-kind:watch-kind-button")).click();
    awaitText(By.id("messages"), "You now watch Option exercise");
    assertThat(driver.findElement(By.id("watches")).getText())
        .contains(contract)
        .contains("Anthropic")
        .contains("Option exercise");

    // No zone chosen yet: the page says times are in UTC and offers the browser's zone.
    assertThat(driver.findElement(By.id("preferences:zone")).getAttribute("data-browser-zone"))
        .isEqualTo("true");
    assertThat(driver.findElement(By.id("preferences")).getText())
        .contains("You have not chosen a zone yet, so times are shown in UTC.");

    driver.findElement(By.id("preferences:digest")).click();
    WebElement at = driver.findElement(By.id("preferences:digest-at"));
    browser.driver().executeScript("arguments[0].value = '07:30';", at);
    new Select(driver.findElement(By.id("preferences:zone"))).selectByValue("Europe/Berlin");
    driver.findElement(By.id("preferences:save-preferences")).click();
    awaitText(By.id("messages"), "Alert settings saved");
    browser.open(base, "/alerts/settings");
    assertThat(driver.findElement(By.id("preferences:digest")).isSelected()).isTrue();
    assertThat(driver.findElement(By.id("preferences:digest-at")).getAttribute("value"))
        .isEqualTo("07:30");
    assertThat(
            new Select(driver.findElement(By.id("preferences:zone")))
                .getFirstSelectedOption()
                .getText())
        .isEqualTo("Europe/Berlin");
    assertThat(driver.findElement(By.id("preferences:zone")).getAttribute("data-browser-zone"))
        .as("a chosen zone stays as chosen")
        .isNull();
    assertThat(driver.findElement(By.id("preferences")).getText())
        .doesNotContain("not chosen a zone");
    browser.screenshot("alerts-watches");

    // The times things were done are shown in the chosen zone too, e.g. the contract's history.
    browser.open(base, "/contracts/history?number=" + contract);
    WebElement recorded = driver.findElement(By.cssSelector("#history .history-meta time"));
    Instant when = Instant.parse(recorded.getAttribute("datetime"));
    assertThat(recorded.getText())
        .isEqualTo(
            java.time.format.DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss")
                    .format(when.atZone(ZoneId.of("Europe/Berlin")))
                + (ZoneId.of("Europe/Berlin").getRules().isDaylightSavings(when)
                    ? " CEST"
                    : " CET"));
    browser.open(base, "/alerts/settings");

    driver.findElements(By.cssSelector("#watches input.unwatch")).get(0).click();
    awaitText(By.id("messages"), "You no longer watch this");
    assertThat(driver.findElements(By.cssSelector("#watches li"))).hasSize(2);
    assertThat(driver.findElements(By.id("banner-top")))
        .as("the contract, the only marked watch, is no longer watched")
        .isEmpty();
  }

  @Test
  void aUserWatchesAContractAndAPartyFromTheirPagesAndStopsThere() {
    signInAs(TestUsers.create(TestUsers.unique("page-watcher"), "CUI", "CONTRACTING_OFFICER"));
    browser.open(base, "/contracts/view?number=" + contract);
    driver.findElement(By.id("watch-form:watch")).click();
    assertThat(awaitText(By.id("messages"), "You now watch"))
        .contains("You now watch " + contract + ".");
    assertThat(driver.findElements(By.id("watch-form:watch"))).isEmpty();
    browser.driver().executeScript("document.getElementById('contract-number').scrollIntoView();");
    browser.screenshot("contract-watch");

    browser.open(base, "/parties/view?name=Anthropic");
    assertThat(driver.findElement(By.id("watch-form:watch")).getAttribute("value"))
        .isEqualTo("Watch this party");
    driver.findElement(By.id("watch-form:watch")).click();
    awaitText(By.id("messages"), "You now watch Anthropic.");

    driver.findElement(By.id("watch-form:watch-settings")).click();
    assertThat(driver.findElement(By.id("watches")).getText())
        .contains(contract)
        .contains("Anthropic");

    browser.open(base, "/contracts/view?number=" + contract);
    driver.findElement(By.id("watch-form:stop-watching")).click();
    awaitText(By.id("messages"), "You no longer watch this.");
    assertThat(driver.findElement(By.id("watch-form:watch")).getAttribute("value"))
        .isEqualTo("Watch this contract");
    browser.open(base, "/alerts/settings");
    assertThat(driver.findElement(By.id("watches")).getText())
        .doesNotContain(contract)
        .contains("Anthropic");
  }

  @Test
  void anAdministratorSeesAFailedMailWithItsErrorAndRetriesIt() throws Exception {
    // A recipient with no role is never one of a fan-out's, so this row cannot collide with one.
    String recipient = TestUsers.create(TestUsers.unique("outbox-recipient"), "CUI");
    long delivery;
    try (Connection c = TestDatabase.connect();
        PreparedStatement mail =
            c.prepareStatement(
                "update app_user set email = username || '@outbox.test' where username = ?")) {
      // With an address and the clearance, a retried mail is tried again, never withheld.
      mail.setString(1, recipient);
      mail.executeUpdate();
    }
    try (Connection c = TestDatabase.connect();
        PreparedStatement q =
            c.prepareStatement(
                "with event as (insert into alert_event (kind, deadline_id, contract_id, due_at,"
                    + " occurred_at, decided_by, fanned_out_at)"
                    + " select 'ENTERED', d.id, d.contract_id, d.due_at, now(), 'test', now()"
                    + " from deadline d join contract c on c.id = d.contract_id"
                    + " where c.number = ? and d.kind = 'ULTIMATUM' returning id)"
                    + " insert into alert_delivery (event_id, recipient_id, channel, status, attempts,"
                    + " last_error, created_at)"
                    + " select e.id, u.id, 'EMAIL', 'FAILED', 30, 'MailConnectException: Couldn''t"
                    + " connect to host "
                    + suffix
                    + "', now()"
                    + " from event e, app_user u where u.username = ? returning id")) {
      q.setString(1, contract);
      q.setString(2, recipient);
      try (ResultSet r = q.executeQuery()) {
        r.next();
        delivery = r.getLong(1);
      }
    }
    String admin =
        TestUsers.create(TestUsers.unique("outbox-admin"), "TOP_SECRET", "ADMINISTRATOR");
    Sql.update(
        TestDatabase.dataSource(TestDatabase.url()),
        "insert into alert_preference (user_id, zone)"
            + " select id, 'Europe/Berlin' from app_user where username = ?",
        admin);
    signInAs(admin);
    browser.open(base, "/admin/outbox");
    WebElement row =
        driver.findElements(By.cssSelector("#outbox tbody tr")).stream()
            .filter(tr -> tr.getText().contains(suffix))
            .findFirst()
            .orElseThrow();
    assertThat(row.getText()).contains("Failed").contains(recipient).contains("30");
    assertThat(row.getText())
        .as("the administration pages keep UTC, like the server's logs, whatever the admin's zone")
        .containsPattern("\\d{2}:\\d{2}:\\d{2} UTC")
        .doesNotContain(" CET");
    browser.screenshot("admin-outbox");
    row.findElement(By.cssSelector("input.retry")).click();
    awaitText(By.id("messages"), "will be sent at the next attempt");
    try (Connection c = TestDatabase.connect();
        PreparedStatement q =
            c.prepareStatement("select status from alert_delivery where id = ?")) {
      q.setLong(1, delivery);
      try (ResultSet r = q.executeQuery()) {
        r.next();
        assertThat(r.getString(1))
            .as("back in the outbox (or sent already)")
            .isIn("PENDING", "SENT", "FAILED");
      }
    }
  }

  @Test
  void anOfficerGivesADeadlineItsOwnAlertStepsAndAStepThatDoesNotReadIsRefused() throws Exception {
    long deadline;
    java.time.Instant due;
    try (Connection c = TestDatabase.connect();
        PreparedStatement q =
            c.prepareStatement(
                "select d.id, d.due_at from deadline d join contract k on k.id = d.contract_id"
                    + " where k.number = ? and d.kind = 'ULTIMATUM'")) {
      q.setString(1, contract);
      try (ResultSet r = q.executeQuery()) {
        r.next();
        deadline = r.getLong(1);
        due = r.getTimestamp(2).toInstant();
      }
    }
    signInAs(TestUsers.create(TestUsers.unique("ladder-officer"), "SECRET", "CONTRACTING_OFFICER"));
    browser.open(base, "/deadlines/manage?id=" + deadline);
    assertThat(driver.findElement(By.id("ladder-steps")).getText())
        .as("R1 the kind's default")
        .contains(
            "72 hours before, 24 hours before, 4 hours before, 1 hour before, at the due time,"
                + " 1 hour after")
        .contains("the default for its kind");
    WebElement steps = driver.findElement(By.id("ladder:steps"));
    steps.clear();
    steps.sendKeys("tomorrow");
    driver.findElement(By.id("ladder:save-ladder")).click();
    awaitText(By.id("messages"), "\"tomorrow\" is not an alert step");
    assertThat(driver.findElement(By.id("ladder-steps")).getText())
        .contains("the default for its kind");

    steps = driver.findElement(By.id("ladder:steps"));
    steps.clear();
    steps.sendKeys("48h, 2h, due");
    driver.findElement(By.id("ladder:save-ladder")).click();
    awaitText(By.id("messages"), "Alert steps saved");
    assertThat(driver.findElement(By.id("ladder-steps")).getText())
        .as("R1 its own steps")
        .isEqualTo("48 hours before, 2 hours before, at the due time");
    java.time.Instant now = java.time.Instant.now();
    java.time.Instant next =
        java.util.stream.Stream.of(Duration.ofHours(48), Duration.ofHours(2), Duration.ZERO)
            .map(due::minus)
            .filter(now::isBefore)
            .findFirst()
            .orElseThrow();
    assertThat(driver.findElement(By.id("ladder-next")).getText())
        .as("the next step's time, in the zone the ultimatum was stated in")
        .startsWith("Next alert: ")
        .contains(
            java.time.format.DateTimeFormatter.ofPattern(
                    "EEE d MMM yyyy, HH:mm", java.util.Locale.ENGLISH)
                .format(next.atZone(NEW_YORK)))
        .endsWith("(America/New_York)");
    browser.screenshot("deadline-alert-steps");
  }

  private void enterUltimatumAsOfficer(String title) {
    String officer =
        TestUsers.create(TestUsers.unique("journey-officer"), "TOP_SECRET", "CONTRACTING_OFFICER");
    try (Browser other = Browser.open()) {
      other.signIn(base, officer, TestUsers.PASSWORD);
      other.open(base, "/deadlines/new?contract=" + contract);
      var d = other.driver();
      ZonedDateTime friday =
          ZonedDateTime.now(NEW_YORK)
              .plusDays(8)
              .with(TemporalAdjusters.nextOrSame(DayOfWeek.FRIDAY));
      d.findElement(By.id("deadline:title")).sendKeys(title);
      new Select(d.findElement(By.id("deadline:kind"))).selectByValue("ULTIMATUM");
      d.executeScript(
          "arguments[0].value = arguments[1];",
          d.findElement(By.id("deadline:due-date")),
          friday.toLocalDate().toString());
      d.executeScript("arguments[0].value = '17:00';", d.findElement(By.id("deadline:due-time")));
      new Select(d.findElement(By.id("deadline:zone"))).selectByValue("America/New_York");
      d.findElement(By.id("deadline:save")).click();
      new WebDriverWait(d, Duration.ofSeconds(15))
          .until(x -> x.getCurrentUrl().contains("/contracts/view"));
    }
  }

  private MimeMessage awaitMail(String title) {
    return new WebDriverWait(driver, Duration.ofSeconds(60))
        .until(
            d ->
                Arrays.stream(smtp.getReceivedMessages())
                    .filter(
                        m -> {
                          try {
                            return m.getSubject().contains(title)
                                && m.getAllRecipients()[0]
                                    .toString()
                                    .equals(manager + "@journey.test");
                          } catch (jakarta.mail.MessagingException e) {
                            return false;
                          }
                        })
                    .findFirst()
                    .orElse(null));
  }

  private String acknowledgedBy(String title) throws Exception {
    try (Connection c = TestDatabase.connect();
        PreparedStatement q =
            c.prepareStatement(
                "select e.acknowledged_by from alert_event e join deadline d on d.id = e.deadline_id"
                    + " where d.title = ? and e.kind = 'ENTERED'")) {
      q.setString(1, title);
      try (ResultSet r = q.executeQuery()) {
        return r.next() ? r.getString(1) : null;
      }
    }
  }
}
