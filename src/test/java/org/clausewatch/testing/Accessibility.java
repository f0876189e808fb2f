package org.clausewatch.testing;

import com.deque.html.axecore.results.Results;
import com.deque.html.axecore.selenium.AxeBuilder;
import java.util.List;
import java.util.regex.Pattern;
import org.openqa.selenium.JavascriptExecutor;
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

  /**
   * A message shown before it was formatted: a MessageFormat argument ("Page {0} of {1}") or a key
   * JSF did not find ("???contracts.status???").
   */
  private static final Pattern UNFORMATTED =
      Pattern.compile("\\{\\d+[,}]|\\?\\?\\?[\\w.]+\\?\\?\\?");

  private Accessibility() {}

  /**
   * The page's own words (labels, legends, table and page headings, buttons, hints, messages, empty
   * states) and what is read out for its controls (placeholders, titles, ARIA labels, button
   * values) that still hold a message's argument or a missing key: each such text, once. Axe-core
   * cannot see these; a label reading "Page {0} of {1}" is still a name. What users entered (lists,
   * options, cells) is left out: another test may have stored "{0}" as a name on purpose.
   */
  @SuppressWarnings("unchecked")
  public static List<String> unformattedMessages(WebDriver driver) {
    List<String> texts =
        (List<String>)
            ((JavascriptExecutor) driver)
                .executeScript(
                    "const texts = [document.title];"
                        + "document.querySelectorAll('label, legend, th, h1, button, .hint,"
                        + " .field-hint, .field-message, .message-error, .message-info,"
                        + " .empty-state, [role=status]').forEach(e => texts.push(e.innerText));"
                        + "document.querySelectorAll('[placeholder],[title],[aria-label],[alt]')"
                        + ".forEach(e => ['placeholder', 'title', 'aria-label', 'alt'].forEach(a"
                        + " => { const v = e.getAttribute(a); if (v) texts.push(v); }));"
                        + "document.querySelectorAll('input[type=submit],input[type=button]')"
                        + ".forEach(e => texts.push(e.value));"
                        + "return texts;");
    return texts.stream()
        .filter(text -> text != null)
        .flatMap(text -> text.lines())
        .filter(line -> UNFORMATTED.matcher(line).find())
        .distinct()
        .map(line -> "unformatted message: " + line.strip())
        .toList();
  }

  /**
   * Words that run into each other in the page's text, though the page shows them apart: an inline
   * element (a badge, a link, a name) directly followed, with no white space, by another one or by
   * text starting with a letter or digit, e.g. "Open" and "Dispute opened" read as "OpenDispute
   * opened". Facelets drops the white space between a line's end and a component tag; CSS margins
   * hide the loss on screen, but a screen reader, a copy or a search reads the words as one. Two
   * links side by side are left alone: each is read out on its own.
   */
  @SuppressWarnings("unchecked")
  public static List<String> gluedWords(WebDriver driver) {
    List<String> glued =
        (List<String>)
            ((JavascriptExecutor) driver)
                .executeScript(
                    "const inline = new Set(['SPAN','A','STRONG','EM','B','TIME','ABBR','LABEL']);"
                        + "const found = [];"
                        + "document.querySelectorAll('span, a, strong, em, b, time, abbr')"
                        + ".forEach(e => {"
                        + "  const text = e.textContent;"
                        + "  if (!text.trim() || /\\s$/.test(text) || e.closest('mark')) return;"
                        + "  const next = e.nextSibling;"
                        + "  if (!next) return;"
                        + "  let after = null;"
                        + "  if (next.nodeType === 3) after = next.textContent;"
                        + "  else if (next.nodeType === 1 && inline.has(next.tagName)"
                        + "      && !(e.tagName === 'A' && next.tagName === 'A'))"
                        + "    after = next.textContent;"
                        + "  if (after && /^[\\p{L}\\p{N}]/u.test(after))"
                        + "    found.push(text.trim().slice(-30) + '|' + after.trim().slice(0, 30));"
                        + "});"
                        + "return found;");
    return glued.stream().distinct().map(g -> "words run together: " + g).toList();
  }

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
