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

    static HttpResponse<String> upload(WebClient web, String csrf, String fileName, String content) throws Exception {
        String boundary = "----cm" + Api.unique();
        StringBuilder body = new StringBuilder();
        body.append("--").append(boundary).append("\r\nContent-Disposition: form-data; name=\"csrf\"\r\n\r\n").append(csrf).append("\r\n");
        if (fileName != null) {
            body.append("--").append(boundary).append("\r\nContent-Disposition: form-data; name=\"file\"; filename=\"").append(fileName)
                    .append("\"\r\nContent-Type: text/csv\r\n\r\n").append(content).append("\r\n");
        }
        body.append("--").append(boundary).append("--\r\n");
        java.net.http.HttpClient client = java.net.http.HttpClient.newBuilder().cookieHandler(web.cookies).build();
        return client.send(java.net.http.HttpRequest.newBuilder(Api.uri("/admin/cqc-imports"))
                .header("Content-Type", "multipart/form-data; boundary=" + boundary)
                .POST(java.net.http.HttpRequest.BodyPublishers.ofString(body.toString())).build(),
                java.net.http.HttpResponse.BodyHandlers.ofString());
    }

    static String directoryFile() throws java.io.IOException {
        try (var in = AdminPagesIT.class.getResourceAsStream("/cqc/directory-extract.csv")) {
            String run = Integer.toString(java.util.concurrent.ThreadLocalRandom.current().nextInt(10_000, 100_000));
            return new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8).replace("{RUN}", run);
        }
    }

    @Test
    @DisplayName("R14.70 CQC imports from the pages: upload a directory file (none, or one that is not a directory file, is a "
            + "400 with the error summary and nothing imported), follow the job to its result and row errors; ADMIN only")
    void cqcImports() throws Exception {
        WebClient web = CouncilPagesIT.signedIn("admin@caremarket.example");
        assertEquals(200, web.get("/admin/cqc-imports").statusCode());
        assertEquals(400, upload(web, web.csrf(), null, null).statusCode(), "no file");
        HttpResponse<String> wrong = upload(web, web.csrf(), "notes.csv", "just,some\r\nwords,here\r\n");
        assertEquals(400, wrong.statusCode());
        assertTrue(wrong.body().contains("The file is not a CQC directory file"), wrong.body());
        assertEquals(403, upload(web, "not-the-token", "x.csv", "a").statusCode(), "the CSRF token is checked on uploads too");
        HttpResponse<String> started = upload(web, web.csrf(), "directory-extract.csv", directoryFile());
        assertEquals(303, started.statusCode(), started.body());
        String job = started.headers().firstValue("Location").orElseThrow();
        String words = "";
        for (int i = 0; i < 300; i++) {
            words = CouncilPagesIT.text(web.get(job));
            if (words.contains("Finished")) {
                break;
            }
            Thread.sleep(200);
        }
        assertTrue(words.contains("Succeeded") && words.contains("created"), words);
        assertTrue(words.contains("13 of 13 rows") || words.matches(".*\\d+ of \\d+ rows.*"), words);
        assertEquals(404, web.get("/admin/cqc-imports/00000000-0000-0000-0000-000000000000").statusCode());
        assertEquals(403, CouncilPagesIT.signedIn("broker.leeds@caremarket.example").get("/admin/cqc-imports").statusCode());
    }

    @Test
    @DisplayName("R14.70 the CQC import pages in the browser: the upload form, its error, a job's page; axe, 320 px")
    void cqcImportsInTheBrowser() throws Exception {
        java.nio.file.Path file = java.nio.file.Files.createTempFile("cqc-directory", ".csv");
        java.nio.file.Files.writeString(file, directoryFile());
        try (Browser browser = Browser.withJavaScript()) {
            browser.open("/sign-in");
            browser.find("#email").sendKeys("admin@caremarket.example");
            browser.find("#password").sendKeys("caremarket-demo");
            browser.find("form button[type=submit]").click();
            browser.titleStartingWith("Your account");
            browser.open("/admin/cqc-imports").check("admin-cqc-imports");
            browser.find("form button[type=submit]").click();
            assertTrue(browser.titleStartingWith("Error: ").startsWith("Error: CQC imports"), browser.title());
            browser.check("admin-cqc-imports-errors");
            browser.find("#file").sendKeys(file.toString());
            browser.find("form button[type=submit]").click();
            assertTrue(browser.titleStartingWith("CQC import ").startsWith("CQC import "), browser.title());
            browser.check("admin-cqc-import");
        } finally {
            java.nio.file.Files.deleteIfExists(file);
        }
    }
}
