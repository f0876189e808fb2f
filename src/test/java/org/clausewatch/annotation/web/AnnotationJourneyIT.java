package org.clausewatch.annotation.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.util.List;
import org.clausewatch.testing.BrowserTest;
import org.clausewatch.testing.SeedStory;
import org.clausewatch.testing.TestDatabase;
import org.clausewatch.testing.TestUsers;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;

/**
 * Issue #9's journey on clause H-2 of the seed contract: counsel annotates words, an officer
 * replies, counsel proposes other wording and sees the word diff, records the parties' stances and
 * sees the term become disputed with the explanation; the officer accepts the proposal through a
 * modification, and the annotation on words that stayed is still anchored while the one on words
 * the modification removed is orphaned, with its quote.
 */
class AnnotationJourneyIT extends BrowserTest {

  private String contract;
  private String counsel;
  private String officer;

  @BeforeEach
  void seedStory() throws Exception {
    String suffix = TestDatabase.uniqueSuffix();
    try (Connection c = TestDatabase.connect()) {
      SeedStory.insert(c, suffix);
    }
    contract = SeedStory.anthropicContract(suffix);
    counsel = TestUsers.create(TestUsers.unique("counsel"), "SECRET", "LEGAL");
    officer = TestUsers.create(TestUsers.unique("officer"), "SECRET", "CONTRACTING_OFFICER");
  }

  private void openClause() {
    browser.open(base, "/clauses/view?contract=" + contract + "&clause=H-2");
  }

  /**
   * Selects the words in the clause text as a user would (the selection may start and end in
   * different text nodes, e.g. across a marked passage), and lets the page's script see it.
   */
  private void select(String words) {
    ((JavascriptExecutor) driver)
        .executeScript(
            "var text = document.getElementById('clause-text');"
                + "var from = text.textContent.indexOf(arguments[0]);"
                + "if (from < 0) { throw new Error('words not in the text: ' + arguments[0]); }"
                + "var to = from + arguments[0].length;"
                + "var walker = document.createTreeWalker(text, NodeFilter.SHOW_TEXT);"
                + "var range = document.createRange(); var seen = 0; var node;"
                + "while ((node = walker.nextNode())) {"
                + "  var next = seen + node.data.length;"
                + "  if (from >= seen && from < next) { range.setStart(node, from - seen); }"
                + "  if (to > seen && to <= next) { range.setEnd(node, to - seen); break; }"
                + "  seen = next; }"
                + "var s = window.getSelection(); s.removeAllRanges(); s.addRange(range);"
                + "text.dispatchEvent(new MouseEvent('mouseup', {bubbles: true}));",
            words);
  }

  private void annotate(String words, String kind, String body, String proposed) {
    select(words);
    assertThat(driver.findElement(By.id("annotate:words")).getAttribute("value"))
        .as("the selection fills the form")
        .isEqualTo(words);
    driver.findElement(By.cssSelector("input[name='annotate:kind'][value='" + kind + "']")).click();
    driver.findElement(By.id("annotate:body")).sendKeys(body);
    if (proposed != null) {
      driver.findElement(By.id("annotate:proposed")).sendKeys(proposed);
    }
    driver.findElement(By.id("annotate:save")).click();
    awaitText(By.id("messages"), "The annotation is added.");
  }

  private WebElement annotationQuoting(String words) {
    return driver.findElements(By.cssSelector("#annotations li.annotation")).stream()
        .filter(
            li ->
                li.findElement(By.cssSelector(".annotation-quote"))
                    .getText()
                    .equals("\u201c" + words + "\u201d"))
        .findFirst()
        .orElseThrow();
  }

  private void recordPosition(String party, String stance) {
    await(By.cssSelector("#term-clause .record-position")).click();
    new org.openqa.selenium.support.ui.Select(await(By.id("position:party")))
        .selectByVisibleText(party);
    driver
        .findElement(By.cssSelector("input[name='position:stance'][value='" + stance + "']"))
        .click();
    driver.findElement(By.id("position:statement")).sendKeys(party + " says so at the meeting.");
    driver.findElement(By.id("position:source")).sendKeys("Pentagon meeting, Tuesday");
    driver.findElement(By.id("position:record")).click();
    awaitText(By.id("messages"), "is recorded");
  }

  @Test
  void counselAnnotatesProposesAndRecordsADisputeAndTheAnchorsSurviveTheModification() {
    signInAs(counsel);
    openClause();
    annotate(
        "meaningful human involvement",
        "CONCERN",
        "The Department objects to this sentence.\nSee https://www.defense.gov/News/ for its statement.",
        null);
    annotate("Final targeting", "COMMENT", "Scope of final targeting?", null);
    assertThat(driver.findElements(By.cssSelector("#clause-text mark.annotation-mark")))
        .extracting(WebElement::getText)
        .containsExactly("Final targeting", "meaningful human involvement");
    WebElement concern = annotationQuoting("meaningful human involvement");
    assertThat(concern.findElement(By.cssSelector(".annotation-body a")).getAttribute("href"))
        .as("addresses become links, the text stays text")
        .isEqualTo("https://www.defense.gov/News/");

    driver.manage().deleteAllCookies();
    signInAs(officer);
    openClause();
    WebElement thread = annotationQuoting("meaningful human involvement");
    thread.findElement(By.cssSelector("textarea[id$=':reply']")).sendKeys("Noted; we keep it.");
    thread.findElement(By.cssSelector("input[id$=':send-reply']")).click();
    awaitText(By.id("messages"), "Your reply is added.");
    assertThat(
            annotationQuoting("meaningful human involvement")
                .findElement(By.cssSelector(".replies"))
                .getText())
        .contains(officer)
        .contains("Noted; we keep it.");

    driver.manage().deleteAllCookies();
    signInAs(counsel);
    // The reply reaches counsel, who wrote the concern, in the notification centre (the alert job
    // runs every 20 seconds) and links to the thread.
    WebElement told =
        new org.openqa.selenium.support.ui.WebDriverWait(driver, java.time.Duration.ofSeconds(70))
            .pollingEvery(java.time.Duration.ofSeconds(2))
            .until(
                d -> {
                  open("/alerts/notifications");
                  return d.findElements(By.cssSelector("#notifications li.notification")).stream()
                      .filter(li -> li.getText().contains("New reply on a clause annotation"))
                      .findFirst()
                      .orElse(null);
                });
    assertThat(told.getText())
        .contains(officer + " replied: Noted; we keep it.")
        .contains("Clause H-2: \u201cmeaningful human involvement\u201d");
    browser.screenshot("alerts-annotation-reply");
    told.findElement(By.cssSelector("a.notification-link")).click();
    awaitAddress(".*clause=H-2&annotation=(\\d+)#annotation-\\1$");
    openClause();
    annotate(
        "Final targeting decisions",
        "PROPOSED_WORDING",
        "Narrower wording the Department could accept.",
        "Targeting recommendations");
    WebElement proposal = annotationQuoting("Final targeting decisions");
    assertThat(proposal.findElement(By.cssSelector(".proposal-diff ins")).getText())
        .contains("Targeting recommendations");
    assertThat(proposal.findElement(By.cssSelector(".proposal-diff del")).getText())
        .contains("Final targeting decisions");
    browser.screenshot("clause-annotations");

    recordPosition("Anthropic", "ACCEPTS");
    recordPosition("U.S. Department of Defense", "REJECTS");
    assertThat(driver.findElement(By.cssSelector("#term-clause .standing")).getText())
        .contains("Disputed")
        .contains("Anthropic accepts; U.S. Department of Defense rejects.");
    browser.screenshot("clause-dispute");

    driver.manage().deleteAllCookies();
    signInAs(officer);
    openClause();
    WebElement accept =
        annotationQuoting("Final targeting decisions")
            .findElement(By.cssSelector("form.proposal-accept"));
    accept
        .findElement(By.cssSelector("input[id$=':description']"))
        .sendKeys("Adopts counsel's wording");
    accept.findElement(By.cssSelector("input[id$=':accept']")).click();
    awaitText(By.id("messages"), "The proposal is accepted");

    assertThat(driver.findElement(By.id("clause-text")).getText())
        .contains("Targeting recommendations");
    assertThat(driver.findElements(By.cssSelector("#clause-text mark.annotation-mark")))
        .extracting(WebElement::getText)
        .as("the concern's words stayed: still marked")
        .contains("meaningful human involvement");
    WebElement orphan = annotationQuoting("Final targeting");
    assertThat(orphan.getText()).contains("Orphaned").contains("Scope of final targeting?");
    assertThat(annotationQuoting("Final targeting decisions").getText())
        .contains("Accepted by " + officer);
    assertThat(browser.consoleErrors()).isEmpty();
  }

  @Test
  void counselSelectsWordsWithTheKeyboardAndTheTextRefusesChanges() {
    signInAs(counsel);
    openClause();
    WebElement text = driver.findElement(By.id("clause-text"));
    String before = text.getText();
    text.click();
    text.sendKeys(Keys.chord(Keys.CONTROL, Keys.HOME));
    text.sendKeys("xyz", Keys.DELETE, Keys.ENTER);
    assertThat(text.getText()).as("typing changes nothing").isEqualTo(before);

    text.sendKeys(Keys.chord(Keys.CONTROL, Keys.HOME));
    for (int i = 0; i < 5; i++) {
      text.sendKeys(Keys.chord(Keys.SHIFT, Keys.ARROW_RIGHT));
    }
    assertThat(driver.findElement(By.id("annotate:words")).getAttribute("value"))
        .as("Shift with the arrow keys selects")
        .isEqualTo(before.substring(0, 5));
    assertThat(driver.findElement(By.id("annotate:start")).getAttribute("value")).isEqualTo("0");
    assertThat(driver.findElement(By.id("annotate:end")).getAttribute("value")).isEqualTo("5");

    driver.findElement(By.cssSelector("input[name='annotate:kind'][value='COMMENT']")).click();
    driver.findElement(By.id("annotate:body")).sendKeys("Selected with the keyboard.");
    driver.findElement(By.id("annotate:save")).click();
    awaitText(By.id("messages"), "The annotation is added.");
    assertThat(driver.findElements(By.cssSelector("#clause-text mark.annotation-mark")))
        .extracting(WebElement::getText)
        .containsExactly(before.substring(0, 5));
    assertThat(browser.consoleErrors()).isEmpty();
  }

  /**
   * Writes {@code count} comments on clause H-1, one on each of its words in turn, as a long review
   * would leave them; returns the clause text.
   */
  private String reviewNotes(int count) throws Exception {
    try (Connection c = TestDatabase.connect()) {
      String text;
      long contractId;
      long clauseId;
      try (var q =
          c.prepareStatement(
              "select k.id, k.contract_id, k.text from clause k join contract c on c.id ="
                  + " k.contract_id where c.number = ? and k.number = 'H-1'")) {
        q.setString(1, contract);
        try (var r = q.executeQuery()) {
          r.next();
          clauseId = r.getLong(1);
          contractId = r.getLong(2);
          text = r.getString(3);
        }
      }
      java.util.regex.Matcher word = java.util.regex.Pattern.compile("\\w+").matcher(text);
      List<int[]> words = new java.util.ArrayList<>();
      while (word.find()) {
        words.add(new int[] {word.start(), word.end()});
      }
      try (var insert =
          c.prepareStatement(
              "insert into annotation (id, version, contract_id, clause_id, kind, body,"
                  + " quote_exact, quote_prefix, quote_suffix, quote_start, quote_end,"
                  + " made_on_version, anchor_state, anchor_start, anchor_end,"
                  + " anchored_on_version, state, author, created_at) values"
                  + " (nextval('annotation_seq'), 0, ?, ?, 'COMMENT', ?, ?, '', '', ?, ?, 0,"
                  + " 'ANCHORED', ?, ?, 0, 'OPEN', 'reviewer', now() - ? * interval '1 minute')")) {
        for (int i = 0; i < count; i++) {
          int[] w = words.get(i % words.size());
          insert.setLong(1, contractId);
          insert.setLong(2, clauseId);
          insert.setString(3, "Review note " + (i + 1));
          insert.setString(4, text.substring(w[0], w[1]));
          insert.setInt(5, w[0]);
          insert.setInt(6, w[1]);
          insert.setInt(7, w[0]);
          insert.setInt(8, w[1]);
          insert.setInt(9, count - i);
          insert.addBatch();
        }
        insert.executeBatch();
      }
      return text;
    }
  }

  @Test
  void aLongReviewIsReadAPageAtATimeAndEveryMarkLeadsToItsAnnotation() throws Exception {
    reviewNotes(45);
    signInAs(counsel);
    browser.open(base, "/clauses/view?contract=" + contract + "&clause=H-1");

    assertThat(driver.findElement(By.id("annotations-title")).getText()).endsWith("(45)");
    assertThat(driver.findElements(By.cssSelector("#annotations li.annotation"))).hasSize(20);
    assertThat(driver.findElement(By.id("annotations-shown")).getText())
        .startsWith("Showing 1\u201320 of 45");
    assertThat(driver.findElement(By.id("annotations-position-top")).getText())
        .isEqualTo("Page 1 of 3");
    assertThat(driver.findElements(By.id("annotations-previous-top"))).isEmpty();
    List<String> marked =
        driver.findElements(By.cssSelector("#clause-text mark.annotation-mark")).stream()
            .map(m -> m.getAttribute("data-page"))
            .distinct()
            .toList();
    assertThat(marked).as("the text marks the annotations of every page").contains("1", "2", "3");

    assertThat(driver.findElement(By.id("annotations-position-end")).getText())
        .as("the pages are offered after the list too")
        .isEqualTo("Page 1 of 3");
    driver.findElement(By.id("annotations-next-end")).click();
    awaitText(By.id("annotations-position-top"), "Page 2 of 3");
    assertThat(driver.findElement(By.id("annotations-shown")).getText())
        .startsWith("Showing 21\u201340 of 45");
    assertThat(driver.findElements(By.cssSelector("#annotations li.annotation"))).hasSize(20);
    assertThat(driver.getCurrentUrl()).contains("page=2");
    browser.screenshot("clause-annotations-pages");
    String onPageTwo =
        driver
            .findElements(By.cssSelector("#annotations li.annotation"))
            .get(0)
            .getAttribute("id")
            .substring("annotation-".length());

    WebElement onPageThree =
        driver.findElements(By.cssSelector("#clause-text mark.annotation-mark")).stream()
            .filter(m -> "3".equals(m.getAttribute("data-page")))
            .findFirst()
            .orElseThrow();
    String id = onPageThree.getAttribute("data-annotations").split(" ")[0];
    ((JavascriptExecutor) driver).executeScript("arguments[0].scrollIntoView()", onPageThree);
    onPageThree.click();
    awaitAddress(".*page=3.*");
    awaitText(By.id("annotations-position-top"), "Page 3 of 3");
    assertThat(driver.getCurrentUrl()).endsWith("#annotation-" + id);
    assertThat(driver.findElements(By.cssSelector("#annotations li.annotation"))).hasSize(5);
    assertThat(driver.findElements(By.id("annotation-" + id))).hasSize(1);
    assertThat(driver.findElements(By.id("annotations-next-top"))).isEmpty();

    open("/clauses/view?contract=" + contract + "&clause=H-1&page=x9");
    awaitText(By.id("annotations-position-top"), "Page 1 of 3");
    open("/clauses/view?contract=" + contract + "&clause=H-1&page=999");
    awaitText(By.id("annotations-position-top"), "Page 3 of 3");

    // Keyboard: Enter with the caret in a marked passage opens the page of its annotation.
    WebElement onPageOne =
        driver.findElements(By.cssSelector("#clause-text mark.annotation-mark")).stream()
            .filter(m -> "1".equals(m.getAttribute("data-page")))
            .findFirst()
            .orElseThrow();
    String fromKeyboard = onPageOne.getAttribute("data-annotations").split(" ")[0];
    ((JavascriptExecutor) driver)
        .executeScript(
            "var text = document.getElementById('clause-text'); text.focus();"
                + "var range = document.createRange();"
                + "range.setStart(arguments[0].firstChild, 0); range.collapse(true);"
                + "var s = window.getSelection(); s.removeAllRanges(); s.addRange(range);",
            onPageOne);
    new org.openqa.selenium.interactions.Actions(driver).sendKeys(Keys.ENTER).perform();
    awaitAddress(".*page=1#annotation-" + fromKeyboard);
    awaitText(By.id("annotations-position-top"), "Page 1 of 3");
    assertThat(driver.findElements(By.id("annotation-" + fromKeyboard))).hasSize(1);

    // A link to one annotation (a notification, a search result) names it: its page opens.
    open(
        "/clauses/view?contract="
            + contract
            + "&clause=H-1&annotation="
            + onPageTwo
            + "#annotation-"
            + onPageTwo);
    awaitText(By.id("annotations-position-top"), "Page 2 of 3");
    assertThat(driver.findElements(By.id("annotation-" + onPageTwo))).hasSize(1);

    // A search result for one annotation opens the page that lists it.
    open("/search?q=%22Review+note+44%22");
    driver.findElement(By.cssSelector("a.hit-link")).click();
    String found =
        awaitAddress(".*&annotation=(\\d+)#annotation-\\1$").replaceAll(".*#annotation-", "");
    assertThat(driver.findElement(By.id("annotation-" + found)).getText())
        .contains("Review note 44");
    assertThat(browser.consoleErrors()).isEmpty();
  }

  @Test
  void aReaderWhoMayNotAnnotateReachesEveryMarkWithTheKeyboard() throws Exception {
    reviewNotes(25);
    signInAs(TestUsers.create(TestUsers.unique("manager"), "SECRET", "MANAGER"));
    browser.open(base, "/clauses/view?contract=" + contract + "&clause=H-1");

    assertThat(driver.findElements(By.id("annotate"))).as("no form to annotate").isEmpty();
    assertThat(driver.findElement(By.id("annotations-read-hint")).getText())
        .contains("press Tab to reach them and Enter to see their annotations");
    assertThat(driver.findElement(By.id("clause-text")).getAttribute("contenteditable"))
        .as("no caret for a reader")
        .isNull();
    List<WebElement> marks =
        driver.findElements(By.cssSelector("#clause-text mark.annotation-mark"));
    assertThat(marks).isNotEmpty();

    // Tab from the text reaches the first marked passage; Enter on a mark of this page focuses its
    // annotation in the list.
    ((JavascriptExecutor) driver).executeScript("document.getElementById('clause-text').focus()");
    new org.openqa.selenium.interactions.Actions(driver).sendKeys(Keys.TAB).perform();
    WebElement focused = driver.switchTo().activeElement();
    assertThat(focused.getTagName()).isEqualTo("mark");
    browser.screenshot("clause-annotations-reader");
    assertThat(focused.getAttribute("data-annotations"))
        .isEqualTo(marks.get(0).getAttribute("data-annotations"));
    String first = focused.getAttribute("data-annotations").split(" ")[0];
    focused.sendKeys(Keys.ENTER);
    new org.openqa.selenium.support.ui.WebDriverWait(driver, java.time.Duration.ofSeconds(10))
        .until(
            d -> ("annotation-" + first).equals(d.switchTo().activeElement().getAttribute("id")));

    // Space on a mark whose annotation is on the other page opens that page.
    WebElement onPageTwo =
        marks.stream()
            .filter(m -> "2".equals(m.getAttribute("data-page")))
            .findFirst()
            .orElseThrow();
    String second = onPageTwo.getAttribute("data-annotations").split(" ")[0];
    ((JavascriptExecutor) driver).executeScript("arguments[0].focus()", onPageTwo);
    new org.openqa.selenium.interactions.Actions(driver).sendKeys(Keys.SPACE).perform();
    awaitAddress(".*page=2#annotation-" + second);
    awaitText(By.id("annotations-position-top"), "Page 2 of 2");
    assertThat(driver.findElements(By.id("annotation-" + second))).hasSize(1);
    assertThat(browser.consoleErrors()).isEmpty();
  }
}
