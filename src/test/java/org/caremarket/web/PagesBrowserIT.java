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
 * The pages in a real browser (headless Chromium), each in each of its states, with JavaScript on and off: axe-core
 * finds no WCAG A/AA violation, nothing scrolls sideways at 320 CSS px, nothing comes from another host, and the search
 * works by keyboard alone and without JavaScript. Screenshots go to target/screenshots.
 */
class PagesBrowserIT {

    private static Browser browser;
    private static Browser plain;

    @BeforeAll
    static void start() {
        browser = Browser.withJavaScript();
        plain = Browser.withoutJavaScript();
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
            "home, /",
            "accessibility, /accessibility",
            "privacy, /privacy",
            "cookies, /cookies",
            "attributions, /attributions",
            "not-found, /no-such-page",
            "bad-address, /find-care%2Fx",
            "find-care-empty, /find-care",
            "find-care-results, /find-care?where=LS1+4AP&distance=5",
            "find-care-page-2, /find-care?where=Leeds&distance=25&page=2",
            "find-care-vacancy, /find-care?where=LE11+1AA&distance=10&vacancy=yes&kind=CARE_HOME_RESIDENTIAL",
            "find-care-none, /find-care?where=YO1&distance=1&specialism=EATING_DISORDERS&specialism=AUTISM",
            "find-care-errors, /find-care?where=&kind=CASTLE&distance=7&specialism=JUGGLING",
            "find-care-unknown-place, /find-care?where=Atlantis",
            "sign-in, /sign-in",
            "sign-up, /sign-up",
            "sign-up-check-email, /sign-up/check-email",
            "password-reset, /password-reset",
            "password-reset-check-email, /password-reset/check-email",
            "expired-link, /confirm/aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa",
            "demo-outbox, /demo/outbox",
            "employer-costs, /employer-costs",
            "employer-costs-result, /employer-costs?hourlyPay=13&hoursPerWeek=20&budgetRate=14.50&allowance=yes",
            "employer-costs-errors, /employer-costs?hourlyPay=abc&hoursPerWeek=12.3&budgetRate=0"})
    @DisplayName("R14.8 every page and state: no axe violation (WCAG 2.2 AA), reflows at 320 px, only its own host; and without JavaScript")
    void everyPage(String name, String path) {
        browser.open(path).check(name);
        assertTrue(browser.title().endsWith("– CareMarket"), browser.title());
        plain.open(path).check(name);
        assertEquals(browser.title(), plain.title(), "the same page without JavaScript");
    }

    @Test
    @DisplayName("R14.8 a service's page, in each state of its vacancies: no axe violation, reflows at 320 px")
    void servicePages() {
        browser.open("/find-care?where=LS1+4AP&distance=5");
        String first = browser.find(".cm-result h3 a").getAttribute("href");
        browser.open(first.substring(Api.BASE.length())).check("service");
        assertEquals("Find care", browser.find(".govuk-service-navigation__item--active").getText());
        browser.open("/find-care?where=LS1+4AP&distance=5&vacancy=yes");
        if (!browser.all(".cm-result h3 a").isEmpty()) {
            browser.open(browser.find(".cm-result h3 a").getAttribute("href").substring(Api.BASE.length()))
                    .check("service-with-vacancy");
        }
    }

    @Test
    @DisplayName("R14.8 accounts in the browser: a form with errors, then a demo person signs in by keyboard, sees the account, signs out")
    void accounts() {
        browser.open("/sign-up");
        browser.find("form button[type=submit]").click();
        assertTrue(browser.titleStartingWith("Error: ").startsWith("Error: Create an account"), browser.title());
        browser.check("sign-up-errors");
        browser.open("/sign-in");
        browser.find("#email").sendKeys("person@caremarket.example");
        browser.find("#password").sendKeys("caremarket-demo", Keys.ENTER);
        assertTrue(browser.titleStartingWith("Your account").startsWith("Your account"), browser.title());
        browser.check("account");
        browser.find("form[action='/sign-out'] button").click();
        assertTrue(browser.titleStartingWith("Find adult social care").startsWith("Find adult social care"), browser.title());
        assertEquals(1, browser.all("a[href='/sign-in']").size(), "signed out: Sign in is offered again");
        plain.open("/sign-in");
        plain.find("#email").sendKeys("person@caremarket.example");
        plain.find("#password").sendKeys("wrong-password");
        plain.find("form button[type=submit]").click();
        assertTrue(plain.titleStartingWith("Error: Sign in").startsWith("Error: Sign in"), plain.title());
        plain.check("sign-in-errors");
        plain.find("#password").sendKeys("caremarket-demo");
        plain.find("form button[type=submit]").click();
        assertTrue(plain.titleStartingWith("Your account").startsWith("Your account"), "without JavaScript too: " + plain.title());
        plain.find("form[action='/sign-out'] button").click();
    }

    @Test
    @DisplayName("R14.8 by keyboard alone: sign in, then update a care home's beds (Tab, typing, Enter); every state axe-clean")
    void providerKeyboard() {
        String id = ProviderPagesIT.careHome(12);
        browser.open("/sign-in");
        tabTo(browser, "email").sendKeys("admin@caremarket.example");
        tabTo(browser, "password").sendKeys("caremarket-demo", Keys.ENTER);
        assertTrue(browser.titleStartingWith("Your account").startsWith("Your account"), browser.title());
        browser.open("/provider/services/" + id + "/vacancies");
        browser.check("vacancy-form");
        tabTo(browser, "bed-NURSING-available").sendKeys("x");
        WebElement save = tabTo(browser, null);
        assertEquals("Save the report", save.getText());
        save.sendKeys(Keys.ENTER);
        assertTrue(browser.titleStartingWith("Error: ").startsWith("Error: Vacancies at"), browser.title());
        browser.check("vacancy-form-errors");
        WebElement field = browser.find("#bed-NURSING-available");
        field.clear();
        field.sendKeys("3");
        tabTo(browser, null).sendKeys(Keys.ENTER);
        assertTrue(browser.waitForText("The vacancy report has been saved"), browser.title());
        browser.check("vacancy-form-saved");
        assertEquals(3, Api.get("/api/services/" + id + "/vacancies").json().getJsonObject("totals").getInt("available"));
        plain.open("/sign-in");
        plain.find("#email").sendKeys("provider@caremarket.example");
        plain.find("#password").sendKeys("caremarket-demo", Keys.ENTER);
        plain.titleStartingWith("Your account");
        plain.open("/provider");
        plain.check("provider-services");
        browser.open("/provider/services/" + id + "/vacancies");
        browser.find("form[action='/provider/services/" + id + "/vacancies'] input[name=version]");
        browser.driver.executeScript("document.querySelector('input[name=version]').value = '0'");
        browser.find("#bed-NURSING-available").clear();
        browser.find("#bed-NURSING-available").sendKeys("1");
        browser.find("form[action='/provider/services/" + id + "/vacancies'] button[type=submit]").click();
        assertTrue(browser.waitForText("Someone else sent a newer report"), "a form older than the report");
        browser.check("vacancy-form-changed");
        browser.open("/account");
        browser.find("form[action='/sign-out'] button").click();
        browser.titleStartingWith("Find adult social care");
    }

    /** Presses Tab until the element with this id (or, for null, the form's submit button) has the focus; fails after 60. */
    private static WebElement tabTo(Browser on, String id) {
        for (int i = 0; i < 60; i++) {
            WebElement focused = on.focused();
            if (id == null ? "submit".equals(focused.getAttribute("type")) && focused.getTagName().equals("button")
                    && !focused.getText().isEmpty() : id.equals(focused.getAttribute("id"))) {
                String outline = (String) on.driver.executeScript("var s = getComputedStyle(document.activeElement);"
                        + " return s.outlineStyle + ' ' + s.boxShadow;");
                assertTrue(!outline.startsWith("none none"), "the focus is visible: " + outline);
                return focused;
            }
            focused.sendKeys(Keys.TAB);
        }
        throw new AssertionError("Tab never reached " + (id == null ? "the submit button" : id));
    }

    @Test
    @DisplayName("R14.6 with JavaScript, the error summary takes the focus, and its link moves it to the field")
    void errorSummaryFocus() {
        browser.open("/find-care?where=");
        assertTrue(browser.title().startsWith("Error: "), browser.title());
        WebElement focused = browser.focused();
        assertTrue(focused.getAttribute("class").contains("govuk-error-summary"), "GOV.UK's script focuses the summary: "
                + focused.getTagName() + " " + focused.getAttribute("class"));
        browser.find(".govuk-error-summary__list a").click();
        assertEquals("where", browser.focused().getAttribute("id"), "the link puts the focus on the field");
    }

    @Test
    @DisplayName("R14.8 by keyboard alone: the skip link comes first, then the search is filled in and sent with Enter")
    void keyboard() {
        browser.open("/find-care");
        browser.driver.switchTo().activeElement().sendKeys(Keys.TAB);
        WebElement skip = browser.focused();
        assertEquals("Skip to main content", skip.getText(), "the first Tab reaches the skip link");
        browser.screenshot("keyboard-skip-link");
        skip.sendKeys(Keys.ENTER);
        for (int i = 0; i < 10 && !"where".equals(browser.focused().getAttribute("id")); i++) {
            browser.focused().sendKeys(Keys.TAB);
        }
        assertEquals("where", browser.focused().getAttribute("id"), "Tab reaches the postcode field");
        String outline = (String) browser.driver.executeScript(
                "return getComputedStyle(document.activeElement).outlineStyle + ' ' + getComputedStyle(document.activeElement).boxShadow");
        assertTrue(!outline.startsWith("none none"), "the focus is visible: " + outline);
        browser.focused().sendKeys("LS6 2AA", Keys.ENTER);
        String title = browser.titleStartingWith("Care services near LS6 2AA");
        assertTrue(title.startsWith("Care services near LS6 2AA"), title);
        assertTrue(!browser.all(".cm-result").isEmpty(), "results");
    }

    @Test
    @DisplayName("R14.8 without JavaScript: search from the empty form, open a result, read its ratings")
    void withoutJavaScript() {
        plain.open("/find-care");
        assertEquals(0, plain.evaluate("document.body.classList.contains('js-enabled') ? 1 : 0"), "JavaScript is off");
        plain.find("#where").sendKeys("Leicester");
        new org.openqa.selenium.support.ui.Select(plain.find("#distance")).selectByValue("5");
        plain.find("form button[type=submit]").click();
        String title = plain.titleStartingWith("Care services near Leicester");
        assertTrue(title.startsWith("Care services near Leicester"), title);
        String name = plain.find(".cm-result h3 a").getText();
        plain.find(".cm-result h3 a").click();
        assertEquals(name + " – CareMarket", plain.titleStartingWith(name), "the service's page");
        assertTrue(plain.driver.getPageSource().contains("CQC rating"), "the service's page");
        plain.check("service-nojs-journey");
    }
}
