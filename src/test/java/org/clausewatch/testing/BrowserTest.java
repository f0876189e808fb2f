package org.clausewatch.testing;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URL;
import java.time.Duration;
import java.util.List;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/** A user journey in headless Chromium against the WAR as built, one fresh browser per test. */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
public abstract class BrowserTest {

  @Deployment(testable = false)
  public static WebArchive deployment() {
    return Deployments.asBuilt();
  }

  @ArquillianResource protected URL base;

  protected Browser browser;
  protected WebDriver driver;

  @BeforeEach
  void openBrowser() {
    browser = Browser.open();
    driver = browser.driver();
  }

  /**
   * Closes the browser, and fails the journey if a page wrote a script error or a
   * Content-Security-Policy violation to the console that the test did not read itself: such an
   * error once sent every open page to an error address when an alert arrived.
   */
  @AfterEach
  void closeBrowser() {
    List<String> errors;
    try {
      errors = browser.consoleErrors();
    } finally {
      browser.close();
    }
    assertThat(errors).as("errors in the browser's console").isEmpty();
  }

  private boolean signedIn;

  /** The user {@link #open} signs in as: every contract role, cleared for TOP SECRET. */
  protected static final String DEFAULT_USER = "browser-all-roles";

  /** Opens a page, signed in as {@link #DEFAULT_USER} unless the test signed in as someone. */
  protected void open(String pathAndQuery) {
    if (!signedIn) {
      signInAs(
          TestUsers.create(DEFAULT_USER, "TOP_SECRET", "CONTRACTING_OFFICER", "LEGAL", "MANAGER"));
    }
    browser.open(base, pathAndQuery);
  }

  /** The element, once the page that has it is there (after a click that navigates). */
  protected WebElement await(By by) {
    return new WebDriverWait(driver, Duration.ofSeconds(15))
        .until(ExpectedConditions.presenceOfElementLocated(by));
  }

  /**
   * The text of the element once it contains {@code expected}: waits past page loads and Ajax
   * updates that replace the element (an element found on the old page goes stale). Every wait for
   * a replaced element ignores WebDriverException: Chromium 156.0.8078.114 reports a replaced node
   * as "Node with given id does not belong to the document", not as a stale element.
   */
  protected String awaitText(By by, String expected) {
    return new WebDriverWait(driver, Duration.ofSeconds(15))
        .ignoring(org.openqa.selenium.WebDriverException.class)
        .until(
            d -> {
              String text = d.findElement(by).getText();
              return text.contains(expected) ? text : null;
            });
  }

  /**
   * Clicks what submits a form or follows a link, then waits until the address matches {@code
   * pattern}, so that what the test reads next is on the page the click led to.
   */
  protected String clickThrough(By by, String pattern) {
    await(by).click();
    return awaitAddress(pattern);
  }

  /**
   * The browser's address once it matches {@code pattern} (a regular expression over the whole
   * address): a click that navigates, or a script that moves to another page, has taken effect.
   */
  protected String awaitAddress(String pattern) {
    return new WebDriverWait(driver, Duration.ofSeconds(15))
        .withMessage(() -> "the address " + driver.getCurrentUrl() + " does not match " + pattern)
        .until(d -> d.getCurrentUrl().matches(pattern) ? d.getCurrentUrl() : null);
  }

  /** Signs in through the form as an existing user with {@link TestUsers#PASSWORD}. */
  protected void signInAs(String username) {
    browser.signIn(base, username, TestUsers.PASSWORD);
    signedIn = true;
  }
}
