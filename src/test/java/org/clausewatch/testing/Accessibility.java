package org.clausewatch.testing;

import com.deque.html.axecore.results.Results;
import com.deque.html.axecore.selenium.AxeBuilder;
import java.util.List;
import org.openqa.selenium.WebDriver;

/**
 * What axe-core (Deque, run inside the page) finds against WCAG 2.1 levels A and AA, the level
 * Section 508 asks of software US federal buyers use: missing labels and names, too little
 * contrast, broken landmarks and ARIA, duplicate ids. Automated checks find part of what a person
 * with a screen reader would meet, not all of it.
 */
public final class Accessibility {

  /** The axe rule tags of WCAG 2.0 and 2.1, levels A and AA. */
  static final List<String> WCAG_21_AA = List.of("wcag2a", "wcag2aa", "wcag21a", "wcag21aa");

  private Accessibility() {}

  /**
   * Each violation on the page as the browser shows it now, one line per element: the rule, its
   * impact, what it asks, the element and why it fails. Empty when the page passes.
   */
  public static List<String> violations(WebDriver driver) {
    Results results = new AxeBuilder().withTags(WCAG_21_AA).analyze(driver);
    if (results.isErrored()) {
      throw new AssertionError("axe-core could not check the page: " + results.getErrorMessage());
    }
    return results.getViolations().stream()
        .flatMap(
            rule ->
                rule.getNodes().stream()
                    .map(
                        node ->
                            rule.getId()
                                + " ("
                                + rule.getImpact()
                                + ", "
                                + rule.getHelp()
                                + ") at "
                                + node.getTarget()
                                + ": "
                                + node.getFailureSummary().replace('\n', ' ')))
        .toList();
  }
}
