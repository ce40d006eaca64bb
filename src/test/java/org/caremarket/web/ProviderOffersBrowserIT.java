package org.caremarket.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.caremarket.Api;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.Keys;

/**
 * The providers' offers pages in headless Chromium, with and without JavaScript, signed in as the demo provider:
 * every state (list, an offer, a refused price, accepted, declined, a race lost) has no axe violation and reflows at
 * 320 px, as {@link PagesBrowserIT} checks the other pages.
 */
class ProviderOffersBrowserIT {

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

    static void signIn(Browser on) {
        on.open("/sign-in");
        on.find("#email").sendKeys(ProviderOffersIT.PROVIDER);
        on.find("#password").sendKeys("caremarket-demo", Keys.ENTER);
        on.titleStartingWith("Your account");
    }

    @Test
    @DisplayName("R14.57 the offers pages in the browser, with JavaScript: the list, an offer, a refused price, accepted; every state "
            + "axe-clean and reflowing at 320 px")
    void withJavaScript() {
        String word = Api.unique();
        String offer = ProviderOffersIT.offer(ProviderOffersIT.demoHome("Browser offers " + word), "REF-B-" + word);
        signIn(browser);
        browser.open("/provider");
        browser.find("a[href='/provider/offers']").click();
        browser.titleStartingWith("Offers waiting for your answer");
        browser.check("provider-offers");
        browser.find("a[href='/provider/offers/" + offer + "']").click();
        browser.titleStartingWith("Offer:");
        browser.check("provider-offer");
        browser.find("#price").sendKeys("11.5");
        browser.find("form[action='/provider/offers/" + offer + "/accept'] button[type=submit]").click();
        assertTrue(browser.titleStartingWith("Error: ").startsWith("Error: Offer:"), browser.title());
        browser.check("provider-offer-errors");
        browser.find("#price").clear();
        browser.find("#price").sendKeys("1180.00");
        browser.find("form[action='/provider/offers/" + offer + "/accept'] button[type=submit]").click();
        assertTrue(browser.waitForText("You have accepted the offer"), browser.title());
        browser.check("provider-offers-accepted");
        assertEquals("ACCEPTED", Api.get("/api/offers/" + offer, CouncilBrokerIT.BROKER).json().getString("status"));
    }

    @Test
    @DisplayName("R14.57 the offers pages in the browser, without JavaScript: declining with a reason (the error first), and a "
            + "race lost said in words; every state axe-clean and reflowing at 320 px")
    void withoutJavaScript() {
        String word = Api.unique();
        String home = ProviderOffersIT.demoHome("Plain offers " + word);
        String offer = ProviderOffersIT.offer(home, "REF-PL-" + word);
        signIn(plain);
        plain.open("/provider/offers/" + offer);
        plain.find("form[action='/provider/offers/" + offer + "/decline'] button[type=submit]").click();
        assertTrue(plain.titleStartingWith("Error: ").startsWith("Error: Offer:"), plain.title());
        plain.check("provider-offer-decline-errors");
        new org.openqa.selenium.support.ui.Select(plain.find("#reason")).selectByValue("NO_CAPACITY");
        plain.find("form[action='/provider/offers/" + offer + "/decline'] button[type=submit]").click();
        assertTrue(plain.waitForText("You have declined the offer"), plain.title());
        plain.check("provider-offers-declined");

        String raced = ProviderOffersIT.offer(home, "REF-PR-" + word);
        plain.open("/provider/offers/" + raced);
        String packageId = Api.get("/api/offers/" + raced, CouncilBrokerIT.BROKER).json().getString("packageId");
        assertEquals(200, Api.post("/api/care-packages/" + packageId + "/offers/" + raced + "/withdraw", "", CouncilBrokerIT.BROKER).status());
        plain.find("#price").sendKeys("1180");
        plain.find("form[action='/provider/offers/" + raced + "/accept'] button[type=submit]").click();
        assertTrue(plain.waitForText("Your answer has not been saved"), plain.title());
        plain.check("provider-offer-race");
    }
}
