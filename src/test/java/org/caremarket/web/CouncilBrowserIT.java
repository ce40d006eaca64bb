package org.caremarket.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.caremarket.Api;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;

/**
 * The council's pages in headless Chromium, signed in as the demo Leeds commissioner, with JavaScript on and off: every
 * page and state passes axe-core (WCAG 2.2 A/AA), reflows at 320 CSS px and loads only the application's files; and
 * the commissioner's journey of issue 22 runs end to end. Screenshots go to target/screenshots.
 */
class CouncilBrowserIT {

    private static Browser browser;
    private static Browser plain;

    @BeforeAll
    static void start() {
        browser = Browser.withJavaScript();
        plain = Browser.withoutJavaScript();
        signIn(browser);
        signIn(plain);
    }

    static void signIn(Browser b) {
        b.open("/sign-in");
        b.find("#email").sendKeys("commissioner.leeds@caremarket.example");
        b.find("#password").sendKeys("caremarket-demo");
        b.find("form button[type=submit]").click();
        assertTrue(b.titleStartingWith("Your account").startsWith("Your account"), b.title());
    }

    @AfterAll
    static void stop() {
        if (browser != null) {
            browser.close();
        }
        if (plain != null) {
            plain.close();
        }
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource({
            "council-hub, /council",
            "council-market, /council/market",
            "council-market-cut, /council/market?kind=CARE_HOME_NURSING&locality=LS9&period=6",
            "council-market-errors, /council/market?kind=CASTLE&period=7",
            "council-definitions, /council/market/definitions?period=12",
            "council-chase, /council/chase",
            "council-sourcing, /council/sourcing?days=365",
            "council-sourcing-errors, /council/sourcing?days=12",
            "council-assistants, /council/assistants",
            "council-statements, /council/statements",
            "council-grid, /council/statements/grid",
            "council-rate, /council/statements/grid/CARE_HOME_NURSING/MARKET_SUPPLY",
            "council-not-found, /council/market/nothing",
            "public-statements, /market-position/E08000035"})
    @DisplayName("R14.64 every council page and state: no axe violation (WCAG 2.2 AA), reflows at 320 px, only its own host; and without JavaScript")
    void everyPage(String name, String path) {
        browser.open(path).check(name);
        assertTrue(browser.title().endsWith("– CareMarket"), browser.title());
        assertEquals(1, browser.all("h1").size(), name + ": one h1");
        plain.open(path).check(name);
        assertEquals(browser.title(), plain.title(), "the same page without JavaScript");
    }

    @Test
    @DisplayName("R14.64 forms with errors in the browser: a statement without a title, a rating without a reason or date; "
            + "with JavaScript the error summary takes the focus")
    void formErrors() {
        browser.open("/council/statements");
        browser.find("form[method=post] button[type=submit]").click();
        assertTrue(browser.titleStartingWith("Error: ").startsWith("Error: Market Position Statements"), browser.title());
        assertTrue(browser.focused().getAttribute("class").contains("govuk-error-summary"), "the summary has the focus");
        browser.check("council-statements-errors");
        plain.open("/council/statements/grid/CARE_HOME_RESIDENTIAL/MARKET_QUALITY");
        plain.find("#day").clear();
        plain.find("form button[type=submit]").click();
        assertTrue(plain.titleStartingWith("Error: ").startsWith("Error: Rate market quality"), plain.title());
        assertEquals(3, plain.all(".govuk-error-summary__list li").size(), "rating, reason, date");
        browser.open(plain.driver.getCurrentUrl().replace(Api.BASE, ""));
        plain.check("council-rate-errors");
    }

    @Test
    @DisplayName("R14.65 the commissioner's journey: dashboard → a tile's definition (by keyboard) → the chase list → write, "
            + "preview and publish a statement → signed out, the public page shows the edition")
    void commissionerJourney() {
        browser.open("/council");
        browser.find("a[href='/council/market']").click();
        assertTrue(browser.titleStartingWith("Market dashboard").startsWith("Market dashboard"), browser.title());
        WebElement definition = browser.find(".cm-tile a");
        String tile = browser.find(".cm-tile h3").getText();
        String anchor = definition.getAttribute("href").substring(definition.getAttribute("href").indexOf('#') + 1);
        for (int i = 0; i < 40 && !definition.equals(browser.focused()); i++) {
            browser.focused().sendKeys(Keys.TAB);
        }
        assertEquals(definition, browser.focused(), "Tab reaches the first tile's definition link");
        browser.focused().sendKeys(Keys.ENTER);
        assertTrue(browser.titleStartingWith("How the market").startsWith("How the market"), browser.title());
        assertTrue(browser.find("#" + anchor).getText().contains(tile), "the definition of the tile's figure");
        browser.screenshot("journey-definition");

        browser.open("/council");
        browser.find("a[href='/council/chase']").click();
        assertTrue(browser.titleStartingWith("Chase list").startsWith("Chase list"), browser.title());
        assertTrue(!browser.all("table").isEmpty(), "services to chase");

        browser.open("/council");
        browser.find("a[href='/council/statements']").click();
        String title = "Leeds Market Position Statement " + Api.unique();
        browser.find("#title").sendKeys(title, Keys.ENTER);
        assertTrue(browser.titleStartingWith("Edit ").startsWith("Edit " + title), browser.title());
        browser.check("council-edit");
        browser.find("#strategicContext").sendKeys("Leeds needs more nursing care for people living with dementia.");
        new org.openqa.selenium.support.ui.Select(browser.find("#market-0")).selectByValue("CARE_HOME_NURSING");
        new org.openqa.selenium.support.ui.Select(browser.find("#direction-0")).selectByValue("MORE_OF");
        browser.find("#text-0").sendKeys("Nursing beds for people living with dementia in east Leeds");
        browser.find("#howToEngage").sendKeys("Write to the commissioning team.");
        browser.find("form button.govuk-button[type=submit]").click();
        assertTrue(browser.titleStartingWith("Edit ").startsWith("Edit "), browser.title());
        assertTrue(browser.find(".govuk-notification-banner").getText().contains("The draft is saved"), "saved");
        browser.check("council-edit-saved");

        browser.find("a[href$='/preview']").click();
        assertTrue(browser.titleStartingWith("Preview: ").startsWith("Preview: " + title), browser.title());
        assertTrue(browser.find(".cm-statement").getText().contains("Nursing beds for people living with dementia in east Leeds"));
        browser.check("council-preview");
        browser.find(".govuk-back-link").click();
        browser.find("a[href$='/publish']").click();
        assertTrue(browser.titleStartingWith("Publish ").startsWith("Publish " + title), browser.title());
        browser.check("council-publish");
        browser.find("#publish").click();
        assertTrue(browser.titleStartingWith(title).startsWith(title), browser.title());
        String edition = browser.driver.getCurrentUrl().replace(Api.BASE, "");

        WebClient anyone = new WebClient();
        assertEquals(200, anyone.get(edition).statusCode(), "published: no sign-in needed");
        plain.open("/market-position/E08000035");
        plain.driver.manage().deleteAllCookies();
        plain.open("/market-position/E08000035");
        assertTrue(plain.find("main").getText().contains(title + ", published"), "the public list shows it with its date");
        plain.find("a[href='" + edition + "']").click();
        assertTrue(plain.titleStartingWith(title).startsWith(title), plain.title());
        assertTrue(plain.driver.getPageSource().contains("Nursing beds for people living with dementia in east Leeds"));
        browser.open(edition).check("public-statement");
        signIn(plain);
    }
}
