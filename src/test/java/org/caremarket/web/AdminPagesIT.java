package org.caremarket.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.http.HttpResponse;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.caremarket.Api;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** An administrator's pages: keys issued, shown once, used, rotated and revoked; the audit search; in a browser too. */
class AdminPagesIT {

    private static final Pattern SECRET = Pattern.compile("id=\"secret\">([^<]+)<");

    @Test
    @DisplayName("R14.69 API keys from the pages: issue with a role and scope (errors inline), the secret shown once and "
            + "working as a key, rotate (the old secret stops), revoke (the key stops); the audit search finds it; ADMIN only")
    void keys() {
        WebClient web = CouncilPagesIT.signedIn("admin@caremarket.example");
        assertEquals(200, web.get("/admin/keys").statusCode());
        HttpResponse<String> bad = web.post("/admin/keys", Map.of("role", "WIZARD", "label", "", "councilCode", "Leeds"));
        assertEquals(400, bad.statusCode());
        assertTrue(bad.body().contains("href=\"#role\"") && bad.body().contains("href=\"#label\"") && bad.body().contains("href=\"#councilCode\""));
        HttpResponse<String> noCouncil = web.post("/admin/keys", Map.of("role", "BROKER", "label", "no council"));
        assertEquals(400, noCouncil.statusCode(), "access's own rule: a broker key names its council");
        assertTrue(noCouncil.body().contains("href=\"#councilCode\""));
        String label = "pages key " + Api.unique();
        HttpResponse<String> issued = web.post("/admin/keys", Map.of("role", "BROKER", "label", label, "councilCode", "E08000035"));
        assertEquals(303, issued.statusCode());
        String shownAt = issued.headers().firstValue("Location").orElseThrow();
        HttpResponse<String> shown = web.get(shownAt);
        assertEquals(200, shown.statusCode());
        Matcher secret = SECRET.matcher(shown.body());
        assertTrue(secret.find(), "the secret is on the page");
        assertEquals(200, Api.get("/api/care-packages", secret.group(1)).status(), "the secret works as a broker key");
        assertEquals(404, web.get(shownAt).statusCode(), "shown once only");

        String keys = web.get("/admin/keys").body();
        int at = keys.indexOf(label);
        Matcher id = Pattern.compile("action=\"/admin/keys/([A-Za-z0-9_-]+)/rotate\"").matcher(keys.substring(at));
        assertTrue(id.find());
        HttpResponse<String> rotated = web.post("/admin/keys/" + id.group(1) + "/rotate", Map.of());
        assertEquals(303, rotated.statusCode());
        Matcher fresh = SECRET.matcher(web.get(rotated.headers().firstValue("Location").orElseThrow()).body());
        assertTrue(fresh.find());
        assertEquals(401, Api.get("/api/care-packages", secret.group(1)).status(), "the old secret stops");
        assertEquals(200, Api.get("/api/care-packages", fresh.group(1)).status(), "the new one works");
        web.get("/admin/keys");
        assertEquals(303, web.post("/admin/keys/" + id.group(1) + "/revoke", Map.of()).statusCode());
        assertEquals(401, Api.get("/api/care-packages", fresh.group(1)).status(), "revoked");

        HttpResponse<String> audit = web.get("/admin/audit?targetId=" + id.group(1));
        assertEquals(200, audit.statusCode());
        String words = CouncilPagesIT.text(audit);
        assertTrue(words.contains("key.issue") && words.contains("key.rotate") && words.contains("key.revoke"), words);
        assertEquals(400, web.get("/admin/audit?from=yesterday").statusCode());
        assertEquals(404, web.get("/admin/audit?page=0").statusCode());

        assertEquals(403, CouncilPagesIT.signedIn("commissioner.leeds@caremarket.example").get("/admin/keys").statusCode());
        assertEquals(303, new WebClient().get("/admin/audit").statusCode(), "sign in first");
    }

    @Test
    @DisplayName("R14.69 the admin pages in the browser: keys, a form with errors, a secret shown, the audit; axe, 320 px, "
            + "with and without JavaScript")
    void inTheBrowser() {
        try (Browser browser = Browser.withJavaScript(); Browser plain = Browser.withoutJavaScript()) {
            for (Browser b : java.util.List.of(browser, plain)) {
                b.open("/sign-in");
                b.find("#email").sendKeys("admin@caremarket.example");
                b.find("#password").sendKeys("caremarket-demo");
                b.find("form button[type=submit]").click();
                assertTrue(b.titleStartingWith("Your account").startsWith("Your account"), b.title());
            }
            browser.open("/council").check("admin-hub");
            browser.open("/admin/keys").check("admin-keys");
            plain.open("/admin/keys").check("admin-keys");
            browser.find("form[action='/admin/keys'] button").click();
            assertTrue(browser.titleStartingWith("Error: ").startsWith("Error: API keys"), browser.title());
            browser.check("admin-keys-errors");
            new org.openqa.selenium.support.ui.Select(browser.find("#role")).selectByValue("PROVIDER");
            browser.find("#label").sendKeys("browser key " + Api.unique());
            browser.find("#providerId").sendKeys(Api.newProvider("Admin pages " + Api.unique()));
            browser.find("form[action='/admin/keys'] button").click();
            assertTrue(browser.titleStartingWith("Copy").startsWith("Copy the key's secret now"), browser.title());
            browser.check("admin-secret");
            browser.open("/admin/audit?action=key.issue").check("admin-audit");
            plain.open("/admin/audit?from=nonsense").check("admin-audit-errors");
        }
    }
}
