package org.clausewatch.contract.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URL;
import java.net.http.HttpResponse;
import java.sql.Connection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.clausewatch.shared.Classification;
import org.clausewatch.testing.Deployments;
import org.clausewatch.testing.SeedStory;
import org.clausewatch.testing.TestDatabase;
import org.clausewatch.testing.TestUsers;
import org.clausewatch.testing.WebClient;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The workbench's pages opened with missing, malformed or unknown parameters answer with the
 * application's own "Page not found", never a 500 or a stack trace; a form page opens only for the
 * roles that may save it.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class WorkbenchPagesIT {

  @Deployment(testable = false)
  static WebArchive deployment() {
    return Deployments.asBuilt();
  }

  @ArquillianResource URL base;

  @Test
  void badOrUnknownParametersGetTheNotFoundPage() throws Exception {
    WebClient web =
        new WebClient(base)
            .signedInAs(
                TestUsers.create(
                    TestUsers.unique("pages-officer"), "SECRET", "CONTRACTING_OFFICER"));
    List<String> paths =
        List.of(
            "/contracts/edit?number=NO-SUCH-CONTRACT",
            "/contracts/participants?number=NO-SUCH-CONTRACT",
            "/contracts/participants",
            "/parties/view?name=Nobody%20at%20all",
            "/parties/view",
            "/parties/edit?name=Nobody%20at%20all",
            "/clauses/library?number=52.999-99",
            "/clauses/edit?contract=NO-SUCH&clause=H-1",
            "/restrictions/edit?id=987654321",
            "/restrictions/edit?id=not-a-number",
            "/restrictions/edit?contract=NO-SUCH",
            "/deadlines/new?contract=NO-SUCH",
            "/deadlines/manage?id=987654321",
            "/deadlines/manage?id=abc",
            "/deadlines/edit?id=987654321",
            "/deadlines/edit?id=abc",
            "/deadlines/edit",
            "/obligations/new?contract=NO-SUCH",
            "/obligations/settle?contract=X&id=1&date=not-a-date",
            "/obligations/settle?contract=X&id=1",
            "/obligations/end?contract=NO-SUCH&id=1",
            "/obligations/end?contract=X",
            "/obligations/end?contract=X&id=not-a-number",
            "/obligations/edit?contract=NO-SUCH&id=1",
            "/obligations/edit?contract=X",
            "/obligations/edit?contract=X&id=not-a-number",
            "/modifications/new?contract=NO-SUCH");
    for (String path : paths) {
      HttpResponse<String> response = web.get(path);
      assertThat(response.statusCode()).as(path).isEqualTo(404);
      assertThat(response.body()).as(path).contains("Page not found").doesNotContain(".java:");
    }
  }

  /**
   * Every form page asks for its role before it looks anything up: a user without the role gets
   * "Not allowed" (even for a contract that does not exist, so the answer tells nothing), a user
   * with it gets past the check to the lookup, here "Page not found".
   */
  @Test
  void formPagesOpenOnlyForTheRolesThatMaySaveThem() throws Exception {
    Map<String, Set<String>> pages = new LinkedHashMap<>();
    Set<String> officers = Set.of("CONTRACTING_OFFICER");
    Set<String> legal = Set.of("LEGAL");
    Set<String> both = Set.of("CONTRACTING_OFFICER", "LEGAL");
    pages.put("/contracts/edit?number=NO-SUCH", officers);
    pages.put("/contracts/participants?number=NO-SUCH", officers);
    pages.put("/parties/edit?name=Nobody%20at%20all", officers);
    pages.put("/clauses/new?contract=NO-SUCH", both);
    pages.put("/clauses/edit?contract=NO-SUCH&clause=H-1", officers);
    pages.put("/modifications/new?contract=NO-SUCH", officers);
    pages.put("/restrictions/edit?contract=NO-SUCH", both);
    pages.put("/positions/edit?contract=NO-SUCH&clause=H-1&restriction=1", legal);
    pages.put("/disputes/act?contract=NO-SUCH&clause=H-1&id=1", legal);
    pages.put("/deadlines/new?contract=NO-SUCH", officers);
    pages.put("/deadlines/edit?id=987654321", officers);
    pages.put("/obligations/new?contract=NO-SUCH", officers);
    pages.put("/obligations/edit?contract=NO-SUCH&id=1", officers);
    pages.put("/obligations/end?contract=NO-SUCH&id=1", officers);
    pages.put("/obligations/settle?contract=NO-SUCH&id=1&date=2026-01-01", officers);
    pages.put("/topics/edit?id=987654321", legal);
    for (String role : List.of("CONTRACTING_OFFICER", "LEGAL", "MANAGER", "ADMINISTRATOR")) {
      WebClient web =
          new WebClient(base)
              .signedInAs(TestUsers.create(TestUsers.unique("pages-" + role), "TOP_SECRET", role));
      for (Map.Entry<String, Set<String>> page : pages.entrySet()) {
        HttpResponse<String> response = web.get(page.getKey());
        boolean allowed = page.getValue().contains(role);
        assertThat(response.statusCode())
            .as(role + " " + page.getKey())
            .isEqualTo(allowed ? 404 : 403);
        assertThat(response.body())
            .as(role + " " + page.getKey())
            .contains(allowed ? "Page not found" : "Not allowed")
            .doesNotContain(".java:");
      }
    }
  }

  /**
   * Every page about a contract carries its marking as banners at the top and the bottom, as the
   * contract page does; pages about no one contract carry none.
   */
  @Test
  void everyPageAboutAContractShowsItsMarkingTopAndBottom() throws Exception {
    SeedStory.Handles story;
    try (Connection c = TestDatabase.connect()) {
      story = SeedStory.insertAndFind(c, TestDatabase.uniqueSuffix());
    }
    List<String> about = story.pagesAbout();
    WebClient web =
        new WebClient(base)
            .signedInAs(
                TestUsers.create(
                    TestUsers.unique("pages-marking"),
                    "TOP_SECRET",
                    "CONTRACTING_OFFICER",
                    "LEGAL",
                    "MANAGER"));
    for (String path : about) {
      HttpResponse<String> response = web.get(path);
      assertThat(response.statusCode()).as(path).isEqualTo(200);
      Document page = Jsoup.parse(response.body());
      assertThat(page.select("#banner-top, #banner-bottom").eachText())
          .as("the contract's marking at the top and the bottom of " + path)
          .containsExactly("CUI", "CUI");
    }
    for (String path : List.of("/contracts/edit", "/parties")) {
      assertThat(Jsoup.parse(web.get(path).body()).select("#banner-top, #banner-bottom"))
          .as("no contract shown: " + path)
          .isEmpty();
    }
  }

  @Test
  void pagesShowingSeveralContractsCarryTheHighestMarkingAmongThem() throws Exception {
    String suffix = TestDatabase.uniqueSuffix();
    long topic;
    try (Connection c = TestDatabase.connect()) {
      SeedStory.insert(c, suffix);
      topic = SeedStory.topic(c, "Marking topic " + suffix, SeedStory.anthropicContract(suffix));
    }
    WebClient topSecret =
        new WebClient(base)
            .signedInAs(
                TestUsers.create(
                    TestUsers.unique("mixed-marking"),
                    "TOP_SECRET",
                    "CONTRACTING_OFFICER",
                    "LEGAL",
                    "MANAGER"));
    // The seed story's two contracts: Anthropic's is CUI, xAI's SECRET.
    assertThat(banners(topSecret, "/contracts?q=" + suffix)).containsExactly("SECRET", "SECRET");
    assertThat(banners(topSecret, "/contracts?q=" + suffix + "&classification=CUI"))
        .containsExactly("CUI", "CUI");
    assertThat(banners(topSecret, "/contracts?q=no-such-" + suffix)).isEmpty();
    assertThat(banners(topSecret, "/search?q=" + SeedStory.xaiContract(suffix)))
        .containsExactly("SECRET", "SECRET");
    WebClient cui =
        new WebClient(base)
            .signedInAs(
                TestUsers.create(
                    TestUsers.unique("mixed-marking-cui"), "CUI", "CONTRACTING_OFFICER"));
    assertThat(banners(cui, "/contracts?q=" + suffix))
        .as("the SECRET contract is not shown to a CUI holder, nor is its marking")
        .containsExactly("CUI", "CUI");

    // Pages whose rows depend on what other tests left: the banner is the highest row marking.
    for (String path :
        List.of(
            "/",
            "/contracts",
            "/contracts?sort=classification&dir=desc",
            "/parties/view?name=xAI",
            "/topics/view?id=" + topic,
            "/alerts/notifications")) {
      Document page = Jsoup.parse(topSecret.get(path).body());
      List<Classification> shown =
          page.select("main [class*=marking-]:not(.classification-banner)").stream()
              .map(e -> MARKING.matcher(e.className()))
              .filter(java.util.regex.Matcher::find)
              .map(m -> Classification.valueOf(m.group(1)))
              .toList();
      Classification highest = Classification.highest(shown);
      if (path.startsWith("/parties") || path.startsWith("/topics")) {
        assertThat(highest).as(path + " shows the SECRET xAI contract").isNotNull();
        assertThat(highest.compareTo(Classification.SECRET)).as(path).isGreaterThanOrEqualTo(0);
      }
      assertThat(page.select("#banner-top, #banner-bottom"))
          .as("banners of " + path + ", showing " + shown)
          .hasSize(highest == null ? 0 : 2)
          .allSatisfy(
              banner -> assertThat(banner.hasClass("marking-" + highest)).as(path).isTrue());
    }
  }

  private static final java.util.regex.Pattern MARKING =
      java.util.regex.Pattern.compile("\\bmarking-([A-Z_]+)");

  private static List<String> banners(WebClient web, String path) throws Exception {
    HttpResponse<String> response = web.get(path);
    assertThat(response.statusCode()).as(path).isEqualTo(200);
    return Jsoup.parse(response.body()).select("#banner-top, #banner-bottom").eachText();
  }

  @Test
  void listsWithAPageBeyondTheEndOrNotANumberShowTheFirstPage() throws Exception {
    WebClient web =
        new WebClient(base)
            .signedInAs(TestUsers.create(TestUsers.unique("pages-reader"), "CUI", "MANAGER"));
    for (String path :
        List.of(
            "/parties?page=99999",
            "/parties?page=-3",
            "/parties?q=%25_!&page=x",
            "/clauses/library?page=999999",
            "/clauses/library?q=safeguarding")) {
      HttpResponse<String> response = web.get(path);
      assertThat(response.statusCode()).as(path).isEqualTo(200);
      assertThat(response.body()).as(path).doesNotContain(".java:");
    }
  }
}
