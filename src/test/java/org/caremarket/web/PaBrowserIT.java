package org.caremarket.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.caremarket.Api;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;

/** The personal-assistant pages in headless Chromium: axe-clean, 320 px, own host only, by keyboard, without JavaScript. */
class PaBrowserIT {

    static Browser browser;
    static Browser plain;
    static final String WORD = Api.unique().replaceAll("[^A-Za-z]", "");
    static String id;

    @BeforeAll
    static void start() {
        id = PaPagesIT.listedPa("Ada" + WORD, "Lang" + WORD.toLowerCase(), "07700 900456", "pa." + WORD.toLowerCase() + "@example.org");
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

    @Test
    @DisplayName("R14.33 every state of the PA pages (empty, results, none, errors, a PA's page): no axe violation, reflows at 320 px, own host only; with and without JavaScript")
    void everyState() {
        String[][] states = {
                {"find-pa-empty", "/find-a-pa"},
                {"find-pa-results", "/find-a-pa?postcode=LS6+2AA&slot=MON:MORNING&slot=SAT:AFTERNOON&skill=MEDICATION"},
                {"find-pa-none", "/find-a-pa?postcode=LS6+2AA&slot=MON:MORNING&language=Lang" + WORD.toLowerCase() + "&gender=MALE"},
                {"find-pa-errors", "/find-a-pa?postcode=&maxRate=lots&gender=ROBOT"},
                {"pa-page", "/find-a-pa/assistants/" + id}};
        for (String[] s : states) {
            browser.open(s[1]).check(s[0]);
            assertTrue(!browser.title().startsWith("Sorry") && !browser.title().startsWith("Page not found"), s[0] + ": " + browser.title());
            plain.open(s[1]).check(s[0]);
            assertEquals(browser.title(), plain.title(), "the same page without JavaScript: " + s[0]);
        }
    }

    /** Presses Tab until the element with this id has the focus, checking the focus is visible there. */
    private static WebElement tabTo(Browser on, String id) {
        for (int i = 0; i < 120; i++) {
            WebElement focused = on.focused();
            if (id.equals(focused.getAttribute("id"))) {
                String outline = (String) on.driver.executeScript("var s = getComputedStyle(document.activeElement);"
                        + " return s.outlineStyle + ' ' + s.boxShadow;");
                assertTrue(!outline.startsWith("none none"), "the focus is visible on " + id + ": " + outline);
                return focused;
            }
            focused.sendKeys(Keys.TAB);
        }
        throw new AssertionError("Tab never reached " + id);
    }

    private static void journey(Browser on) {
        on.open("/find-a-pa");
        on.driver.switchTo().activeElement().sendKeys(Keys.TAB);
        tabTo(on, "postcode").sendKeys("LS6 2AA");
        tabTo(on, "slot-MON-MORNING").sendKeys(Keys.SPACE);
        tabTo(on, "slot-SAT-AFTERNOON").sendKeys(Keys.SPACE);
        tabTo(on, "language").sendKeys("Lang" + WORD.toLowerCase(), Keys.ENTER);
        String title = on.titleStartingWith("Personal assistants near LS6");
        assertTrue(title.startsWith("Personal assistants near LS6"), title);
        on.driver.switchTo().activeElement().sendKeys(Keys.TAB);
        for (int i = 0; i < 200; i++) {
            WebElement focused = on.focused();
            if (focused.getText().startsWith("Ada" + WORD)) {
                focused.sendKeys(Keys.ENTER);
                String pa = on.titleStartingWith("Ada" + WORD);
                assertTrue(pa.startsWith("Ada" + WORD + " Q., personal assistant"), pa);
                on.check("pa-keyboard");
                return;
            }
            focused.sendKeys(Keys.TAB);
        }
        throw new AssertionError("Tab never reached the PA's card");
    }

    @Test
    @DisplayName("R14.34 by keyboard alone (Tab, typing, Space, Enter; the focus visible), a person finds a PA and opens their page; the same without JavaScript")
    void keyboardJourney() {
        journey(browser);
        journey(plain);
    }

    @Test
    @DisplayName("R14.35 a person's introductions in the browser, signed in: no axe violation, reflows at 320 px; with and without JavaScript")
    void introductions() {
        String body = jakarta.json.Json.createObjectBuilder().add("postcode", "LS6 2AA").add("message", "Could you help on Mondays?")
                .add("contact", jakarta.json.Json.createObjectBuilder().add("name", "Margaret").add("phone", "0113 496 0001"))
                .build().toString();
        Api.Reply asked = Api.post("/api/assistants/" + id + "/introductions", body, "cm_demo_person");
        assertTrue(asked.status() == 201 || asked.status() == 409, asked::body);
        for (Browser on : new Browser[] {browser, plain}) {
            on.open("/sign-in");
            on.find("#email").sendKeys("person@caremarket.example");
            on.find("#password").sendKeys("caremarket-demo", Keys.ENTER);
            on.titleStartingWith("Your account");
            on.open("/introductions").check("pa-introductions");
            assertEquals("Your introductions to personal assistants – CareMarket", on.title());
            assertTrue(on.driver.getPageSource().contains("Ada" + WORD), "the introduction is listed");
            on.open("/account").find("form[action='/sign-out'] button").click();
        }
    }
}
