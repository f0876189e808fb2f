package org.clausewatch.flag.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.PreparedStatement;
import org.clausewatch.testing.BrowserTest;
import org.clausewatch.testing.SeedStory;
import org.clausewatch.testing.TestDatabase;
import org.clausewatch.testing.TestUsers;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;

/**
 * Issue #12's journey: counsel filters the list by a flag, reads on the seed contract why it needs
 * attention (each flag in words, the demand's words marked, reports owed and not received), sees a
 * clause flag's evidence on the clause page, and dismisses that flag with a reason; the list no
 * longer finds the contract by it.
 */
class FlagJourneyIT extends BrowserTest {

  private String suffix;
  private String contract;

  @BeforeEach
  void seedStoryWithAGoverningLawClause() throws Exception {
    suffix = TestDatabase.uniqueSuffix();
    try (Connection c = TestDatabase.connect()) {
      SeedStory.insert(c, suffix);
      contract = SeedStory.anthropicContract(suffix);
      try (PreparedStatement st =
          c.prepareStatement(
              "insert into clause (id, version, contract_id, position, number, cited_date,"
                  + " heading, text, category) select nextval('clause_seq'), 0, id, 90, 'I-90',"
                  + " null, 'Governing law', ?, 'OTHER' from contract where number = ?")) {
        st.setString(
            1,
            "This contract shall be governed by and construed in accordance with the Federal law"
                + " of the United States.");
        st.setString(2, contract);
        st.executeUpdate();
      }
      // Two quarterly reports past (about 100 and 9 days ago), neither settled.
      try (PreparedStatement st =
          c.prepareStatement(
              "insert into obligation (id, version, contract_id, owing_party_id, description,"
                  + " due_date, recurrence, status) select nextval('obligation_seq'), 0, k.id,"
                  + " p.id, 'Quarterly model reliability report', current_date - 100,"
                  + " 'FREQ=MONTHLY;INTERVAL=3', 'OPEN' from contract k, party p where k.number ="
                  + " ? and p.name = 'Anthropic'")) {
        st.setString(1, contract);
        st.executeUpdate();
      }
    }
    TestDatabase.awaitFlags();
  }

  @Test
  void counselReadsWhyTheContractNeedsAttentionAndDismissesAClauseFlagWithAReason() {
    signInAs(TestUsers.create(TestUsers.unique("counsel"), "SECRET", "LEGAL"));

    browser.open(base, "/contracts?q=" + suffix);
    new Select(await(By.id("flag"))).selectByVisibleText("Governing law");
    clickThrough(By.id("apply-filters"), ".*flag=TEXT_GOVERNING_LAW.*");
    awaitText(By.cssSelector("#list\\:contracts_data"), contract);
    assertThat(driver.getCurrentUrl()).contains("flag=TEXT_GOVERNING_LAW");

    driver.findElement(By.linkText(contract)).click();
    WebElement attention = await(By.id("attention"));
    assertThat(attention.getText())
        .contains("is disputed: Anthropic accepts; U.S. Department of Defense rejects.")
        .contains("Defense Production Act invoked")
        .contains("conflicts with the contract's usage restrictions")
        .contains(
            "Obligation \u201cQuarterly model reliability report\u201d, owed by Anthropic, has 2"
                + " occurrences due and not settled");
    assertThat(
            attention
                .findElement(By.cssSelector(".flag-rule-DEMAND_CONFLICTS_WITH_RESTRICTION mark"))
                .getText())
        .isEqualTo("unrestricted access");
    WebElement law = driver.findElement(By.cssSelector("#flags .flag-rule-TEXT_GOVERNING_LAW"));
    assertThat(law.findElement(By.cssSelector("mark")).getText())
        .isEqualTo("governed by and construed in accordance with the Federal law");
    browser.screenshot("contract-flags");

    law.findElement(By.cssSelector(".flag-clause")).click();
    assertThat(await(By.id("clause-flags")).getText()).contains("Governing law");

    browser.open(base, "/contracts/view?number=" + contract);
    driver.findElement(By.cssSelector("#flags .flag-rule-TEXT_GOVERNING_LAW summary")).click();
    WebElement form =
        driver.findElement(By.cssSelector("#flags .flag-rule-TEXT_GOVERNING_LAW form"));
    form.findElement(By.cssSelector("input[type=submit]")).click();
    assertThat(awaitText(By.id("messages"), "Say why"))
        .contains("Say why the flag does not matter.");
    form = driver.findElement(By.cssSelector("#flags .flag-rule-TEXT_GOVERNING_LAW form"));
    assertThat(form.findElement(By.cssSelector("input[type=text]")).isDisplayed())
        .as("the refused form stays open")
        .isTrue();
    form.findElement(By.cssSelector("input[type=text]")).sendKeys("Federal law is standard here.");
    form.findElement(By.cssSelector("input[type=submit]")).click();
    awaitText(By.id("messages"), "The flag is dismissed.");
    assertThat(driver.findElement(By.cssSelector("#flags .flag-rule-TEXT_GOVERNING_LAW")).getText())
        .contains("Dismissed by")
        .contains("Federal law is standard here.");

    browser.open(base, "/contracts?q=" + suffix + "&flag=TEXT_GOVERNING_LAW");
    assertThat(await(By.id("list:contracts")).getText()).doesNotContain(contract);
    assertThat(browser.consoleErrors()).isEmpty();
  }

  @Test
  void anOfficerSeesTheFlagsButCannotDismissThem() {
    signInAs(TestUsers.create(TestUsers.unique("officer"), "SECRET", "CONTRACTING_OFFICER"));
    browser.open(base, "/contracts/view?number=" + contract);
    assertThat(await(By.cssSelector("#flags .flag-rule-TEXT_GOVERNING_LAW")).getText())
        .contains("governing law");
    assertThat(driver.findElements(By.cssSelector("#flags form, #flags summary"))).isEmpty();
  }
}
