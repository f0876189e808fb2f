package org.clausewatch.testing;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.interactions.Actions;

/**
 * A keyboard user's walk through a page with the Tab key, from its top until the focus comes back
 * round: what axe-core cannot check. Transitions and animations are switched off for the walk (the
 * page is left so), so that each look is the one the user ends up seeing. WCAG 2.1.2 (no keyboard
 * trap: the focus keeps moving and comes back round), 2.4.7 (the focused element looks different
 * from when it is not focused: an outline, a shadow, other colours; for a PrimeFaces widget, whose
 * real input is hidden, the widget), that the focus never lands on something that cannot be seen,
 * and 2.4.3 as far as a layout shows it: each stop is below the last or to its right, the order in
 * which the page is read.
 */
public final class Keyboard {

  /** More stops than any page of ours has; a walk that reaches it without coming round fails. */
  static final int MOST_STOPS = 250;

  /** How far, in CSS pixels, a stop may overlap the last one and still count as after it. */
  static final double LEEWAY = 4;

  private static final String SCRIPT = script();

  private Keyboard() {}

  /**
   * Each problem met on the walk, one line each; empty when there is none. A page on which fewer
   * than {@code fewestStops} elements take the focus is a problem too (a walk that ended at once
   * would prove nothing).
   */
  public static List<String> problems(WebDriver driver, int fewestStops) {
    JavascriptExecutor js = (JavascriptExecutor) driver;
    js.executeScript(SCRIPT, "start", null);
    List<String> problems = new ArrayList<>();
    WebElement first = null;
    WebElement previous = null;
    Map<String, Object> previousStop = null;
    Map<String, Object> lastSeen = null;
    int samePlace = 1;
    List<String> stops = new ArrayList<>();
    for (int stop = 0; stop < MOST_STOPS; stop++) {
      new Actions(driver).sendKeys(Keys.TAB).perform();
      @SuppressWarnings("unchecked")
      Map<String, Object> now = (Map<String, Object>) js.executeScript(SCRIPT, "now", null);
      WebElement element = (WebElement) now.get("element");
      if (element != null && element.equals(previous)) {
        // A date or time field takes one Tab per part (month, day, year; hours, minutes, AM/PM)
        if (++samePlace > Math.max(1, ((Number) now.get("parts")).intValue())) {
          problems.add("the focus stays on " + now.get("name") + " (keyboard trap)");
          return problems;
        }
        continue;
      }
      samePlace = 1;
      if (previousStop != null) {
        judge(js, previous, previousStop, problems);
      }
      if (element == null || element.equals(first)) {
        if (stops.size() < fewestStops) {
          problems.add("only " + stops.size() + " elements take the focus: " + stops);
        }
        return problems; // came back round
      }
      stops.add(String.valueOf(now.get("name")));
      if (first == null) {
        first = element;
      }
      if (!Boolean.TRUE.equals(now.get("onScreen"))) {
        problems.add("the focus lands on " + now.get("name") + ", which cannot be seen");
      } else if (!Boolean.TRUE.equals(now.get("overlay"))) {
        if (lastSeen != null && goesBack(lastSeen, now)) {
          problems.add(
              "the focus goes back up or to the left, from "
                  + lastSeen.get("name")
                  + " to "
                  + now.get("name"));
        }
        lastSeen = now;
      }
      previous = element;
      previousStop = now;
    }
    problems.add("the focus did not come back round in " + MOST_STOPS + " steps");
    return problems;
  }

  /**
   * Whether the focus moved against the reading order (WCAG 2.4.3): to a stop that is neither below
   * the last one seen nor to the right of it (on its line, or a column further right), give or take
   * {@link #LEEWAY} CSS pixels.
   */
  static boolean goesBack(Map<String, Object> from, Map<String, Object> to) {
    double[] a = box(from);
    double[] b = box(to);
    boolean below = b[0] >= a[2] - LEEWAY;
    boolean right = b[1] >= a[3] - LEEWAY;
    return !below && !right && !inside(a, b) && !inside(b, a);
  }

  /**
   * Whether box {@code inner} lies within {@code outer} (a link in a table cell that has a stop).
   */
  private static boolean inside(double[] outer, double[] inner) {
    return inner[0] >= outer[0] - LEEWAY
        && inner[1] >= outer[1] - LEEWAY
        && inner[2] <= outer[2] + LEEWAY
        && inner[3] <= outer[3] + LEEWAY;
  }

  /** top, left, bottom, right on the page. */
  private static double[] box(Map<String, Object> stop) {
    return ((List<?>) stop.get("box"))
        .stream().mapToDouble(n -> ((Number) n).doubleValue()).toArray();
  }

  /** After the focus moved on: did the element look different while it had the focus? */
  private static void judge(
      JavascriptExecutor js, WebElement element, Map<String, Object> focused, List<String> found) {
    Object unfocused;
    try {
      unfocused = js.executeScript(SCRIPT, "again", element);
    } catch (StaleElementReferenceException e) {
      return; // the page replaced it (an Ajax update on leaving the field): nothing to compare
    }
    if (unfocused != null && Objects.equals(unfocused, focused.get("look"))) {
      found.add("no visible focus on " + focused.get("name"));
    }
  }

  private static String script() {
    try (InputStream in = Keyboard.class.getResourceAsStream("focus-look.js")) {
      return new String(Objects.requireNonNull(in).readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
