package org.clausewatch.dispute.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import org.clausewatch.testing.BrowserTest;
import org.clausewatch.testing.SeedStory;
import org.clausewatch.testing.TestDatabase;
import org.clausewatch.testing.TestUsers;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.Select;

/**
 * Counsel adds a topic to the catalogue, says that the seed contract's restriction is about it, and
 * compares vendors: Anthropic's restriction, disputed, both stances side by side, and the buyer's
 * xAI contract without any such restriction.
 */
class TopicJourneyIT extends BrowserTest {

  @Test
  void counselComparesOneRestrictionAcrossTheBuyersVendors() throws Exception {
    String suffix = TestDatabase.uniqueSuffix();
    try (Connection c = TestDatabase.connect()) {
      SeedStory.insert(c, suffix);
    }
    String anthropic = SeedStory.anthropicContract(suffix);
    String xai = SeedStory.xaiContract(suffix);
    signInAs(TestUsers.create(TestUsers.unique("counsel"), "SECRET", "LEGAL"));
    String topic = "Mass surveillance of U.S. persons " + suffix;

    browser.open(base, "/topics");
    driver.findElement(By.id("topic:create")).click();
    assertThat(awaitText(By.id("topic"), "Enter the topic's name.")).isNotEmpty();
    // A zero-width space inside: it would look like the topic it is not; refused beside the field,
    // what was typed kept, nothing added.
    String hidden = "Mass surveil\u200Blance of U.S. persons " + suffix;
    driver.findElement(By.id("topic:name")).sendKeys(hidden);
    driver
        .findElement(By.id("topic:description"))
        .sendKeys("Seed article: no mass surveillance of Americans.");
    driver.findElement(By.id("topic:create")).click();
    assertThat(awaitText(By.id("topic:name-message"), "invisible"))
        .isEqualTo(
            "This name cannot hold the invisible character U+200B (zero width space): with it,"
                + " the name would look like another.");
    assertThat(driver.findElement(By.id("topic:name")).getAttribute("value")).isEqualTo(hidden);
    assertThat(driver.findElement(By.id("topic:description")).getAttribute("value"))
        .isEqualTo("Seed article: no mass surveillance of Americans.");
    assertThat(driver.findElement(By.id("topic-list")).getText()).doesNotContain(suffix);
    driver.findElement(By.id("topic:name")).clear();
    driver.findElement(By.id("topic:name")).sendKeys(topic);
    driver.findElement(By.id("topic:create")).click();
    awaitText(By.id("messages"), "is added");
    // A topic that reads like the one just added (a capital I for a small L) is refused, naming it.
    String lookalike = "Mass surveiIlance of U.S. persons " + suffix;
    driver.findElement(By.id("topic:name")).sendKeys(lookalike);
    driver.findElement(By.id("topic:create")).click();
    assertThat(awaitText(By.id("messages"), "would look like"))
        .contains(
            "A topic's name \""
                + lookalike
                + "\" would look like that of the topic \""
                + topic
                + "\": a reader could take the one for the other.");
    assertThat(driver.findElement(By.id("topic:name")).getAttribute("value")).isEqualTo(lookalike);
    assertThat(driver.findElements(By.linkText(lookalike))).as("nothing added").isEmpty();
    browser.screenshot("topic-name-looks-like-another");
    driver.findElement(By.id("topic:name")).clear();

    browser.open(base, "/contracts?q=" + suffix);
    assertThat(awaitText(By.cssSelector(".contract-table"), "Illustrative"))
        .as("the list marks what is illustrative")
        .contains("Illustrative");
    browser.open(base, "/contracts/view?number=" + anthropic);
    assertThat(driver.findElement(By.id("illustrative")).getText())
        .isEqualTo("Illustrative contract number, amounts and dates");
    driver.findElement(By.cssSelector("#restrictions article .edit-restriction")).click();
    new Select(await(By.id("restriction:topic"))).selectByVisibleText(topic);
    driver.findElement(By.id("restriction:save")).click();
    awaitText(By.id("messages"), "is saved");

    browser.open(base, "/topics");
    driver.findElement(By.linkText(topic)).click();
    assertThat(awaitText(By.id("topic-title"), topic)).isEqualTo(topic);
    String row = driver.findElement(By.cssSelector("#rows tbody tr")).getText();
    assertThat(row)
        .contains(anthropic)
        .contains("Anthropic")
        .contains("Disputed")
        .contains("Rejects")
        .contains("Accepts")
        .contains("Anthropic accepts; U.S. Department of Defense rejects.");
    assertThat(driver.findElement(By.id("without")).getText()).contains(xai).contains("xAI");
    browser.screenshot("topic-comparison");
    assertThat(driver.findElement(By.id("export-csv")).getAttribute("href"))
        .contains("/topics/export.csv?id=");

    // Counsel corrects the topic: a name left empty is refused beside the field, then saved; the
    // comparison shows the new name and description.
    driver.findElement(By.id("edit-topic")).click();
    assertThat(awaitText(By.id("form-title"), topic)).isEqualTo("Edit topic: " + topic);
    driver.findElement(By.id("topic-edit:name")).clear();
    driver.findElement(By.id("topic-edit:save")).click();
    assertThat(awaitText(By.id("topic-edit:name-message"), "Enter"))
        .isEqualTo("Enter the topic's name.");
    driver.findElement(By.id("topic-edit:cancel")).click();
    assertThat(awaitText(By.id("topic-title"), topic)).as("nothing saved").isEqualTo(topic);
    driver.findElement(By.id("edit-topic")).click();
    awaitText(By.id("form-title"), topic);
    driver.findElement(By.id("topic-edit:name")).clear();
    String corrected = "Mass domestic surveillance of U.S. persons " + suffix;
    driver.findElement(By.id("topic-edit:name")).sendKeys(corrected);
    driver.findElement(By.id("topic-edit:description")).clear();
    driver
        .findElement(By.id("topic-edit:description"))
        .sendKeys("Seed article: no mass surveillance of Americans, at home or abroad.");
    browser.screenshot("topic-edit");
    driver.findElement(By.id("topic-edit:save")).click();
    assertThat(awaitText(By.id("messages"), "is saved"))
        .isEqualTo("The topic \"" + corrected + "\" is saved.");
    assertThat(driver.findElement(By.id("topic-title")).getText()).isEqualTo(corrected);
    assertThat(driver.findElement(By.tagName("main")).getText())
        .contains("at home or abroad")
        .contains(anthropic);
    assertThat(browser.consoleErrors()).isEmpty();
  }
}
