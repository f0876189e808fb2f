package org.clausewatch.search.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import org.clausewatch.testing.BrowserTest;
import org.clausewatch.testing.SeedStory;
import org.clausewatch.testing.TestDatabase;
import org.clausewatch.testing.TestUsers;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;

/**
 * A contracting officer searches from the header: results of several kinds with the words marked,
 * narrowed by a facet, the query in the URL, and a result opened; an unknown facet value gets a
 * message.
 */
class SearchJourneyIT extends BrowserTest {

  @Test
  void anOfficerSearchesFromTheHeaderNarrowsByKindAndOpensAClause() throws Exception {
    String suffix = TestDatabase.uniqueSuffix();
    try (Connection c = TestDatabase.connect()) {
      SeedStory.insert(c, suffix);
      String contractId =
          "(select id from contract where number = '" + SeedStory.anthropicContract(suffix) + "')";
      try (var st = c.createStatement()) {
        // This test's word, so that other tests' copies of the story stay out of its results.
        st.executeUpdate(
            "update clause set text = text || ' Marker "
                + suffix
                + ".' where number = 'H-2' and contract_id = "
                + contractId);
        st.executeUpdate(
            "update usage_restriction set restricted_use = restricted_use || ' (marker "
                + suffix
                + ")' where restricted_use like 'Final targeting%' and contract_id = "
                + contractId);
      }
    }
    String contract = SeedStory.anthropicContract(suffix);
    signInAs(TestUsers.create(TestUsers.unique("officer"), "SECRET", "CONTRACTING_OFFICER"));

    browser.open(base, "/contracts");
    WebElement box = await(By.id("header-q"));
    box.sendKeys("\"meaningful human involvement\" " + suffix, Keys.ENTER);
    await(By.id("results"));
    assertThat(driver.getCurrentUrl()).contains("/search?q=");
    assertThat(driver.findElement(By.id("facet-kind")).getText())
        .contains("Clause")
        .contains("Usage restriction");
    assertThat(driver.findElements(By.cssSelector(".search-hit mark")))
        .extracting(WebElement::getText)
        .anySatisfy(t -> assertThat(t.toLowerCase()).isIn("meaningful", "human", "involvement"));
    browser.screenshot("search-results");

    driver.findElement(By.cssSelector("#facet-kind a.facet-link[href*='kind=CLAUSE']")).click();
    await(By.cssSelector("#facet-kind .facet-selected"));
    assertThat(driver.getCurrentUrl()).contains("kind=CLAUSE");
    assertThat(driver.findElements(By.cssSelector(".search-hit")))
        .allSatisfy(h -> assertThat(h.getAttribute("class")).contains("hit-CLAUSE"));

    WebElement ours =
        driver.findElements(By.cssSelector(".search-hit")).stream()
            .filter(h -> h.getText().contains(contract))
            .findFirst()
            .orElseThrow();
    ours.findElement(By.cssSelector(".hit-link")).click();
    assertThat(await(By.id("clause-title")).getText()).contains("H-2");

    // Narrowed to nothing: no empty facet panel, and a way back to the words alone.
    browser.open(base, "/search?q=%22meaningful+human+involvement%22+" + suffix + "&kind=DEADLINE");
    assertThat(await(By.id("results-title")).getText()).startsWith("Nothing found");
    assertThat(driver.findElements(By.id("facets"))).isEmpty();
    driver.findElement(By.id("search-without-facets")).click();
    await(By.id("facet-kind"));
    assertThat(driver.getCurrentUrl()).doesNotContain("kind=");
    assertThat(driver.findElements(By.cssSelector(".search-hit"))).isNotEmpty();
    browser.open(base, "/search?q=nothing+at+all+" + suffix);
    assertThat(await(By.id("results-title")).getText()).startsWith("Nothing found");
    assertThat(driver.findElements(By.id("search-without-facets"))).isEmpty();

    browser.open(base, "/search?q=surveillance&kind=NOPE");
    assertThat(await(By.id("search-errors")).getText())
        .contains("Not a value this filter knows; it is ignored.");
    assertThat(driver.findElement(By.id("results"))).isNotNull();
    browser.open(base, "/search");
    assertThat(await(By.id("search-empty")).getText()).contains("Type words to search");
    assertThat(browser.consoleErrors()).isEmpty();
  }

  @Test
  void aWordInMoreThanTenThousandClausesIsToldAsMoreThanCountedAndPaged() throws Exception {
    String suffix = TestDatabase.uniqueSuffix();
    try (Connection c = TestDatabase.connect()) {
      SeedStory.insert(c, suffix);
      try (var st = c.createStatement()) {
        st.executeUpdate(
            "insert into clause (id, version, contract_id, position, number, cited_date, heading,"
                + " text, category) select nextval('clause_seq'), 0, k.id, 1000 + g, 'R-' || g,"
                + " null, 'Quarterly report', 'The contractor reports each quarter. Marker "
                + suffix
                + ".', 'OTHER' from contract k, generate_series(1, 10001) g where k.number = '"
                + SeedStory.anthropicContract(suffix)
                + "'");
      }
    }
    signInAs(TestUsers.create(TestUsers.unique("officer"), "SECRET", "CONTRACTING_OFFICER"));

    browser.open(base, "/search?q=quarter+" + suffix);
    assertThat(await(By.id("results")).getText()).contains("Results 1\u201320 of more than 10,000");
    assertThat(driver.findElement(By.id("search-more")).getText())
        .contains("match more than 10,000 items of a kind")
        .contains("Add words, a \"quoted phrase\" or a facet");
    assertThat(driver.findElement(By.id("facet-kind")).getText())
        .contains("Clause (more than 10,000)");
    assertThat(driver.findElements(By.cssSelector(".search-hit"))).hasSize(20);
    assertThat(browser.consoleErrors()).isEmpty();
  }
}
