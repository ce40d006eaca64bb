package org.caremarket.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.mail.internet.MimeMessage;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.caremarket.Api;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * Accounts over HTTP with a real SMTP server (GreenMail) in the test JVM, where the server under test sends its
 * one-time links (caremarket.mail.smtp.port = smtp.port).
 */
class AccountsIT {

    private static GreenMail smtp;

    @BeforeAll
    static void smtp() {
        smtp = new GreenMail(new ServerSetup(Integer.parseInt(System.getProperty("smtp.port", "2525")), "127.0.0.1", "smtp"));
        smtp.start();
    }

    @AfterAll
    static void stop() {
        smtp.stop();
    }

    private static String address() {
        return "web." + Api.unique().toLowerCase() + "@example.org";
    }

    /** The newest mail to this address, its subject and body. */
    private static String[] mailTo(String address) throws Exception {
        for (int i = 0; i < 50; i++) {
            List<MimeMessage> mine = Arrays.stream(smtp.getReceivedMessages()).filter(m -> {
                try {
                    return m.getAllRecipients()[0].toString().equals(address);
                } catch (Exception e) {
                    return false;
                }
            }).toList();
            if (!mine.isEmpty()) {
                MimeMessage last = mine.get(mine.size() - 1);
                return new String[] {last.getSubject(), String.valueOf(last.getContent()), String.valueOf(mine.size())};
            }
            Thread.sleep(100);
        }
        throw new AssertionError("no email to " + address);
    }

    private static String link(String body, String path) {
        Matcher m = Pattern.compile("https?://[^/\\s]+(" + Pattern.quote(path) + "[A-Za-z0-9_-]+)").matcher(body);
        assertTrue(m.find(), () -> "a " + path + " link in: " + body);
        return m.group(1);
    }

    private static String signUpAndConfirm(WebClient web, String address, String password) throws Exception {
        web.get("/sign-up");
        HttpResponse<String> created = web.post("/sign-up", Map.of("email", address, "password", password));
        assertEquals(303, created.statusCode(), created::body);
        assertTrue(created.headers().firstValue("Location").orElse("").endsWith("/sign-up/check-email"));
        String[] mail = mailTo(address);
        assertEquals("Confirm your email address for CareMarket", mail[0]);
        String confirm = link(mail[1], "/confirm/");
        HttpResponse<String> page = web.get(confirm);
        assertEquals(200, page.statusCode(), page::body);
        assertTrue(page.body().contains("Confirm email address"), "a button, not a change on GET");
        HttpResponse<String> confirmed = web.post(confirm, Map.of());
        assertEquals(303, confirmed.statusCode(), confirmed::body);
        assertEquals(404, web.get(confirm).statusCode(), "the link works once");
        return confirm;
    }

    @Test
    @DisplayName("R14.9 sign up, confirm by the emailed one-time link, sign in, see the account, sign out")
    void signUpConfirmSignIn() throws Exception {
        WebClient web = new WebClient();
        String address = address();
        signUpAndConfirm(web, address, "correct horse battery");
        web.get("/sign-in");
        String before = web.session().orElseThrow().getValue();
        HttpResponse<String> signedIn = web.post("/sign-in", Map.of("email", address.toUpperCase(), "password", "correct horse battery"));
        assertEquals(303, signedIn.statusCode(), signedIn::body);
        assertTrue(signedIn.headers().firstValue("Location").orElse("").endsWith("/account"));
        assertNotEquals(before, web.session().orElseThrow().getValue(), "a new session id at sign-in");
        HttpResponse<String> account = web.get("/account");
        assertEquals(200, account.statusCode());
        assertTrue(account.body().contains(address), "the account page shows the address");
        assertTrue(account.body().contains("Person arranging care"), "a new account is a PERSON");
        assertTrue(account.body().contains("href=\"/account\""), "the navigation shows the account");
        HttpResponse<String> out = web.post("/sign-out", Map.of());
        assertEquals(303, out.statusCode());
        HttpResponse<String> after = web.get("/account");
        assertEquals(303, after.statusCode(), "signed out");
        assertTrue(after.headers().firstValue("Location").orElse("").endsWith("/sign-in"));
    }

    @Test
    @DisplayName("R14.10 the session cookie is HttpOnly and SameSite=Lax (Secure only over TLS); an unconfirmed account cannot sign in")
    void cookieAndUnconfirmed() throws Exception {
        WebClient web = new WebClient();
        HttpResponse<String> form = web.get("/sign-up");
        String cookie = form.headers().allValues("Set-Cookie").stream().filter(c -> c.startsWith("cm_session=")).findFirst()
                .orElseThrow(() -> new AssertionError("a session for the form's CSRF token"));
        assertTrue(cookie.contains("HttpOnly"), cookie);
        assertTrue(cookie.contains("SameSite=Lax"), cookie);
        assertFalse(cookie.contains("Secure"), "not over plain HTTP: " + cookie);
        assertFalse(cookie.contains("Expires") || cookie.contains("Max-Age"), "for this browser session only");
        String address = address();
        web.post("/sign-up", Map.of("email", address, "password", "a long enough secret"));
        mailTo(address);
        web.get("/sign-in");
        HttpResponse<String> unconfirmed = web.post("/sign-in", Map.of("email", address, "password", "a long enough secret"));
        assertEquals(200, unconfirmed.statusCode());
        assertTrue(unconfirmed.body().contains("Confirm your email address"), unconfirmed.body());
        assertEquals("2", mailTo(address)[2], "a new link was sent");
        assertEquals(303, web.get("/account").statusCode(), "not signed in");
    }

    @Test
    @DisplayName("R14.11 every form needs the session's CSRF token: none, or another session's, is a 403 and changes nothing")
    void csrf() throws Exception {
        WebClient web = new WebClient();
        web.get("/sign-up");
        String address = address();
        HttpResponse<String> none = web.postRaw("/sign-up", Map.of("email", address, "password", "a long enough secret"));
        assertEquals(403, none.statusCode());
        WebClient other = new WebClient();
        other.get("/sign-up");
        HttpResponse<String> foreign = web.postRaw("/sign-up", Map.of("csrf", other.csrf(), "email", address,
                "password", "a long enough secret"));
        assertEquals(403, foreign.statusCode());
        HttpResponse<String> noSession = new WebClient().postRaw("/sign-in", Map.of("csrf", web.csrf(), "email", address,
                "password", "x"));
        assertEquals(403, noSession.statusCode(), "a token without its session");
        Thread.sleep(500);
        assertEquals(0, Arrays.stream(smtp.getReceivedMessages()).filter(m -> {
            try {
                return m.getAllRecipients()[0].toString().equals(address);
            } catch (Exception e) {
                return false;
            }
        }).count(), "no account was made");
    }

    @Test
    @DisplayName("R14.12 five wrong passwords lock sign-in for that address, even with the right one, and the same for an unknown address")
    void attemptsLimited() throws Exception {
        WebClient web = new WebClient();
        String address = address();
        signUpAndConfirm(web, address, "the right password");
        web.get("/sign-in");
        for (int i = 0; i < 4; i++) {
            HttpResponse<String> wrong = web.post("/sign-in", Map.of("email", address, "password", "wrong password " + i));
            assertEquals(400, wrong.statusCode());
            assertTrue(wrong.body().contains("Enter the email address and password of your account"));
            assertTrue(wrong.body().contains("value=\"" + address + "\""), "the address is kept");
            assertFalse(wrong.body().contains("wrong password"), "the password is not");
        }
        assertEquals(429, web.post("/sign-in", Map.of("email", address, "password", "wrong again")).statusCode());
        HttpResponse<String> locked = web.post("/sign-in", Map.of("email", address, "password", "the right password"));
        assertEquals(429, locked.statusCode());
        assertTrue(locked.body().contains("You have tried to sign in too many times"), locked.body());
        String nobody = address();
        for (int i = 0; i < 5; i++) {
            web.post("/sign-in", Map.of("email", nobody, "password", "guess " + i));
        }
        assertEquals(429, web.post("/sign-in", Map.of("email", nobody, "password", "guess")).statusCode(),
                "an unknown address is locked the same way: the lock tells nothing");
    }

    @Test
    @DisplayName("R14.13 a forgotten password is reset by an emailed one-time link; the old one stops working")
    void passwordReset() throws Exception {
        WebClient web = new WebClient();
        String address = address();
        signUpAndConfirm(web, address, "my old password");
        web.get("/password-reset");
        HttpResponse<String> asked = web.post("/password-reset", Map.of("email", address));
        assertEquals(303, asked.statusCode(), asked::body);
        String[] mail = mailTo(address);
        assertEquals("Reset your CareMarket password", mail[0]);
        String reset = link(mail[1], "/password-reset/");
        web.get(reset);
        HttpResponse<String> tooShort = web.post(reset, Map.of("password", "short"));
        assertEquals(400, tooShort.statusCode());
        assertTrue(tooShort.body().contains("Password must be 10 characters or more"));
        assertEquals(303, web.post(reset, Map.of("password", "my brand new password")).statusCode());
        assertEquals(404, web.get(reset).statusCode(), "the link works once");
        web.get("/sign-in");
        assertEquals(400, web.post("/sign-in", Map.of("email", address, "password", "my old password")).statusCode());
        assertEquals(303, web.post("/sign-in", Map.of("email", address, "password", "my brand new password")).statusCode());

        WebClient stranger = new WebClient();
        stranger.get("/password-reset");
        String unknown = address();
        HttpResponse<String> same = stranger.post("/password-reset", Map.of("email", unknown));
        assertEquals(303, same.statusCode(), "the same answer for an address with no account");
    }

    @Test
    @DisplayName("R14.14 signing up again with a known address changes nothing and tells its owner by email; bad input is a 400 with the GOV.UK error summary")
    void signUpAgainAndErrors() throws Exception {
        WebClient web = new WebClient();
        String address = address();
        signUpAndConfirm(web, address, "first password here");
        web.get("/sign-up");
        assertEquals(303, web.post("/sign-up", Map.of("email", address, "password", "second password here")).statusCode());
        assertEquals("You already have a CareMarket account", mailTo(address)[0]);
        web.get("/sign-in");
        assertEquals(303, web.post("/sign-in", Map.of("email", address, "password", "first password here")).statusCode(),
                "the password is unchanged");

        WebClient fresh = new WebClient();
        fresh.get("/sign-up");
        HttpResponse<String> bad = fresh.post("/sign-up", Map.of("email", "not an address", "password", "short"));
        assertEquals(400, bad.statusCode());
        assertTrue(bad.body().contains("<title>Error: Create an account – CareMarket</title>"), bad.body());
        assertTrue(bad.body().contains("<a href=\"#email\">Enter an email address in the correct format, like name@example.com</a>"));
        assertTrue(bad.body().contains("<a href=\"#password\">Password must be 10 characters or more</a>"));
        assertTrue(bad.body().contains("value=\"not an address\""), "the address is kept");
    }

    @Test
    @DisplayName("R14.15 demo mode: demo accounts carry their demo key's role and scope; the demo outbox shows the emails sent")
    void demo() throws Exception {
        WebClient web = new WebClient();
        HttpResponse<String> page = web.get("/sign-in");
        assertTrue(page.body().contains("provider@caremarket.example"), "the demo accounts are listed");
        assertEquals(303, web.post("/sign-in", Map.of("email", "provider@caremarket.example", "password", "caremarket-demo"))
                .statusCode());
        HttpResponse<String> account = web.get("/account");
        assertTrue(account.body().contains("Care provider&#39;s staff") || account.body().contains("Care provider's staff"),
                account.body());
        assertTrue(account.body().contains("Acts for provider"), "bound to the demo key's provider");

        String address = address();
        WebClient other = new WebClient();
        other.get("/password-reset");
        signUpAndConfirm(other, address, "an outbox password");
        HttpResponse<String> outbox = other.get("/demo/outbox");
        assertEquals(200, outbox.statusCode());
        assertTrue(outbox.body().contains(address), "the mail is in the outbox");
    }

    /** Every email to this address, in order, once {@code count} have come (or what came in 20 s). */
    private static List<String> subjectsTo(String address, int count) throws Exception {
        List<String> subjects = new ArrayList<>();
        for (int i = 0; i < 200 && subjects.size() < count; i++) {
            subjects.clear();
            for (MimeMessage m : smtp.getReceivedMessages()) {
                if (m.getAllRecipients()[0].toString().equals(address)) {
                    subjects.add(m.getSubject());
                }
            }
            Thread.sleep(100);
        }
        return subjects;
    }

    /** Posts one form from each client at the same moment; the statuses in the clients' order. */
    private static List<Integer> atOnce(List<WebClient> clients, String path, Map<String, String> form) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(clients.size());
        try {
            CountDownLatch start = new CountDownLatch(1);
            List<Future<Integer>> answers = new ArrayList<>();
            for (WebClient client : clients) {
                answers.add(pool.submit(() -> {
                    start.await();
                    return client.post(path, form).statusCode();
                }));
            }
            start.countDown();
            List<Integer> statuses = new ArrayList<>();
            for (Future<Integer> answer : answers) {
                statuses.add(answer.get());
            }
            return statuses;
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    @DisplayName("R14.14 ten sign-ups with one new address at the same moment are each answered as usual (no 500): one account, one confirmation email, nine 'you already have an account'")
    void simultaneousSignUps() throws Exception {
        String address = address();
        List<WebClient> clients = new ArrayList<>();
        for (int i = 0; i < 10; i++) {
            WebClient client = new WebClient();
            client.get("/sign-up");
            clients.add(client);
        }
        List<Integer> statuses = atOnce(clients, "/sign-up", Map.of("email", address, "password", "correct horse battery"));
        assertEquals(List.of(303, 303, 303, 303, 303, 303, 303, 303, 303, 303), statuses);
        List<String> subjects = subjectsTo(address, 10);
        assertEquals(10, subjects.size(), () -> "one email a sign-up: " + subjects);
        assertEquals(1, subjects.stream().filter("Confirm your email address for CareMarket"::equals).count(),
                () -> "one account, so one confirmation (none for a sign-up that lost the race): " + subjects);
        assertEquals(9, subjects.stream().filter("You already have a CareMarket account"::equals).count(), subjects::toString);
    }

    @Test
    @DisplayName("R14.12 ten wrong passwords for one new address at the same moment: none is a 500 and none is lost — four are refused, the fifth locks, the rest are locked out")
    void simultaneousFailures() throws Exception {
        String nobody = address();
        List<WebClient> clients = new ArrayList<>();
        for (int i = 0; i < 10; i++) {
            WebClient client = new WebClient();
            client.get("/sign-in");
            clients.add(client);
        }
        List<Integer> statuses = atOnce(clients, "/sign-in", Map.of("email", nobody, "password", "a guess"));
        assertEquals(4, statuses.stream().filter(s -> s == 400).count(), statuses::toString);
        assertEquals(6, statuses.stream().filter(s -> s == 429).count(), statuses::toString);
    }

    @Test
    @DisplayName("R14.11 a form answer with a control character or a bidirectional override is a 400 page naming the answer, as the API refuses it in JSON, and makes no account")
    void formTextReadLikeJson() throws Exception {
        List<String> addresses = new ArrayList<>();
        for (String bad : List.of("a\u0001b", "ab\u202Ec", "a\u0000b")) {
            WebClient web = new WebClient();
            web.get("/sign-up");
            String address = address();
            HttpResponse<String> refused = web.post("/sign-up", Map.of("email", address, "password", "long enough " + bad));
            assertEquals(400, refused.statusCode(), refused::body);
            assertTrue(refused.body().contains("Your answers cannot be saved"), refused::body);
            assertTrue(refused.body().contains("The answer to &#39;password&#39;") || refused.body().contains("The answer to 'password'"),
                    refused::body);
            addresses.add(address);
        }
        Thread.sleep(1000); // a mail is sent before the answer; a second for a slow one
        for (MimeMessage m : smtp.getReceivedMessages()) {
            assertFalse(addresses.contains(m.getAllRecipients()[0].toString()), "no account, so no email");
        }
    }
}
