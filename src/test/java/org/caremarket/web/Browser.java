package org.caremarket.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.deque.html.axecore.results.Results;
import com.deque.html.axecore.results.Rule;
import com.deque.html.axecore.selenium.AxeBuilder;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.caremarket.Api;
import org.openqa.selenium.By;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeOptions;

/**
 * Headless Chromium (Debian's chromium and chromium-driver; webdriver.chrome.driver points at the driver, so Selenium
 * Manager never tries to download one) driven through the pages, with the checks every page must pass: axe-core finds
 * no WCAG 2.0/2.1/2.2 A or AA violation, nothing scrolls sideways at 320 CSS px, nothing is loaded from another host.
 * A screenshot of each page checked is kept in target/screenshots.
 */
final class Browser implements AutoCloseable {

    static final List<String> WCAG = List.of("wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa");
    private static final Path SHOTS = Path.of(System.getProperty("project.build.directory", "target"), "screenshots");

    final ChromeDriver driver;
    final boolean javascript;

    private Browser(boolean javascript) {
        this.javascript = javascript;
        System.setProperty("webdriver.chrome.driver", System.getProperty("webdriver.chrome.driver", "/usr/bin/chromedriver"));
        ChromeOptions options = new ChromeOptions();
        options.setBinary(System.getProperty("chrome.binary", "/usr/bin/chromium"));
        options.addArguments("--headless=new", "--no-sandbox", "--disable-dev-shm-usage", "--disable-gpu",
                "--window-size=1280,1000", "--lang=en-GB", "--no-first-run", "--disable-extensions");
        if (!javascript) {
            options.setExperimentalOption("prefs", Map.of("profile.managed_default_content_settings.javascript", 2));
        }
        driver = new ChromeDriver(options);
        driver.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(60));
    }

    static Browser withJavaScript() {
        return new Browser(true);
    }

    static Browser withoutJavaScript() {
        return new Browser(false);
    }

    Browser open(String path) {
        driver.get(Api.BASE + path);
        return this;
    }

    String title() {
        return driver.getTitle();
    }

    /** Whether the page comes to hold this text within 20 seconds (after a click that reloads a page of the same title). */
    boolean waitForText(String text) {
        try {
            new org.openqa.selenium.support.ui.WebDriverWait(driver, Duration.ofSeconds(20)).until(d -> d.getPageSource().contains(text));
            return true;
        } catch (org.openqa.selenium.TimeoutException e) {
            return false;
        }
    }

    /** The title once the page that starts with it has loaded (after a click or Enter that navigates). */
    String titleStartingWith(String start) {
        try {
            new org.openqa.selenium.support.ui.WebDriverWait(driver, Duration.ofSeconds(20)).until(d -> d.getTitle().startsWith(start));
        } catch (org.openqa.selenium.TimeoutException e) {
            // the assertion that follows names what the title was
        }
        return driver.getTitle();
    }

    WebElement find(String css) {
        return driver.findElement(By.cssSelector(css));
    }

    List<WebElement> all(String css) {
        return driver.findElements(By.cssSelector(css));
    }

    /**
     * Every check a page must pass, with a screenshot named after it. axe needs JavaScript, so without it the page is
     * checked for reflow and screenshot only (the same page with JavaScript is checked by axe elsewhere).
     */
    void check(String name) {
        screenshot(name);
        reflows(name);
        if (javascript) {
            accessible(name);
            onlyOwnHost(name);
        }
    }

    /** axe-core, WCAG 2.0, 2.1 and 2.2 at A and AA: no violation at all. */
    void accessible(String name) {
        Results results = new AxeBuilder().withTags(WCAG).analyze(driver);
        assertTrue(results.getErrorMessage() == null || results.getErrorMessage().isEmpty(),
                () -> name + ": axe failed to run: " + results.getErrorMessage());
        List<Rule> violations = results.getViolations();
        assertTrue(violations.isEmpty(), () -> name + " (" + driver.getCurrentUrl() + "): " + violations.size()
                + " accessibility violations:\n" + violations.stream().map(v -> "  " + v.getId() + ": " + v.getHelp() + " at "
                + v.getNodes().stream().map(n -> String.valueOf(n.getTarget())).collect(Collectors.joining(", ")))
                .collect(Collectors.joining("\n")));
        assertTrue(results.getPasses().size() > 10, () -> name + ": axe checked too little: " + results.getPasses().size());
    }

    /** WCAG 1.4.10 Reflow: at 320 CSS px wide, nothing is wider than the viewport. */
    void reflows(String name) {
        driver.executeCdpCommand("Emulation.setDeviceMetricsOverride",
                Map.of("width", 320, "height", 640, "deviceScaleFactor", 1, "mobile", false));
        try {
            assertEquals(320, evaluate("window.innerWidth"), name + ": the viewport is 320 CSS px wide");
            long visible = evaluate("document.documentElement.clientWidth"); // 320 less a vertical scroll bar
            long content = evaluate("document.documentElement.scrollWidth");
            assertTrue(content <= visible, name + ": at 320 CSS px the page is " + content + " px wide, more than the "
                    + visible + " px it has: it scrolls sideways");
            screenshot(name + "-320px");
        } finally {
            driver.executeCdpCommand("Emulation.clearDeviceMetricsOverride", Map.of());
        }
    }

    /** A number the page works out, by the DevTools protocol (which works with the page's JavaScript off too). */
    long evaluate(String expression) {
        Map<String, Object> answer = driver.executeCdpCommand("Runtime.evaluate",
                Map.of("expression", expression, "returnByValue", true));
        return ((Number) ((Map<?, ?>) answer.get("result")).get("value")).longValue();
    }

    /** Every file the page loaded came from the application itself, and no GDS Transport font was fetched. */
    void onlyOwnHost(String name) {
        @SuppressWarnings("unchecked")
        List<String> loaded = (List<String>) driver.executeScript(
                "return performance.getEntriesByType('resource').map(function (e) { return e.name; });");
        assertTrue(loaded.size() >= 3, () -> name + ": the page's CSS and scripts were loaded: " + loaded);
        for (String url : loaded) {
            assertTrue(url.startsWith(Api.BASE + "/"), () -> name + ": loaded from another host: " + url);
            assertTrue(!url.contains("/assets/fonts/"), () -> name + ": fetched GDS Transport: " + url);
        }
    }

    void screenshot(String name) {
        try {
            Files.createDirectories(SHOTS);
            Files.write(SHOTS.resolve(name + (javascript ? "" : "-nojs") + ".png"), driver.getScreenshotAs(OutputType.BYTES));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The element that has the keyboard's focus. */
    WebElement focused() {
        return driver.switchTo().activeElement();
    }

    @Override
    public void close() {
        driver.quit();
    }
}
