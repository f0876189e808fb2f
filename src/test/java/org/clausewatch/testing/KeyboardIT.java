package org.clausewatch.testing;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The keyboard walk finds what it is there to find, on small pages made for it (no server). */
class KeyboardIT {

  private Browser browser;

  @BeforeEach
  void openBrowser() {
    browser = Browser.open();
  }

  @AfterEach
  void closeBrowser() {
    browser.close();
  }

  private void show(String body) {
    browser
        .driver()
        .get(
            "data:text/html;charset=utf-8,"
                + URLEncoder.encode(
                        "<!DOCTYPE html><html lang=en><head><title>t</title><style>"
                            + "input, a { transition: box-shadow 1s; }"
                            + " input:focus { box-shadow: 0 0 0 3px blue; outline: none; }"
                            + "</style></head><body>"
                            + body
                            + "</body></html>",
                        StandardCharsets.UTF_8)
                    .replace("+", "%20"));
  }

  @Test
  void aPageWhoseFocusIsAlwaysVisibleAndComesBackRoundPasses() {
    show(
        "<a href=#top>Top</a> <input aria-label=one> <input type=date aria-label=day"
            + " value=2026-12-07> <input type=time aria-label=hour value=08:00>"
            + " <button>Go</button>");

    assertThat(Keyboard.problems(browser.driver(), 5)).isEmpty();
    assertThat(Keyboard.problems(browser.driver(), 6))
        .containsExactly(
            "only 5 elements take the focus: [a \"Top\", input \"one\", input \"day\", input"
                + " \"hour\", button \"Go\"]");
  }

  @Test
  void itFindsAFocusThatGoesBackAgainstTheReadingOrder() {
    show(
        "<a href=#a>Top</a>"
            + "<div style='display: flex; flex-direction: row-reverse; width: 20em'>"
            + "<a href=#b>First</a> <a href=#c>Second</a></div>"
            + "<div style='display: flex; flex-direction: column-reverse'>"
            + "<input aria-label=one> <input aria-label=two></div>");

    assertThat(Keyboard.problems(browser.driver(), 1))
        .containsExactly(
            "the focus goes back up or to the left, from a \"First\" to a \"Second\"",
            "the focus goes back up or to the left, from input \"one\" to input \"two\"");
  }

  @Test
  void aPageReadColumnByColumnOrLineByLineKeepsItsOrder() {
    show(
        "<div style='display: flex; gap: 2em'>"
            + "<div><input aria-label=a1><br><input aria-label=a2></div>"
            + "<div><input aria-label=b1><br><input aria-label=b2></div></div>"
            + "<p style='width: 12em'><a href=#1>one</a> <a href=#2>two</a> <a href=#3>three</a>"
            + " <a href=#4>four</a> <a href=#5>five</a> <a href=#6>six</a></p>"
            + "<table><tr><td tabindex=0><a href=#7>in a cell with a stop</a></td></tr></table>"
            + "<a href=#8 style='position: absolute; top: 0; left: 0'>laid over the page</a>");

    assertThat(Keyboard.problems(browser.driver(), 12)).isEmpty();
  }

  @Test
  void itFindsAFocusThatCannotBeSeenATrapAndAnElementOffThePage() {
    show(
        "<input aria-label=one> <a href=#x style='outline: none'>Hidden focus</a>"
            + " <a href=#y style='position: absolute; left: -9999px'>Off the page</a>"
            + " <input aria-label=trap onkeydown=\"if (event.key === 'Tab') event.preventDefault()\">");

    assertThat(Keyboard.problems(browser.driver(), 1))
        .containsExactly(
            "no visible focus on a \"Hidden focus\"",
            "the focus lands on a \"Off the page\", which cannot be seen",
            "the focus stays on input \"trap\" (keyboard trap)");
  }
}
