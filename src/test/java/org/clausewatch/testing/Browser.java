package org.clausewatch.testing;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.logging.Level;
import org.openqa.selenium.By;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.logging.LoggingPreferences;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Debian's headless Chromium driven by Selenium, set up to work as root on a closed network (no
 * driver download, no background connections).
 */
public final class Browser implements AutoCloseable {

  private final ChromeDriver driver;
  private final Path profile;

  private Browser(ChromeDriver driver, Path profile) {
    this.driver = driver;
    this.profile = profile;
  }

  public static Browser open() {
    Path profile;
    try {
      Path target = Path.of(System.getProperty("project.build.directory", "target"));
      profile = Files.createTempDirectory(Files.createDirectories(target), "chromium-profile-");
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    ChromeOptions options = new ChromeOptions();
    options.setBinary(System.getProperty("chromium.binary", "/usr/bin/chromium"));
    options.addArguments(
        "--headless=new",
        "--no-sandbox",
        "--disable-dev-shm-usage",
        "--disable-gpu",
        "--disable-background-networking",
        "--disable-component-update",
        "--disable-sync",
        "--disable-quic",
        "--no-first-run",
        "--window-size=1366,900",
        "--lang=en-US",
        "--user-data-dir=" + profile.toAbsolutePath());
    LoggingPreferences logs = new LoggingPreferences();
    logs.enable(LogType.BROWSER, Level.ALL);
    options.setCapability("goog:loggingPrefs", logs);
    ChromeDriverService service =
        new ChromeDriverService.Builder()
            .usingDriverExecutable(
                new File(System.getProperty("chromedriver.binary", "/usr/bin/chromedriver")))
            .usingAnyFreePort()
            .build();
    ChromeDriver driver = new ChromeDriver(service, options);
    driver.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(30));
    return new Browser(driver, profile);
  }

  /** Signs in through the sign-in form and waits until the application shows the signed-in user. */
  public void signIn(URL base, String username, String password) {
    open(base, "/login");
    driver.findElement(By.id("username")).sendKeys(username);
    driver.findElement(By.id("password")).sendKeys(password);
    driver.findElement(By.id("sign-in")).click();
    new WebDriverWait(driver, Duration.ofSeconds(15))
        .until(d -> !d.findElements(By.id("signed-in-as")).isEmpty());
  }

  /**
   * Script errors and Content-Security-Policy violations the pages wrote to the browser console.
   * HTTP statuses (a 401 after a wrong password) are left to the tests' own assertions.
   */
  public List<String> consoleErrors() {
    return driver.manage().logs().get(LogType.BROWSER).getAll().stream()
        .filter(e -> e.getLevel().intValue() >= Level.SEVERE.intValue())
        .filter(e -> !e.getMessage().contains("Failed to load resource"))
        .map(LogEntry::getMessage)
        .toList();
  }

  /** Opens a path (with its query) of the deployed application. */
  public void open(URL base, String pathAndQuery) {
    // The page being left is marked, so that the wait below cannot mistake it for the new one.
    driver.executeScript("window.clausewatchLeft = true;");
    driver.get(base.toString().replaceAll("/$", "") + pathAndQuery);
    // ChromeDriver can hand control back while the page is still being parsed (seen right after
    // the redirect that follows signing in); tests read the page only once the new one is
    // complete.
    new WebDriverWait(driver, Duration.ofSeconds(15))
        .until(
            d ->
                Boolean.TRUE.equals(
                    driver.executeScript(
                        "return !window.clausewatchLeft && document.readyState === 'complete';")));
  }

  public ChromeDriver driver() {
    return driver;
  }

  /**
   * Saves what the browser shows as {@code docs/screenshots/<name>.png}, once it is sure the page
   * fits the window's width (1366 px, a common laptop's) and passes the automated WCAG 2.1 AA
   * checks ({@link #assertAccessible}): a page people must scroll sideways to read, or one a screen
   * reader cannot name, fails the journey that photographs it.
   */
  public void screenshot(String name) {
    assertFitsTheWindow(name);
    assertAccessible(name);
    Path dir = Path.of(System.getProperty("screenshots.dir", "docs/screenshots"));
    try {
      Files.createDirectories(dir);
      File png = driver.getScreenshotAs(OutputType.FILE);
      Files.copy(png.toPath(), dir.resolve(name + ".png"), StandardCopyOption.REPLACE_EXISTING);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Fails with every WCAG 2.1 A or AA violation axe-core finds on the page as shown now. */
  public void assertAccessible(String where) {
    List<String> violations = Accessibility.violations(driver);
    if (!violations.isEmpty()) {
      throw new AssertionError(
          where
              + " ("
              + driver.getCurrentUrl()
              + ") fails WCAG 2.1 AA:\n  "
              + String.join("\n  ", violations));
    }
  }

  private void assertFitsTheWindow(String name) {
    String wider = overflow();
    if (wider != null) {
      throw new AssertionError(name + " does not fit the window: " + wider);
    }
  }

  /**
   * How far the page sticks out of the window's width, and the first elements that do, or null when
   * it fits: a page people would have to scroll sideways to read. (A wide table inside a box that
   * scrolls by itself does not count: only the page's own width does.)
   */
  public String overflow() {
    return (String)
        driver.executeScript(
            "const root = document.documentElement, width = root.clientWidth;"
                + " if (root.scrollWidth <= width) return null;"
                + " return root.scrollWidth - width + ' px too wide; sticking out: '"
                + " + [...document.body.querySelectorAll('*')]"
                + " .filter(e => e.getBoundingClientRect().right > width + 1)"
                + " .filter(e => !e.parentElement"
                + " || e.parentElement.getBoundingClientRect().right <= width + 1)"
                + " .slice(0, 5)"
                + " .map(e => e.tagName.toLowerCase() + (e.id ? '#' + e.id : '')"
                + " + (e.className && typeof e.className === 'string'"
                + " ? '.' + e.className.trim().split(/\\s+/).join('.') : ''))"
                + " .join(', ');");
  }

  /**
   * Lays the pages out as on a screen {@code width} CSS pixels wide (320: a desktop window of 1,280
   * zoomed to 400%, which WCAG 1.4.10 asks pages to fit without scrolling sideways).
   */
  public void narrow(int width) {
    driver.executeCdpCommand(
        "Emulation.setDeviceMetricsOverride",
        Map.of("width", width, "height", 800, "deviceScaleFactor", 1, "mobile", false));
  }

  /** A live region as a screen reader gets it: its role, politeness and text. */
  public record LiveRegion(String role, String live, String text) {}

  /**
   * The live regions of the page as Chrome exposes them to assistive technology (its accessibility
   * tree, not the DOM): a region whose text changes is announced without moving the focus (WCAG
   * 4.1.3). Hidden regions are not in the tree.
   */
  @SuppressWarnings("unchecked")
  public List<LiveRegion> liveRegions() {
    driver.executeCdpCommand("Accessibility.enable", Map.of());
    List<Map<String, Object>> nodes =
        (List<Map<String, Object>>)
            driver.executeCdpCommand("Accessibility.getFullAXTree", Map.of()).get("nodes");
    Map<String, Map<String, Object>> byId = new java.util.HashMap<>();
    nodes.forEach(n -> byId.put((String) n.get("nodeId"), n));
    List<LiveRegion> regions = new java.util.ArrayList<>();
    for (Map<String, Object> node : nodes) {
      String live = live(node);
      Map<String, Object> parent = byId.get((String) node.get("parentId"));
      if (live != null && (parent == null || live(parent) == null)) {
        StringBuilder text = new StringBuilder();
        collectText(node, byId, text);
        regions.add(new LiveRegion(value(node.get("role")), live, text.toString().strip()));
      }
    }
    return regions;
  }

  @SuppressWarnings("unchecked")
  private static String live(Map<String, Object> node) {
    if (Boolean.TRUE.equals(node.get("ignored"))) {
      return null;
    }
    List<Map<String, Object>> properties =
        (List<Map<String, Object>>) node.getOrDefault("properties", List.of());
    return properties.stream()
        .filter(p -> "live".equals(p.get("name")))
        .map(p -> value(p.get("value")))
        .filter(v -> v != null && !"off".equals(v))
        .findFirst()
        .orElse(null);
  }

  @SuppressWarnings("unchecked")
  private static void collectText(
      Map<String, Object> node, Map<String, Map<String, Object>> byId, StringBuilder text) {
    if (Boolean.TRUE.equals(node.get("ignored"))) {
      return;
    }
    if ("StaticText".equals(value(node.get("role")))) {
      text.append(value(node.get("name"))).append(' ');
      return;
    }
    for (Object child : (List<Object>) node.getOrDefault("childIds", List.of())) {
      Map<String, Object> c = byId.get((String) child);
      if (c != null) {
        collectText(c, byId, text);
      }
    }
  }

  @SuppressWarnings("unchecked")
  private static String value(Object axValue) {
    return axValue instanceof Map<?, ?> m
        ? String.valueOf(((Map<String, Object>) m).get("value"))
        : null;
  }

  /** Back to the window's own size after {@link #narrow}. */
  public void fullWidth() {
    driver.executeCdpCommand("Emulation.clearDeviceMetricsOverride", Map.of());
  }

  /** Quits the browser and deletes its profile (2-3 MB per browser otherwise left in target/). */
  @Override
  public void close() {
    driver.quit();
    try (java.util.stream.Stream<Path> files = Files.walk(profile)) {
      for (Path p : files.sorted(java.util.Comparator.reverseOrder()).toList()) {
        Files.deleteIfExists(p);
      }
    } catch (IOException e) {
      // a file Chromium still wrote while quitting: that profile stays in target/ (mvn clean)
      System.err.println("Browser profile " + profile + " not deleted: " + e);
    }
  }
}
