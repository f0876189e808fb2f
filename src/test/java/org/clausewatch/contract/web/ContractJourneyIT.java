package org.clausewatch.contract.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.net.http.HttpResponse;
import java.sql.Connection;
import java.time.Duration;
import java.util.List;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.clausewatch.testing.BrowserTest;
import org.clausewatch.testing.SeedStory;
import org.clausewatch.testing.TestDatabase;
import org.clausewatch.testing.TestUsers;
import org.clausewatch.testing.WebClient;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * A contracting officer's journey: filter the list by vendor and "needs attention", open the $200M
 * contract, read the disputed restrictions, the ultimatum's live countdown and its consequences.
 */
class ContractJourneyIT extends BrowserTest {

  private String suffix;

  @BeforeEach
  void seedStory() throws Exception {
    suffix = TestDatabase.uniqueSuffix();
    try (Connection c = TestDatabase.connect()) {
      SeedStory.insert(c, suffix);
    }
    TestDatabase.awaitFlags();
  }

  private List<String> numbers() {
    return driver.findElements(By.cssSelector("#list\\:contracts_data .contract-number")).stream()
        .map(WebElement::getText)
        .toList();
  }

  @Test
  void fromTheFilteredListToTheDisputedRestrictionsAndTheUltimatum() {
    open("/contracts");
    await(By.id("q")).sendKeys(suffix);
    await(By.id("party")).sendKeys("Anthropic");
    await(By.id("attention")).click();
    // The unfiltered list has rows too: its rows are read only once the filtered page is there.
    clickThrough(By.id("apply-filters"), ".*party=Anthropic.*");
    await(By.cssSelector("#list\\:contracts_data .contract-number"));

    assertThat(driver.getCurrentUrl()).contains("party=Anthropic").contains("attention=true");
    assertThat(numbers()).containsExactly(SeedStory.anthropicContract(suffix));
    assertThat(driver.findElement(By.id("list:contracts")).getText())
        .contains("Disputed term")
        .contains("Deadline near or overdue");
    browser.screenshot("contracts-needs-attention");

    driver.findElement(By.linkText(SeedStory.anthropicContract(suffix))).click();

    assertThat(await(By.id("contract-title")).getText())
        .isEqualTo("Frontier AI capabilities for U.S. national security");
    assertThat(driver.findElement(By.id("banner-top")).getText()).isEqualTo("CUI");
    assertThat(driver.findElement(By.id("banner-bottom")).getText()).isEqualTo("CUI");
    assertThat(driver.findElement(By.id("obligated")).getText())
        .contains("$48,000,000.00 obligated of $200,000,000.00 ceiling (24%)");
    assertThat(driver.findElement(By.id("attention")).getText())
        .as("each flag says why, in words")
        .contains("\u201cMass surveillance of U.S. persons\u201d (clause H-1) is disputed")
        .contains(
            "\u201cFinal targeting decisions without meaningful human involvement\u201d (clause"
                + " H-2) is disputed")
        .contains("Ultimatum \u201cSigned document granting full access to Claude\u201d is due")
        .contains("Defense Production Act invoked")
        .contains("conflicts with the contract's usage restrictions");
    assertThat(
            driver
                .findElement(
                    By.cssSelector("#attention .flag-rule-DEMAND_CONFLICTS_WITH_RESTRICTION mark"))
                .getText())
        .as("the evidence: the demand's words")
        .isEqualTo("unrestricted access");

    WebElement restrictions = driver.findElement(By.id("restrictions"));
    assertThat(restrictions.findElements(By.cssSelector(".badge.standing-DISPUTED"))).hasSize(2);
    assertThat(restrictions.getText())
        .as("computed from the stances, in words")
        .contains("Anthropic accepts; U.S. Department of Defense rejects.");
    assertThat(restrictions.getText())
        .contains("Insists that Claude not be used for mass surveillance of American citizens.")
        .contains("Dismisses the concern: such activities would be illegal anyway.");

    WebElement deadlines = driver.findElement(By.id("deadlines"));
    assertThat(deadlines.getText())
        .contains("17:00")
        .contains("(America/New_York)")
        .contains("Your time:");
    assertThat(deadlines.findElements(By.cssSelector(".consequences li")))
        .extracting(WebElement::getText)
        .containsExactly("Defense Production Act invoked", "Designated a supply chain risk");
    WebElement countdown = deadlines.findElement(By.cssSelector(".countdown"));
    String before = countdown.getText();
    assertThat(before).matches("\\d+ d \\d+ h \\d{2} min \\d{2} s left");
    new WebDriverWait(driver, Duration.ofSeconds(5))
        .until(d -> !countdown.getText().equals(before));

    assertThat(driver.findElement(By.id("clauses")).getText())
        .contains("Outdated clause date: cites 2019-12, library has 2024-05");
    browser.screenshot("contract-page");
  }

  @Test
  void anUnknownContractNumberGetsTheNotFoundPage() {
    open("/contracts/view?number=NO-SUCH-" + suffix);

    assertThat(driver.findElement(By.id("error-title")).getText()).isEqualTo("Page not found");
  }

  @Test
  void theOverviewListsTheContractAmongThoseNeedingAttentionAndTheUltimatumAmongDeadlines()
      throws Exception {
    try (Connection c = TestDatabase.connect();
        java.sql.PreparedStatement st =
            c.prepareStatement(
                "insert into obligation (id, version, contract_id, owing_party_id, description,"
                    + " due_date, status) select nextval('obligation_seq'), 0, k.id, p.id,"
                    + " 'Security plan', current_date - 1, 'OPEN' from contract k, party p where"
                    + " k.number = ? and p.name = 'Anthropic'")) {
      st.setString(1, SeedStory.anthropicContract(suffix));
      st.executeUpdate();
    }
    TestDatabase.awaitFlags();
    open("/");

    WebElement overdue = driver.findElement(By.id("overdue-obligations"));
    assertThat(overdue.findElements(By.tagName("li")))
        .as("the newest overdue obligation first")
        .first()
        .satisfies(
            li ->
                assertThat(li.getText())
                    .contains(SeedStory.anthropicContract(suffix))
                    .contains("Obligation \u201cSecurity plan\u201d, owed by Anthropic, was due"));
    driver.findElement(By.id("overdue-obligations-all")).click();
    await(By.cssSelector("#list\\:contracts_data .contract-number"));
    assertThat(driver.getCurrentUrl()).contains("flag=OBLIGATION_OVERDUE");
    open("/");

    assertThat(driver.findElement(By.id("upcoming")).getText())
        .contains("Signed document granting full access to Claude");
    WebElement attention = driver.findElement(By.id("attention"));
    assertThat(attention.getText()).contains("See all").contains("Most urgent first");
    List<WebElement> urgent = attention.findElements(By.cssSelector("li.urgent"));
    java.util.regex.Matcher all =
        java.util.regex.Pattern.compile("See all (\\d+) in the list")
            .matcher(driver.findElement(By.id("attention-all")).getText());
    assertThat(urgent)
        .as("the ten most urgent of all that need attention")
        .hasSize(all.matches() ? Math.min(10, Integer.parseInt(all.group(1))) : 10);
    assertThat(urgent)
        .extracting(li -> li.findElement(By.cssSelector(".badge")).getText())
        .as("the most severe first (this test's contract has high ones; so do others)")
        .startsWith("High")
        .isSortedAccordingTo(
            java.util.Comparator.comparing(List.of("High", "Medium", "Low")::indexOf));
    assertThat(urgent)
        .extracting(li -> li.findElement(By.cssSelector(".flag-explanation")).getText())
        .as("each says why in words")
        .allSatisfy(text -> assertThat(text).isNotBlank());
    browser.screenshot("overview");
    assertThat(attention.findElements(By.cssSelector(".urgent-more")))
        .extracting(WebElement::getText)
        .allSatisfy(text -> assertThat(text).matches("and (1 more reason|\\d+ more reasons)"));
    WebElement first = urgent.get(0).findElement(By.cssSelector(".contract-number"));
    String contract = first.getText();
    String why = urgent.get(0).findElement(By.cssSelector(".flag-explanation")).getText();
    first.click();
    assertThat(await(By.id("contract-number")).getText()).isEqualTo(contract);
    assertThat(driver.findElement(By.id("attention")).getText())
        .as("the contract page gives the same reason")
        .contains(why);

    open("/");
    WebElement withMore =
        driver.findElements(By.cssSelector("#attention li.urgent")).stream()
            .filter(li -> !li.findElements(By.cssSelector(".urgent-more")).isEmpty())
            .findFirst()
            .orElseThrow(
                () -> new AssertionError("no contract among the ten has more than one reason"));
    String itsNumber = withMore.findElement(By.cssSelector(".contract-number")).getText();
    String itsReason = withMore.findElement(By.cssSelector(".flag-explanation")).getText();
    WebElement moreLink = withMore.findElement(By.cssSelector(".urgent-more"));
    java.util.regex.Matcher others =
        java.util.regex.Pattern.compile("and (\\d+) more reasons?").matcher(moreLink.getText());
    assertThat(others.matches()).isTrue();
    moreLink.click();
    assertThat(await(By.id("contract-number")).getText()).isEqualTo(itsNumber);
    assertThat(driver.getCurrentUrl()).endsWith("#attention");
    List<WebElement> reasons = driver.findElements(By.cssSelector("#attention li.flag"));
    assertThat(reasons)
        .as("\"and N more reasons\" opens the contract's reasons: the one shown and N more")
        .hasSize(1 + Integer.parseInt(others.group(1)));
    assertThat(reasons)
        .extracting(li -> li.findElement(By.cssSelector(".flag-explanation")).getText())
        .as("the overview's reason among them")
        .contains(itsReason);
    assertThat(
            ((Number)
                    ((org.openqa.selenium.JavascriptExecutor) driver)
                        .executeScript(
                            "return document.getElementById('attention')"
                                + ".getBoundingClientRect().top;"))
                .doubleValue())
        .as("the reasons are scrolled into view")
        .isLessThan(200);

    open("/");
    List<WebElement> rows = driver.findElements(By.cssSelector("#attention li.urgent"));
    List<String> overview =
        rows.stream()
            .map(li -> li.findElement(By.cssSelector(".contract-number")).getText())
            .toList();
    List<String> severities =
        rows.stream().map(li -> li.findElement(By.cssSelector(".badge")).getText()).toList();
    driver.findElement(By.id("attention-all")).click();
    await(By.cssSelector("#list\\:contracts_data .contract-number"));
    assertThat(driver.getCurrentUrl()).contains("attention=true", "sort=urgency");
    WebElement header =
        driver.findElement(By.cssSelector("#list\\:contracts thead th.col-urgency"));
    assertThat(header.getAttribute("aria-sort"))
        .as("the Urgency header shows the sort, most urgent first")
        .isEqualTo("ascending");
    assertThat(numbers())
        .as("\"See all\" continues the overview's order")
        .startsWith(overview.toArray(String[]::new));
    assertThat(urgencyColumn()).startsWith(severities.toArray(String[]::new));
    ((org.openqa.selenium.JavascriptExecutor) driver)
        .executeScript("document.getElementById('list:contracts').scrollIntoView()");
    browser.screenshot("contracts-most-urgent-first");

    header.click();
    new WebDriverWait(driver, Duration.ofSeconds(10))
        .until(d -> d.getCurrentUrl().contains("dir=desc"));
    assertThat(urgencyColumn())
        .as("the least urgent first: low before medium before high")
        .isSortedAccordingTo(
            java.util.Comparator.comparing(List.of("Low", "Medium", "High")::indexOf));
  }

  /** The severity of each row's most urgent reason, as the Urgency column shows it. */
  private List<String> urgencyColumn() {
    return driver.findElements(By.cssSelector("#list\\:contracts_data td.col-urgency")).stream()
        .map(WebElement::getText)
        .toList();
  }

  @Test
  void exportsHoldTheFilteredListAsCsvAndXlsx() throws Exception {
    String query = "?q=" + suffix + "&party=U.S.+Department+of+Defense";
    WebClient web =
        new WebClient(base).signedInAs(TestUsers.create("export-reader", "TOP_SECRET", "MANAGER"));
    HttpResponse<String> csv = web.get("/contracts/export.csv" + query);
    HttpResponse<byte[]> xlsx = web.getBytes("/contracts/export.xlsx" + query);

    assertThat(csv.statusCode()).isEqualTo(200);
    assertThat(csv.headers().firstValue("Content-Disposition"))
        .hasValueSatisfying(v -> assertThat(v).contains("contracts.csv"));
    assertThat(csv.body().lines().toList())
        .hasSize(3)
        .first()
        .asString()
        .startsWith("\"Number\",\"Title\",\"Type\",\"Buyer\",\"Vendor\"");
    assertThat(csv.body())
        .contains(
            "\""
                + SeedStory.anthropicContract(suffix)
                + "\",\"Frontier AI capabilities for U.S. national"
                + " security\",\"OTHER\",\"U.S. Department of Defense\",\"Anthropic\",\"ACTIVE\","
                + "\"CUI\",\"200000000.00\",\"48000000.00\",\"USD\",\"yes\",\"high\"");
    try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(xlsx.body()))) {
      var sheet = workbook.getSheet("Contracts");
      assertThat(sheet.getLastRowNum()).isEqualTo(2);
      assertThat(sheet.getRow(1).getCell(0).getStringCellValue())
          .isEqualTo(SeedStory.anthropicContract(suffix));
      assertThat(sheet.getRow(1).getCell(7).getNumericCellValue()).isEqualTo(2.0e8);
      assertThat(sheet.getRow(0).getCell(11).getStringCellValue()).isEqualTo("Most urgent reason");
      assertThat(sheet.getRow(1).getCell(11).getStringCellValue())
          .as("the severity of its most urgent reason")
          .isEqualTo("high");
      assertThat(List.of(sheet.getHeader().getCenter(), sheet.getFooter().getCenter()))
          .as("printed pages carry the highest marking of the rows: xAI's contract is SECRET")
          .containsExactly("SECRET", "SECRET");
    }
  }

  @Test
  void theTypeFilterIsAChoiceThatStaysSelected() {
    open("/contracts?q=" + suffix + "&type=OTHER&classification=SECRET");

    assertThat(new Select(driver.findElement(By.id("type"))).getFirstSelectedOption().getText())
        .isEqualTo("Other");
    assertThat(numbers()).containsExactly(SeedStory.xaiContract(suffix));
  }
}
