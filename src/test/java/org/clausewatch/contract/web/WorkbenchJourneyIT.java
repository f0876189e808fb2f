package org.clausewatch.contract.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.temporal.TemporalAdjusters;
import java.util.List;
import org.clausewatch.testing.Browser;
import org.clausewatch.testing.BrowserTest;
import org.clausewatch.testing.TestDatabase;
import org.clausewatch.testing.TestUsers;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The contracting officer's workbench, from the pages only (issue #8, "Done when"): register two
 * parties and a contract, add a library clause and a local one, a restriction, an ultimatum due
 * Friday 17:00 New York, a quarterly obligation; then a modification that adds funding and revises
 * a clause; extend the ultimatum, settle an obligation occurrence, mark the ultimatum met; and the
 * history shows each step with who did it.
 */
class WorkbenchJourneyIT extends BrowserTest {

  private static final ZoneId NEW_YORK = ZoneId.of("America/New_York");

  private String s;
  private String officer;

  @BeforeEach
  void signIn() {
    s = TestDatabase.uniqueSuffix();
    officer =
        TestUsers.create(TestUsers.unique("workbench-officer"), "SECRET", "CONTRACTING_OFFICER");
    signInAs(officer);
  }

  /** Sets an input's value as the browser would after a date, time or month picker. */
  private void set(String id, String value) {
    WebElement input = driver.findElement(By.id(id));
    browser.driver().executeScript("arguments[0].value = arguments[1];", input, value);
  }

  private void type(String id, String value) {
    WebElement input = driver.findElement(By.id(id));
    input.clear();
    input.sendKeys(value);
  }

  private void choose(String id, String visibleText) {
    new Select(driver.findElement(By.id(id))).selectByVisibleText(visibleText);
  }

  private void chooseValue(String id, String value) {
    new Select(driver.findElement(By.id(id))).selectByValue(value);
  }

  private void click(String id) {
    driver.findElement(By.id(id)).click();
  }

  private void awaitFocusOn(String id) {
    new WebDriverWait(driver, Duration.ofSeconds(10))
        .ignoring(org.openqa.selenium.WebDriverException.class)
        .withMessage("the focus on " + id)
        .until(d -> id.equals(d.switchTo().activeElement().getAttribute("id")));
  }

  /** Waits for a page-level message of the page a click led to, and returns its text. */
  private String message(String contains) {
    new WebDriverWait(driver, Duration.ofSeconds(15))
        .ignoring(org.openqa.selenium.WebDriverException.class)
        .until(d -> messages().contains(contains));
    return messages();
  }

  private String messages() {
    return String.join(
        "\n",
        driver.findElements(By.cssSelector(".form-messages")).stream()
            .map(WebElement::getText)
            .toList());
  }

  private String registerParty(String name, String kind, String uei, String cage) {
    browser.open(base, "/parties/edit");
    type("party:name", name);
    chooseValue("party:kind", kind);
    if (uei != null) {
      type("party:uei", uei);
    }
    if (cage != null) {
      type("party:cage", cage);
    }
    click("party:save");
    message("is registered");
    return name;
  }

  @Test
  void anOfficerKeepsTheWholeContractFileFromThePages() throws Exception {
    // Parties: a malformed UEI is refused beside the field, and nothing is registered.
    browser.open(base, "/parties/edit");
    type("party:name", "Department " + s);
    chooseValue("party:kind", "GOVERNMENT_AGENCY");
    type("party:uei", "TOO-SHORT");
    click("party:save");
    assertThat(awaitText(By.id("party:uei-message"), "12 letters and digits"))
        .contains("12 letters and digits");
    assertThat(driver.findElement(By.id("party:name")).getAttribute("value"))
        .as("what the user typed stays")
        .isEqualTo("Department " + s);
    WebElement refused = driver.switchTo().activeElement();
    assertThat(refused.getAttribute("id"))
        .as("the refused field has the focus")
        .isEqualTo("party:uei");
    assertThat(refused.getAttribute("aria-invalid")).isEqualTo("true");
    assertThat(
            (String)
                browser
                    .driver()
                    .executeScript(
                        "return arguments[0].getAttribute('aria-describedby').split(' ')"
                            + ".map(id => document.getElementById(id).textContent).join(' ');",
                        refused))
        .as("what a screen reader reads after the field's name")
        .contains("12 letters and digits");
    assertThat(driver.findElement(By.id("party:name")).getAttribute("aria-invalid"))
        .as("a field that was not refused")
        .isNull();
    browser.screenshot("party-form");

    // A name that would pass for another (a Cyrillic "а" among Latin letters) is refused beside
    // the field, and the UEI, now valid, stays as typed.
    type("party:name", "Dep\u0430rtment " + s);
    type("party:uei", "DOD" + s + "A");
    click("party:save");
    assertThat(awaitText(By.id("party:name-message"), "Cyrillic"))
        .contains("This name mixes Latin and Cyrillic letters in \"Dep\u0430rtment\"")
        .contains("the Cyrillic U+0430 (cyrillic small letter a)");
    assertThat(driver.findElement(By.id("party:uei")).getAttribute("value"))
        .isEqualTo("DOD" + s + "A");
    browser.screenshot("party-name-lookalike");

    String buyer = registerParty("Department " + s, "GOVERNMENT_AGENCY", "DOD" + s + "A", null);

    // A name that reads like a registered party's ("rn" for "m") is refused, naming that party.
    browser.open(base, "/parties/edit");
    type("party:name", "Departrnent " + s);
    chooseValue("party:kind", "GOVERNMENT_AGENCY");
    click("party:save");
    assertThat(message("would look like that of the party"))
        .contains(
            "A party's name \"Departrnent "
                + s
                + "\" would look like that of the party \"Department "
                + s
                + "\"");
    assertThat(driver.findElement(By.id("party:name")).getAttribute("value"))
        .isEqualTo("Departrnent " + s);
    browser.screenshot("party-name-looks-like-another");
    String vendor = registerParty("Vendor " + s, "COMPANY", null, "V" + s.substring(0, 4));
    assertThat(driver.findElement(By.id("party-uei")).getText()).isEqualTo("—");
    assertThat(driver.findElement(By.id("party-cage")).getText())
        .isEqualTo("V" + s.substring(0, 4));

    // Contract: refused while incomplete, with messages beside the fields; then registered.
    String number = "WB-" + s;
    browser.open(base, "/contracts/edit");
    click("contract:save");
    assertThat(awaitText(By.id("contract:number-message"), "Enter the contract number"))
        .contains("Enter the contract number");
    assertThat(driver.findElement(By.id("contract:buyer-message")).getText())
        .contains("Choose the buyer");
    type("contract:number", number);
    type("contract:title", "Frontier AI prototype " + s);
    chooseValue("contract:type", "OTA_PROTOTYPE");
    choose("contract:buyer", buyer);
    choose("contract:vendor", vendor);
    chooseValue("contract:classification", "CUI");
    type("contract:ceiling", "200000000");
    type("contract:obligated", "1000000");
    set("contract:award", "2025-07-14");
    set("contract:start", "2025-07-14");
    set("contract:end", "2026-07-13");
    browser.screenshot("contract-register");
    click("contract:save");
    assertThat(message("is registered")).contains(number);
    assertThat(driver.findElement(By.id("contract-number")).getText()).isEqualTo(number);
    assertThat(driver.findElement(By.id("obligated")).getText())
        .contains("$1,000,000.00")
        .contains("$200,000,000.00");
    // No clause yet, so no restriction: the page says why instead of linking to a form that has
    // nothing to offer.
    assertThat(driver.findElements(By.id("new-restriction"))).isEmpty();
    assertThat(driver.findElement(By.id("new-restriction-needs-clause")).getText())
        .contains("has none yet");

    // A library clause, found by words, added with the library's date.
    click("add-library-clause");
    type("q", "basic safeguarding covered contractor");
    click("search");
    await(By.linkText("52.204-21")).click();
    assertThat(await(By.id("add:contract")).getAttribute("value")).isEqualTo(number);
    chooseValue("add:category", "COMPLIANCE");
    browser.screenshot("clause-library");
    // The number as stored is taken in any case.
    type("add:contract", number.toLowerCase(java.util.Locale.ROOT));
    click("add:add-clause");
    assertThat(message("is added")).contains("52.204-21").contains(number);
    assertThat(driver.getCurrentUrl()).endsWith("/contracts/view?number=" + number);

    // A local clause.
    click("add-local-clause");
    type("clause:number", "H-1");
    type("clause:heading", "Usage restrictions");
    type("clause:text", "The Government shall not use the service for mass surveillance.");
    chooseValue("clause:category", "USAGE_RESTRICTION");
    click("clause:save");
    message("Clause H-1 is added");

    // A usage restriction from that clause.
    click("new-restriction");
    chooseValue("restriction:clause", "H-1");
    type("restriction:use", "Mass surveillance of Americans");
    click("restriction:save");
    message("is added.");
    assertThat(driver.findElement(By.id("restrictions")).getText())
        .contains("Mass surveillance of Americans")
        .contains("Prohibited");

    // An ultimatum due Friday 17:00 New York, with its consequences in order.
    ZonedDateTime friday =
        ZonedDateTime.now(NEW_YORK)
            .plusDays(1)
            .with(TemporalAdjusters.nextOrSame(DayOfWeek.FRIDAY))
            .withHour(17)
            .withMinute(0)
            .withSecond(0)
            .withNano(0);
    click("new-deadline");
    type("deadline:title", "Signed document granting full access");
    chooseValue("deadline:kind", "ULTIMATUM");
    set("deadline:due-date", friday.toLocalDate().toString());
    set("deadline:due-time", "17:00");
    chooseValue("deadline:zone", "America/New_York");
    choose("deadline:issuer", buyer);
    choose("deadline:responsible", vendor);
    type("deadline:demanded", "Grant unrestricted access for all lawful purposes.");
    type("deadline:consequences", "Defense Production Act invoked");
    assertThat(driver.findElement(By.id("deadline:alert-steps-hint")).getText())
        .as("the hint names the defaults")
        .contains("72h, 24h, 4h, 1h, due, 1h after for an ultimatum");
    // Its own alert steps: one that does not read is named beside the field, and nothing is saved.
    type("deadline:alert-steps", "48h, 12h, tomorrow");
    click("deadline:save");
    assertThat(awaitText(By.id("deadline:alert-steps-message"), "tomorrow"))
        .contains("\"tomorrow\" is not an alert step");
    assertThat(driver.findElement(By.id("form-title")).getText())
        .isEqualTo("Add a deadline or ultimatum");
    browser.screenshot("deadline-new");
    type("deadline:alert-steps", "48h, 12h, 1h, due");
    click("deadline:save");
    message("is added");
    WebElement ultimatum = driver.findElement(By.cssSelector("#deadlines article.deadline"));
    assertThat(ultimatum.getText())
        .contains("17:00")
        .contains("America/New_York")
        .contains("Defense Production Act invoked");
    ultimatum.findElement(By.cssSelector(".manage-deadline")).click();
    assertThat(await(By.id("ladder-steps")).getText())
        .as("entered with its own steps")
        .isEqualTo("48 hours before, 12 hours before, 1 hour before, at the due time");
    assertThat(driver.findElement(By.id("ladder:steps")).getAttribute("value"))
        .isEqualTo("48h, 12h, 1h, due");
    driver.navigate().back();
    ultimatum = await(By.cssSelector("#deadlines article.deadline"));

    // A second consequence is threatened later: the officer adds it after the first.
    ultimatum.findElement(By.cssSelector(".edit-deadline")).click();
    assertThat(await(By.id("form-title")).getText())
        .isEqualTo("Change \u201cSigned document granting full access\u201d");
    assertThat(driver.findElement(By.id("deadline:consequences")).getAttribute("value"))
        .isEqualTo("Defense Production Act invoked");
    assertThat(driver.findElement(By.id("deadline:demanded")).getAttribute("value"))
        .isEqualTo("Grant unrestricted access for all lawful purposes.");
    assertThat(driver.findElement(By.id("due-hint")).getText()).contains("alert steps are set");
    assertThat(driver.findElement(By.id("to-manage")).getAttribute("href"))
        .as("the extension and the alert steps are one link away")
        .contains("/deadlines/manage?id=");
    type("deadline:consequences", "Defense Production Act invoked\nDesignated a supply chain risk");
    browser.driver().executeScript("document.getElementById('form-title').scrollIntoView();");
    browser.screenshot("deadline-edit");
    click("deadline:save");
    message("is saved");
    ultimatum = driver.findElement(By.cssSelector("#deadlines article.deadline"));
    assertThat(ultimatum.getText()).contains("17:00").contains(buyer);
    assertThat(
            ultimatum.findElements(By.cssSelector(".consequences li")).stream()
                .map(WebElement::getText)
                .toList())
        .containsExactly("Defense Production Act invoked", "Designated a supply chain risk");

    // A quarterly obligation, with a preview of its dates before saving.
    click("new-obligation");
    choose("obligation:owing", vendor);
    type("obligation:description", "Quarterly model reliability report");
    type("obligation:person", "J. Rivera, program office");
    type("obligation:source", "H-1");
    set("obligation:due", "2026-01-15");
    type("obligation:rrule", "FREQ=MONTHLY;INTERVAL=3;BYMONTHDAY=15");
    click("obligation:preview");
    assertThat(await(By.id("preview-dates")).getText())
        .contains("15 Jan 2026")
        .contains("15 Apr 2026");
    click("obligation:save");
    message("obligation is added");

    // The obligation is corrected: what is owed and who follows it up; a series keeps its dates.
    driver.findElement(By.cssSelector("#obligations .edit-obligation")).click();
    assertThat(await(By.id("form-title")).getText())
        .isEqualTo("Change \u201cQuarterly model reliability report\u201d");
    assertThat(driver.findElement(By.id("obligation:description")).getAttribute("value"))
        .isEqualTo("Quarterly model reliability report");
    assertThat(driver.findElement(By.id("obligation:source")).getAttribute("value"))
        .isEqualTo("H-1");
    assertThat(driver.findElements(By.id("obligation:due")))
        .as("a series' dates do not move")
        .isEmpty();
    assertThat(driver.findElement(By.id("schedule-fixed")).getText())
        .contains("end it and add the new series");
    type("obligation:description", "Quarterly model reliability report and misuse summary");
    type("obligation:person", "M. Chen, contracts desk");
    browser.screenshot("obligation-edit");
    type("obligation:description", "   ");
    click("obligation:save");
    assertThat(awaitText(By.id("obligation:description-message"), "Describe"))
        .as("white space alone is no description")
        .contains("Describe what is owed.");
    assertThat(driver.findElement(By.id("obligation:person")).getAttribute("value"))
        .as("what was typed is kept")
        .isEqualTo("M. Chen, contracts desk");
    type("obligation:description", "Quarterly model reliability report and misuse summary");
    click("obligation:save");
    message("is saved");
    assertThat(driver.findElement(By.cssSelector("#obligations article.obligation")).getText())
        .contains("Quarterly model reliability report and misuse summary")
        .contains("M. Chen, contracts desk")
        .doesNotContain("J. Rivera");

    // A modification: funding added, clause H-1 revised; the next P-number is suggested.
    click("new-modification");
    assertThat(await(By.id("modification:number")).getAttribute("value")).isEqualTo("P00001");
    type("modification:description", "Incremental funding; usage clause clarified");
    type("modification:funding", "5000000");
    // The Ajax answer replaces the button that had the focus: the focus goes where the user goes
    // on,
    // and a screen reader hears what happened (the page's status region, or the refusal).
    click("modification:add-change");
    assertThat(message("Enter the clause number.")).contains("Enter the clause number.");
    awaitFocusOn("modification:clause-number");
    type("modification:clause-number", "H-1");
    click("modification:load-wording");
    // The Ajax update replaces the field; wait past the moment it is swapped.
    new WebDriverWait(driver, Duration.ofSeconds(10))
        .ignoring(org.openqa.selenium.WebDriverException.class)
        .until(d -> !d.findElement(By.id("modification:text")).getAttribute("value").isEmpty());
    awaitFocusOn("modification:heading");
    assertThat(browser.liveRegions())
        .contains(
            new Browser.LiveRegion(
                "status",
                "polite",
                "The wording of clause H-1 as it stands is in the heading and text below."));
    WebElement text = driver.findElement(By.id("modification:text"));
    text.sendKeys(" Nor for final targeting decisions without meaningful human involvement.");
    click("modification:add-change");
    new WebDriverWait(driver, Duration.ofSeconds(10))
        .ignoring(org.openqa.selenium.WebDriverException.class)
        .until(d -> d.findElement(By.id("changes")).getText().contains("H-1"));
    assertThat(driver.findElement(By.id("changes")).getText())
        .contains("Revise wording")
        .contains("H-1");
    awaitFocusOn("modification:kind");
    assertThat(browser.liveRegions())
        .contains(
            new Browser.LiveRegion(
                "status",
                "polite",
                "Clause H-1: Revise wording, added to the changes (1 in all). Nothing is saved"
                    + " until you save the modification."));
    // A change added by mistake is taken off the list again; the focus stays with the list.
    chooseValue("modification:kind", "REMOVE");
    type("modification:clause-number", "H-2");
    click("modification:add-change");
    By removeH2 = By.xpath("//table[@id='changes']//tr[td[2][normalize-space()='H-2']]//button");
    new WebDriverWait(driver, Duration.ofSeconds(10))
        .ignoring(org.openqa.selenium.WebDriverException.class)
        .until(d -> !d.findElements(removeH2).isEmpty());
    driver.findElement(removeH2).click();
    new WebDriverWait(driver, Duration.ofSeconds(10))
        .ignoring(org.openqa.selenium.WebDriverException.class)
        .until(d -> !d.findElement(By.id("changes")).getText().contains("H-2"));
    awaitFocusOn("changes");
    assertThat(browser.liveRegions())
        .contains(
            new Browser.LiveRegion(
                "status", "polite", "The change of clause H-2 is taken off the list (1 left)."));
    assertThat(driver.findElement(By.id("changes")).getText()).contains("H-1");
    chooseValue("modification:kind", "REVISE");
    assertThat(driver.findElement(By.id("modification:description")).getAttribute("value"))
        .as("the terms typed before adding a clause change are kept")
        .isEqualTo("Incremental funding; usage clause clarified");
    browser.driver().executeScript("window.scrollTo(0, 0);");
    browser.screenshot("modification-new");
    click("modification:save");
    message("Modification P00001 is applied");
    assertThat(driver.findElement(By.id("obligated")).getText()).contains("$6,000,000.00");
    assertThat(driver.findElement(By.id("modification-P00001")).getText())
        .contains("funding +$5,000,000.00")
        .contains("clause H-1");
    assertThat(driver.findElement(By.id("clause-H-1")).getText()).contains("Wording of P00001");

    // The ultimatum is extended by a week, then met.
    driver.findElement(By.cssSelector("#deadlines .manage-deadline")).click();
    await(By.id("extend:date"));
    set("extend:date", friday.plusWeeks(1).toLocalDate().toString());
    type("extend:reason", "Talks continue after the Tuesday meeting");
    click("extend:extend-button");
    message("is extended");
    driver.findElement(By.cssSelector("#deadlines .manage-deadline")).click();
    assertThat(await(By.id("extensions")).getText())
        .contains("Talks continue after the Tuesday meeting")
        .contains(officer);
    browser.screenshot("deadline-manage");

    // One occurrence of the obligation is fulfilled; the others stay open.
    browser.open(base, "/contracts/view?number=" + number);
    driver.findElement(By.cssSelector("#obligations tr.occurrence .settle-occurrence")).click();
    chooseValue(await(By.id("settle:outcome")).getAttribute("id"), "FULFILLED");
    assertThat(driver.findElement(By.id("settled-obligation")).getText())
        .as("the page says which obligation is settled")
        .contains("Quarterly model reliability report and misuse summary");
    type("settle:note", "Q1 report delivered");
    browser.screenshot("obligation-settle");
    String settleLink = driver.getCurrentUrl();
    // A colleague changes the obligation while the page is open: the save is refused and nothing
    // is settled; opening the page again settles it.
    java.util.regex.Matcher obligationId =
        java.util.regex.Pattern.compile("[?&]id=(\\d+)").matcher(settleLink);
    assertThat(obligationId.find()).as(settleLink).isTrue();
    try (var c = TestDatabase.connect();
        var q = c.prepareStatement("update obligation set version = version + 1 where id = ?")) {
      q.setLong(1, Long.parseLong(obligationId.group(1)));
      assertThat(q.executeUpdate()).isEqualTo(1);
    }
    click("settle:save");
    assertThat(message("changed this obligation meanwhile")).doesNotContain("is Fulfilled");
    driver.get(settleLink);
    chooseValue(await(By.id("settle:outcome")).getAttribute("id"), "FULFILLED");
    type("settle:note", "Q1 report delivered");
    click("settle:save");
    message("is Fulfilled");
    List<String> states =
        driver.findElements(By.cssSelector("#obligations tr.occurrence .occurrence-state")).stream()
            .map(WebElement::getText)
            .toList();
    assertThat(states.get(0)).contains("Fulfilled").contains(officer);
    assertThat(states.subList(1, states.size())).noneMatch(t -> t.contains("Fulfilled"));

    // The same link again (a colleague's, opened late) says how it was settled, with no form;
    // a date on which the obligation is not due is not found.
    driver.get(settleLink);
    assertThat(await(By.id("settled-already")).getText())
        .contains("was settled already: Fulfilled, recorded by " + officer);
    assertThat(driver.findElements(By.id("settle:save"))).isEmpty();
    browser.screenshot("obligation-settled-already");
    java.util.regex.Matcher settledOn =
        java.util.regex.Pattern.compile("date=(\\d{4}-\\d{2}-\\d{2})").matcher(settleLink);
    assertThat(settledOn.find()).as(settleLink).isTrue();
    driver.get(
        settleLink.replace(
            settledOn.group(),
            "date=" + java.time.LocalDate.parse(settledOn.group(1)).plusDays(1)));
    assertThat(await(By.id("error-title")).getText()).isEqualTo("Page not found");
    browser.open(base, "/contracts/view?number=" + number);

    // The series ends: nothing after its last day is owed; a reason is required.
    java.time.LocalDate lastOwed = java.time.LocalDate.now(java.time.ZoneOffset.UTC).plusDays(40);
    driver.findElement(By.cssSelector("#obligations .end-obligation")).click();
    assertThat(await(By.id("form-title")).getText())
        .isEqualTo("End \u201cQuarterly model reliability report and misuse summary\u201d");
    set("end:last", lastOwed.toString());
    click("end:save");
    assertThat(awaitText(By.id("end:reason-message"), "Say why"))
        .contains("Say why the obligation ends.");
    set("end:last", lastOwed.toString());
    type("end:reason", "Requirement removed by P00001");
    browser.screenshot("obligation-end");
    click("end:save");
    message("nothing later is owed");
    WebElement obligation = driver.findElement(By.cssSelector("#obligations article.obligation"));
    assertThat(obligation.getText())
        .contains("Ended")
        .contains(
            "Ended after "
                + java.time.format.DateTimeFormatter.ofPattern(
                        "d MMM yyyy", java.util.Locale.ENGLISH)
                    .format(lastOwed)
                + " by "
                + officer)
        .contains("Requirement removed by P00001");
    assertThat(obligation.findElements(By.cssSelector("tr.occurrence")))
        .extracting(tr -> java.time.LocalDate.parse(tr.getAttribute("data-date")))
        .isNotEmpty()
        .allMatch(date -> !date.isAfter(lastOwed));
    assertThat(obligation.findElements(By.cssSelector(".end-obligation")))
        .as("ended once")
        .isEmpty();

    // Ended by mistake: reopened, it is owed again by its rule as it was.
    obligation.findElement(By.cssSelector(".reopen-obligation")).click();
    assertThat(await(By.id("form-title")).getText())
        .isEqualTo("Reopen \u201cQuarterly model reliability report and misuse summary\u201d");
    assertThat(driver.findElement(By.id("ended-explanation")).getText())
        .contains("Requirement removed by P00001");
    assertThat(driver.findElement(By.id("reopen-hint")).getText())
        .contains("FREQ=MONTHLY;INTERVAL=3;BYMONTHDAY=15");
    type("reopen:reason", "Ended on the wrong contract");
    browser.screenshot("obligation-reopen");
    driver.findElement(By.id("reopen:reason")).clear();
    click("reopen:save");
    assertThat(awaitText(By.id("reopen:reason-message"), "Say why"))
        .as("no reason, not reopened")
        .contains("Say why the obligation is owed again.");
    type("reopen:reason", "Ended on the wrong contract");
    click("reopen:save");
    message("is owed again");
    WebElement reopened = driver.findElement(By.cssSelector("#obligations article.obligation"));
    assertThat(reopened.getText()).doesNotContain("Ended after");
    assertThat(reopened.findElement(By.cssSelector(".obligation-reopened")).getText())
        .contains("Reopened by " + officer)
        .contains("Ended on the wrong contract");
    assertThat(reopened.findElements(By.cssSelector(".end-obligation"))).hasSize(1);
    assertThat(reopened.findElements(By.cssSelector("tr.occurrence")))
        .extracting(tr -> java.time.LocalDate.parse(tr.getAttribute("data-date")))
        .anyMatch(date -> date.isAfter(lastOwed));

    driver.findElement(By.cssSelector("#deadlines .manage-deadline")).click();
    chooseValue(await(By.id("close:outcome")).getAttribute("id"), "MET");
    type("close:note", "Signed document received");
    click("close:close-button");
    message("is closed as Met");
    assertThat(driver.findElement(By.cssSelector("#deadlines article.deadline")).getText())
        .contains("Met")
        .contains("Closed by " + officer)
        .contains("Signed document received");
    browser.screenshot("workbench-contract");

    // The history names the officer for each step.
    click("history-link");
    String history = await(By.id("history")).getText();
    assertThat(history)
        .contains(officer)
        .contains("P00001")
        .contains("52.204-21")
        .contains("H-1")
        .contains("Signed document granting full access")
        .contains("Quarterly model reliability report");
    assertThat(browser.consoleErrors()).as("no Content-Security-Policy violations").isEmpty();
  }

  @Test
  void aDuplicateNumberIsRefusedInTheSameWordsAndTheFormKeepsWhatWasTyped() {
    String buyer = registerParty("Buyer " + s, "GOVERNMENT_AGENCY", null, null);
    String vendor = registerParty("Seller " + s, "COMPANY", null, null);
    String number = "DUP-" + s;
    for (int attempt = 0; attempt < 2; attempt++) {
      browser.open(base, "/contracts/edit");
      type("contract:number", number);
      type("contract:title", "Duplicate " + s);
      chooseValue("contract:type", "FFP");
      choose("contract:buyer", buyer);
      choose("contract:vendor", vendor);
      type("contract:ceiling", "1000");
      click("contract:save");
      if (attempt == 0) {
        message("is registered");
      }
    }
    assertThat(message("cannot be used")).contains("This number cannot be used.");
    assertThat(driver.findElement(By.id("contract:title")).getAttribute("value"))
        .isEqualTo("Duplicate " + s);
  }

  @Test
  void anOfficerCorrectsTheContractItsPartiesParticipantsAndRestrictions() {
    String buyer = registerParty("Office " + s, "GOVERNMENT_AGENCY", null, null);
    String vendor = registerParty("Maker " + s, "COMPANY", null, null);
    String lab = registerParty("Lab " + s, "OTHER", null, null);
    String number = "ED-" + s;
    browser.open(base, "/contracts/edit");
    type("contract:number", number + "-TYPO");
    type("contract:title", "Edit me " + s);
    chooseValue("contract:type", "FFP");
    choose("contract:buyer", buyer);
    choose("contract:vendor", vendor);
    type("contract:ceiling", "1000");
    click("contract:save");
    message("is registered");

    // The contract, edited: its number corrected, a new title and ceiling while it is a draft.
    click("edit-contract");
    type("contract:number", number.toLowerCase(java.util.Locale.ROOT));
    type("contract:title", "Edited " + s);
    type("contract:ceiling", "1500.50");
    browser.driver().executeScript("document.getElementById('form-title').scrollIntoView();");
    browser.screenshot("contract-renumber");
    click("contract:save");
    assertThat(message("are saved")).contains("it is now numbered " + number + ".");
    assertThat(driver.findElement(By.id("contract-number")).getText()).isEqualTo(number);
    assertThat(driver.findElement(By.id("contract-title")).getText()).isEqualTo("Edited " + s);
    assertThat(driver.findElement(By.id("obligated")).getText()).contains("$1,500.50");

    // A participant added, then removed; an authorisation recorded.
    click("edit-participants");
    choose("participant:party", lab);
    type("participant:role", "Test lab");
    click("participant:add");
    message("takes part as Test lab");
    assertThat(driver.findElement(By.id("participants")).getText()).contains(lab);
    type("authorisation:what", "Use on classified networks");
    set("authorisation:granted", "2026-11-30");
    click("authorisation:authorise");
    message("authorisation is recorded");
    driver.findElement(By.cssSelector("#participants .remove-participant")).click();
    message("no longer takes part");
    assertThat(driver.findElements(By.id("participants"))).isEmpty();
    assertThat(driver.findElement(By.id("authorisations")).getText())
        .contains("Use on classified networks");

    // The authorisation withdrawn: refused before its grant, then recorded; it stays listed.
    choose("withdrawal:which", "Use on classified networks (30 Nov 2026)");
    set("withdrawal:withdrawn-on", "2026-11-29");
    type("withdrawal:reason", "Designated a supply chain risk");
    click("withdrawal:withdraw");
    message("cannot be withdrawn before it was granted");
    set("withdrawal:withdrawn-on", "2026-12-01");
    click("withdrawal:withdraw");
    message("is withdrawn as of 2026-12-01");
    assertThat(driver.findElements(By.id("withdrawal"))).as("nothing left to withdraw").isEmpty();
    click("back-to-contract");
    WebElement withdrawn = await(By.cssSelector("#authorisations li.withdrawn"));
    assertThat(withdrawn.getText())
        .contains("Use on classified networks")
        .contains("Withdrawn on 1 Dec 2026: Designated a supply chain risk");
    browser.driver().executeScript("document.getElementById('contract-title').scrollIntoView();");
    browser.screenshot("authorisation-withdrawn");
    // The contract's history keeps both: granted, then withdrawn with its reason.
    click("history-link");
    assertThat(await(By.id("history")).getText()).contains("Designated a supply chain risk");
    browser.driver().navigate().back();

    // The vendor's page lists the contract.
    browser.open(base, "/parties/view?name=" + vendor.replace(" ", "%20"));
    assertThat(await(By.id("party-contracts")).getText()).contains(number).contains("Edited " + s);

    // The party, renamed: its page follows.
    browser.open(base, "/parties/view?name=" + lab.replace(" ", "%20"));
    click("edit-party");
    type("party:name", "Laboratory " + s);
    type("party:cage", "L" + s.substring(0, 4));
    click("party:save");
    message("are saved");
    assertThat(driver.findElement(By.id("party-name")).getText()).isEqualTo("Laboratory " + s);

    // A restriction, redefined as conditional, then withdrawn.
    browser.open(base, "/clauses/new?contract=" + number);
    type("clause:number", "H-2");
    type("clause:heading", "Use");
    type("clause:text", "No use for surveillance.");
    click("clause:save");
    message("is added");
    click("new-restriction");
    chooseValue("restriction:clause", "H-2");
    type("restriction:use", "Surveillance");
    click("restriction:save");
    message("is added.");
    driver.findElement(By.cssSelector("#restrictions .edit-restriction")).click();
    type("restriction:use", "Surveillance of U.S. persons");
    click("restriction:conditional");
    click("restriction:save");
    assertThat(message("states its condition")).contains("states its condition");
    type("restriction:condition", "Only with a court order");
    click("restriction:save");
    message("is saved");
    assertThat(driver.findElement(By.id("restrictions")).getText())
        .contains("Surveillance of U.S. persons")
        .contains("Conditional")
        .contains("Only with a court order");
    driver.findElement(By.cssSelector("#restrictions .edit-restriction")).click();
    click("restriction:withdraw");
    message("is withdrawn");
    assertThat(driver.findElement(By.id("restrictions")).getText()).contains("Withdrawn");
    assertThat(browser.consoleErrors()).isEmpty();
  }
}
