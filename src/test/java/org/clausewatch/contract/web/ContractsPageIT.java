package org.clausewatch.contract.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.time.Duration;
import java.util.List;
import org.clausewatch.testing.Browser;
import org.clausewatch.testing.BrowserTest;
import org.clausewatch.testing.SeedStory;
import org.clausewatch.testing.TestDatabase;
import org.clausewatch.testing.TestUsers;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chromium.ChromiumNetworkConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

/** A contracting officer opens the contract list, searches, filters and sorts it. */
class ContractsPageIT extends BrowserTest {

  private String suffix;

  @BeforeEach
  void contractsOfTheSeedStory() throws Exception {
    suffix = TestDatabase.uniqueSuffix();
    try (Connection c = TestDatabase.connect()) {
      SeedStory.party(c, "U.S. Department of Defense", "GOVERNMENT_AGENCY");
      SeedStory.party(c, "Anthropic", "COMPANY");
      SeedStory.party(c, "xAI", "COMPANY");
      SeedStory.party(c, "Northwind AI Systems (illustrative)", "COMPANY");
      contract(
          c,
          "HQ0034-24-C-" + suffix,
          "Frontier AI capabilities for U.S. national security",
          "U.S. Department of Defense",
          "Anthropic",
          "ACTIVE",
          "200000000.00");
      contract(
          c,
          "HQ0034-25-C-" + suffix,
          "Grok for classified settings",
          "U.S. Department of Defense",
          "xAI",
          "ACTIVE",
          "200000000.00");
      contract(
          c,
          "HQ0034-26-C-" + suffix,
          "Large language model services, negotiation",
          "U.S. Department of Defense",
          "Northwind AI Systems (illustrative)",
          "NEGOTIATING",
          "150000000.00");
    }
  }

  private static void contract(
      Connection c,
      String number,
      String title,
      String buyer,
      String vendor,
      String status,
      String ceiling)
      throws Exception {
    try (PreparedStatement insert =
        c.prepareStatement(
            "insert into contract (id, version, number, title, type, buyer_id, vendor_id, status,"
                + " ceiling_amount, ceiling_currency) values (nextval('contract_seq'), 0, ?, ?, 'OTHER',"
                + " (select id from party where name = ?), (select id from party where name = ?),"
                + " ?, ?::numeric, 'USD')")) {
      insert.setString(1, number);
      insert.setString(2, title);
      insert.setString(3, buyer);
      insert.setString(4, vendor);
      insert.setString(5, status);
      insert.setString(6, ceiling);
      insert.executeUpdate();
    }
  }

  /** The texts of the marking banners at the top and the bottom of the page. */
  private List<String> banners() {
    return driver.findElements(By.cssSelector("#banner-top, #banner-bottom")).stream()
        .map(WebElement::getText)
        .toList();
  }

  private List<String> column(int index) {
    return driver
        .findElements(By.cssSelector("#list\\:contracts_data tr td:nth-child(" + index + ")"))
        .stream()
        .map(WebElement::getText)
        .toList();
  }

  @Test
  void theListShowsMatchingContractsWithPartiesStatusAndCeiling() {
    open("/contracts?q=" + suffix);

    assertThat(driver.getTitle()).isEqualTo("Contracts · Clausewatch");
    assertThat(column(1))
        .containsExactly("HQ0034-24-C-" + suffix, "HQ0034-25-C-" + suffix, "HQ0034-26-C-" + suffix);
    assertThat(column(5))
        .containsExactly("Anthropic", "xAI", "Northwind AI Systems (illustrative)");
    assertThat(column(6)).containsExactly("Active", "Active", "Negotiating");
    assertThat(column(8)).containsExactly("$200,000,000.00", "$200,000,000.00", "$150,000,000.00");
    assertThat(driver.findElement(By.cssSelector(".ui-paginator-current")).getText())
        .startsWith("3 contracts");
    assertThat(driver.findElement(By.cssSelector("footer")).getText()).contains("Clausewatch 0.");
    browser.screenshot("contracts");
  }

  @Test
  void filtersLiveInTheAddressSoAViewCanBeBookmarked() {
    open("/contracts");
    assertThat(driver.findElement(By.cssSelector("label[for=status]")).getText())
        .isEqualTo("Status");
    driver.findElement(By.id("q")).sendKeys(suffix);
    driver.findElement(By.id("status")).sendKeys("Negotiating");
    clickThrough(By.id("apply-filters"), ".*q=.*");

    assertThat(driver.getCurrentUrl()).contains("q=" + suffix).contains("status=NEGOTIATING");
    assertThat(column(1)).containsExactly("HQ0034-26-C-" + suffix);
    assertThat(driver.findElement(By.id("q")).getAttribute("value")).isEqualTo(suffix);
  }

  @Test
  void sortingByCeilingIsDoneByTheServer() {
    open("/contracts?q=" + suffix);
    WebElement ceilingHeader =
        driver.findElement(By.xpath("//thead//span[normalize-space()='Ceiling']"));
    ceilingHeader.click();
    // The table body is replaced by the Ajax response: rows read mid-swap are stale, not wrong.
    new WebDriverWait(driver, Duration.ofSeconds(10))
        .ignoring(org.openqa.selenium.WebDriverException.class)
        .until(d -> column(1).get(0).equals("HQ0034-26-C-" + suffix));

    assertThat(column(8)).containsExactly("$150,000,000.00", "$200,000,000.00", "$200,000,000.00");
    assertThat(browser.liveRegions())
        .contains(
            new Browser.LiveRegion(
                "status", "polite", "Page 1 of 1, 3 contracts, sorted by Ceiling, ascending."));
  }

  /** Twelve contracts titled "Paged (suffix) 10" to "... 21", numbered PG10- to PG21-. */
  private void twelvePagedContracts(Connection c) throws Exception {
    for (int i = 10; i < 22; i++) {
      contract(
          c,
          "PG" + i + "-" + suffix,
          "Paged " + suffix + " " + i,
          "U.S. Department of Defense",
          "xAI",
          "ACTIVE",
          "1000.00");
    }
  }

  @Test
  void aPageTurnAfterTheSessionEndedGoesThroughSignInAndBackToTheList() throws Exception {
    try (Connection c = TestDatabase.connect()) {
      twelvePagedContracts(c);
    }
    open("/contracts?q=Paged+" + suffix + "&size=10&sort=title&dir=desc");
    assertThat(column(1)).hasSize(10);
    // The session ends (idle time-out, or signed out in another tab) while the list is open.
    driver.manage().deleteCookieNamed("JSESSIONID");

    driver.findElements(By.cssSelector(".ui-paginator-next")).get(0).click();

    awaitAddress(".*/login\\?continue=.*");
    driver.findElement(By.id("username")).sendKeys(DEFAULT_USER);
    driver.findElement(By.id("password")).sendKeys(TestUsers.PASSWORD);
    driver.findElement(By.id("sign-in")).click();
    awaitAddress(".*/contracts\\?q=Paged\\+" + suffix + "&size=10&sort=title&dir=desc$");
    assertThat(await(By.cssSelector("#list\\:contracts_data tr")).isDisplayed()).isTrue();
    assertThat(column(1)).as("the list as it was").hasSize(10).startsWith("PG21-" + suffix);
  }

  @Test
  void aPageTurnThatGetsNoAnswerSaysSoAndKeepsThePageAsItWas() throws Exception {
    try (Connection c = TestDatabase.connect()) {
      twelvePagedContracts(c);
    }
    open("/contracts?q=Paged+" + suffix + "&size=10&sort=title&dir=desc");
    List<String> firstPage = column(1);
    driver.findElement(By.id("party")).sendKeys("xAI");
    WebElement notice = driver.findElement(By.id("ajax-failed"));
    assertThat(notice.isDisplayed()).isFalse();

    ChromiumNetworkConditions offline = new ChromiumNetworkConditions();
    offline.setOffline(true);
    browser.driver().setNetworkConditions(offline);
    driver.findElements(By.cssSelector(".ui-paginator-next")).get(0).click();

    new WebDriverWait(driver, Duration.ofSeconds(10)).until(d -> notice.isDisplayed());
    assertThat(notice.getText()).contains("nothing was saved or changed");
    assertThat(driver.getCurrentUrl()).doesNotContain("page=2");
    assertThat(column(1)).isEqualTo(firstPage);
    assertThat(driver.findElement(By.id("party")).getAttribute("value")).isEqualTo("xAI");
    assertThat(activePages())
        .as("the paginators stay on the page the rows show")
        .containsExactly("1", "1");
    browser.screenshot("ajax-no-answer");

    // A rows-per-page choice that gets no answer goes back to the number the list shows.
    new Select(driver.findElements(By.cssSelector("select.ui-paginator-rpp-options")).get(0))
        .selectByVisibleText("25");
    new WebDriverWait(driver, Duration.ofSeconds(10))
        .until(d -> rowsPerPage().equals(List.of("10", "10")));
    assertThat(column(1)).isEqualTo(firstPage);
    assertThat(driver.getCurrentUrl()).contains("size=10").doesNotContain("size=25");
    // Read here: a page without a network logs its failed requests and web socket.
    browser.consoleErrors();

    // Back online: "next" asks for the second page again, without a reload.
    browser.driver().deleteNetworkConditions();
    driver.findElements(By.cssSelector(".ui-paginator-next")).get(0).click();
    awaitAddress(".*page=2.*");
    assertThat(column(1)).containsExactly("PG11-" + suffix, "PG10-" + suffix);
    assertThat(activePages()).containsExactly("2", "2");
    assertThat(notice.isDisplayed()).isFalse();

    // Whatever else a failure left behind, the notice's link reloads the page as last answered.
    browser.driver().setNetworkConditions(offline);
    driver.findElements(By.cssSelector(".ui-paginator-prev")).get(0).click();
    new WebDriverWait(driver, Duration.ofSeconds(10)).until(d -> notice.isDisplayed());
    assertThat(activePages()).containsExactly("2", "2");
    browser.consoleErrors();
    browser.driver().deleteNetworkConditions();
    browser.driver().executeScript("window.clausewatchLeft = true;");
    driver.findElement(By.id("ajax-failed-reload")).click();
    new WebDriverWait(driver, Duration.ofSeconds(15))
        .until(
            d ->
                Boolean.TRUE.equals(
                    browser
                        .driver()
                        .executeScript(
                            "return !window.clausewatchLeft && document.readyState ==="
                                + " 'complete';")));
    await(By.cssSelector("#list\\:contracts_data tr"));
    assertThat(driver.findElement(By.id("ajax-failed")).isDisplayed()).isFalse();
    assertThat(column(1)).containsExactly("PG11-" + suffix, "PG10-" + suffix);
  }

  /**
   * A server error reported in an Ajax answer (Faces' {@code <error>}, handed to PrimeFaces'
   * response handler as it arrives): PrimeFaces sent the browser to web.xml's error page under
   * /WEB-INF, a 404, and the page with its input was gone. The page stays and says so.
   */
  @Test
  void aServerErrorReportedInAnAjaxAnswerKeepsThePageAndSaysSo() throws Exception {
    open("/contracts?q=" + suffix);
    driver.findElement(By.id("party")).sendKeys("xAI");
    String address = driver.getCurrentUrl();
    WebElement notice = driver.findElement(By.id("ajax-error"));
    assertThat(notice.isDisplayed()).isFalse();

    browser
        .driver()
        .executeScript(
            "window.clausewatchStayed = true;"
                + "var answer = new DOMParser().parseFromString("
                + "'<partial-response><error><error-name>java.lang.IllegalStateException"
                + "</error-name><error-message>simulated</error-message></error>"
                + "</partial-response>', 'text/xml');"
                + "PrimeFaces.ajax.Response.handle(answer, 'success', {pfArgs: {}});");

    new WebDriverWait(driver, Duration.ofSeconds(10)).until(d -> notice.isDisplayed());
    Thread.sleep(1_000);
    assertThat(browser.driver().executeScript("return window.clausewatchStayed === true;"))
        .as("the browser did not leave the page")
        .isEqualTo(true);
    assertThat(driver.getCurrentUrl()).isEqualTo(address);
    assertThat(notice.getText()).contains("reported an error").contains("may not have been saved");
    assertThat(driver.findElement(By.id("party")).getAttribute("value")).isEqualTo("xAI");
    assertThat(driver.findElement(By.id("ajax-error-reload")).getAttribute("href"))
        .isEqualTo(address);
  }

  private List<String> rowsPerPage() {
    return driver.findElements(By.cssSelector("select.ui-paginator-rpp-options")).stream()
        .map(e -> e.getAttribute("value"))
        .toList();
  }

  private List<String> activePages() {
    return driver.findElements(By.cssSelector(".ui-paginator-page.ui-state-active")).stream()
        .map(WebElement::getText)
        .toList();
  }

  @Test
  void theNextPageHasAnAddressThatReopensItAndThePreviousPageComesBack() throws Exception {
    try (Connection c = TestDatabase.connect()) {
      twelvePagedContracts(c);
      try (PreparedStatement secret =
          c.prepareStatement("update contract set classification = 'SECRET' where number = ?")) {
        secret.setString(1, "PG10-" + suffix);
        secret.executeUpdate();
      }
    }
    open("/contracts?q=Paged+" + suffix + "&size=10&sort=title&dir=desc");
    List<String> firstPage = column(1);
    assertThat(banners())
        .as("the highest marking of page 1")
        .containsExactly("UNCLASSIFIED", "UNCLASSIFIED");
    assertThat(firstPage).hasSize(10).startsWith("PG21-" + suffix);
    assertThat(
            driver
                .findElement(
                    By.cssSelector(
                        "#list\\:contracts thead th:nth-child(2) .ui-sortable-column-icon"))
                .getAttribute("class"))
        .as("the Title header shows the descending sort the address asked for")
        .contains("ui-icon-triangle-1-s");

    driver.findElements(By.cssSelector(".ui-paginator-next")).get(0).click();
    new WebDriverWait(driver, Duration.ofSeconds(10))
        .until(d -> d.getCurrentUrl().contains("page=2"));

    assertThat(driver.getCurrentUrl())
        .as("the address names the page and the row it follows")
        .contains("sort=title", "dir=desc", "size=10", "page=2&after=PG12-" + suffix);
    List<String> secondPage = column(1);
    assertThat(secondPage).containsExactly("PG11-" + suffix, "PG10-" + suffix);
    assertThat(browser.liveRegions())
        .as("a screen reader hears what the page turn showed, without the focus moving")
        .contains(
            new Browser.LiveRegion(
                "status", "polite", "Page 2 of 2, 12 contracts, sorted by Title, descending."));
    assertThat(banners())
        .as("the banners follow the page shown without a reload: PG10 is SECRET")
        .containsExactly("SECRET", "SECRET");
    assertThat(driver.findElement(By.id("banner-top")).getAttribute("class"))
        .contains("marking-SECRET")
        .doesNotContain("marking-UNCLASSIFIED");

    driver.navigate().refresh();
    assertThat(await(By.cssSelector("#list\\:contracts_data tr")).isDisplayed()).isTrue();
    assertThat(column(1)).as("a reload shows the same page").isEqualTo(secondPage);
    assertThat(banners()).containsExactly("SECRET", "SECRET");
    assertThat(driver.findElement(By.cssSelector(".ui-paginator-current")).getText())
        .isEqualTo("12 contracts · page 2 of 2");
    browser.screenshot("contracts-page-2");

    driver.findElements(By.cssSelector(".ui-paginator-prev")).get(0).click();
    new WebDriverWait(driver, Duration.ofSeconds(10))
        .ignoring(org.openqa.selenium.WebDriverException.class)
        .until(d -> column(1).equals(firstPage));
    assertThat(driver.getCurrentUrl()).doesNotContain("page=").doesNotContain("after=");
    assertThat(banners()).containsExactly("UNCLASSIFIED", "UNCLASSIFIED");
  }

  @Test
  void noMatchShowsAnEmptyStateAndAnUnknownStatusAMessage() {
    open("/contracts?q=nothing-matches-" + suffix + "&status=BOGUS");
    assertThat(banners()).as("no contract shown, no marking").isEmpty();

    assertThat(driver.findElement(By.id("list:contracts")).getText())
        .contains("No contracts match. Clear the filters to see all contracts.");
    assertThat(driver.findElement(By.id("status-error")).getText())
        .isEqualTo("Unknown status; this filter was not applied.");
  }

  @Test
  void theOverviewCountsContractsByStatusAndLinksToTheList() {
    open("/");

    assertThat(driver.findElement(By.tagName("h1")).getText()).isEqualTo("Overview");
    long total = Long.parseLong(driver.findElement(By.id("total-contracts")).getText());
    assertThat(total).isGreaterThanOrEqualTo(3);
    driver.findElement(By.id("browse-contracts")).click();
    new WebDriverWait(driver, Duration.ofSeconds(10))
        .until(d -> d.getCurrentUrl().endsWith("/contracts"));
    assertThat(await(By.tagName("h1")).getText()).isEqualTo("Contracts");
  }
}
