package org.caremarket.web.boundary;

import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.caremarket.access.control.CurrentCaller;
import org.caremarket.platform.control.Writes;
import org.caremarket.web.control.Accounts;
import org.caremarket.web.control.DemoAccounts;
import org.caremarket.web.control.Mailer;
import org.caremarket.web.control.Passwords;
import org.caremarket.web.control.Sessions;
import org.caremarket.web.entity.OneTimeToken;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Accounts for people: sign up, confirm the address by its one-time link, sign in and out, reset a forgotten
 * password by a one-time link, see one's account, and (demo mode only) the demo outbox. Every form posts and
 * redirects (POST-redirect-GET); a form with errors is answered 400 with the error summary and the fields' messages.
 */
@WebServlet(name = "AccountPages", urlPatterns = {"/sign-in", "/sign-up", "/sign-up/check-email", "/sign-out", "/account",
        "/confirm/*", "/password-reset", "/password-reset/*", "/demo/outbox"})
public class AccountPages extends HttpServlet {

    private static final Pattern EMAIL = Pattern.compile("^[^@\\s]{1,64}@[^@\\s.]+(\\.[^@\\s.]+)+$");
    private static final Pattern TOKEN = Pattern.compile("^/[A-Za-z0-9_-]{20,64}$");

    @Inject
    Pages pages;

    @Inject
    Accounts accounts;

    @Inject
    Sessions sessions;

    @Inject
    DemoAccounts demoAccounts;

    @Inject
    Mailer mailer;

    @Inject
    CurrentCaller caller;

    @Inject
    @ConfigProperty(name = "caremarket.public-url")
    String publicUrl;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        switch (request.getServletPath()) {
            case "/sign-in" -> {
                String notice = "yes".equals(request.getParameter("confirmed")) ? "Your email address is confirmed. Sign in."
                        : "yes".equals(request.getParameter("reset")) ? "Your password has been changed. Sign in with it." : null;
                signIn(request, response, 200, List.of(), null, notice);
            }
            case "/sign-up" -> form(request, response, 200, "signUp.jte", "Create an account", List.of(), Map.of("email", ""));
            case "/sign-up/check-email" -> message(request, response, "Check your email", List.of(
                    "If you can use that address, we have sent it a link to confirm it. The link works for 24 hours.",
                    "If no email arrives in a few minutes, check your spam folder, or create the account again."));
            case "/account" -> account(request, response);
            case "/confirm" -> link(request, response, OneTimeToken.Purpose.CONFIRM);
            case "/password-reset" -> {
                if (request.getPathInfo() == null) {
                    form(request, response, 200, "resetRequest.jte", "Reset your password", List.of(), Map.of("email", ""));
                } else if ("/check-email".equals(request.getPathInfo())) {
                    message(request, response, "Check your email", List.of(
                            "If that address has an account, we have sent it a link to choose a new password. The link works for 1 hour."));
                } else {
                    link(request, response, OneTimeToken.Purpose.RESET);
                }
            }
            case "/demo/outbox" -> {
                if (!mailer.demo()) {
                    response.sendError(HttpServletResponse.SC_NOT_FOUND);
                    return;
                }
                pages.render(response, 200, "outbox.jte", PageMeta.of(request, "Demo outbox", PageMeta.Section.ACCOUNT),
                        Map.of("mails", mailer.outbox(50)));
            }
            default -> response.sendError(HttpServletResponse.SC_METHOD_NOT_ALLOWED);
        }
    }

    @Override
    protected void doPost(HttpServletRequest request, HttpServletResponse response) throws IOException {
        switch (request.getServletPath()) {
            case "/sign-in" -> postSignIn(request, response);
            case "/sign-up" -> postSignUp(request, response);
            case "/sign-out" -> {
                sessions.end(WebSessions.id(request));
                WebSessions.forget(response, request);
                seeOther(response, "/");
            }
            case "/confirm" -> {
                if (token(request) == null || accounts.confirm(token(request)).isEmpty()) {
                    expired(request, response);
                } else {
                    seeOther(response, "/sign-in?confirmed=yes");
                }
            }
            case "/password-reset" -> {
                if (request.getPathInfo() == null) {
                    postResetRequest(request, response);
                } else {
                    postReset(request, response);
                }
            }
            default -> response.sendError(HttpServletResponse.SC_METHOD_NOT_ALLOWED);
        }
    }

    private void postSignIn(HttpServletRequest request, HttpServletResponse response) throws IOException {
        String email = value(request, "email");
        String password = request.getParameter("password");
        List<FieldProblem> problems = new ArrayList<>();
        if (email.isEmpty()) {
            problems.add(new FieldProblem("email", "Enter your email address"));
        }
        if (password == null || password.isEmpty()) {
            problems.add(new FieldProblem("password", "Enter your password"));
        }
        if (!problems.isEmpty()) {
            signIn(request, response, 400, problems, email, null);
            return;
        }
        String given = password.length() > Passwords.MAX_LENGTH ? "" : password;
        Accounts.SignIn outcome = Writes.againOnClash(() -> accounts.signIn(email, given, publicUrl));
        switch (outcome.outcome()) {
            case SIGNED_IN -> {
                WebSessions.remember(request, response, sessions.signIn(WebSessions.id(request), outcome.account().id()));
                seeOther(response, "/account");
            }
            case WRONG -> signIn(request, response, 400,
                    List.of(new FieldProblem("email", "Enter the email address and password of your account")), email, null);
            case LOCKED -> signIn(request, response, 429, List.of(new FieldProblem("email",
                    "You have tried to sign in too many times. Try again after " + Words.dateTime(outcome.lockedUntil()))),
                    email, null);
            case UNCONFIRMED -> message(request, response, "Confirm your email address", List.of(
                    "You need to confirm your email address before you can sign in.",
                    "We have sent you a new link to confirm it. It works for 24 hours."));
        }
    }

    private void postSignUp(HttpServletRequest request, HttpServletResponse response) throws IOException {
        String email = value(request, "email");
        String password = request.getParameter("password");
        List<FieldProblem> problems = new ArrayList<>();
        emailProblem(email).ifPresent(m -> problems.add(new FieldProblem("email", m)));
        String passwordProblem = Passwords.problem(password);
        if (passwordProblem != null) {
            problems.add(new FieldProblem("password", passwordProblem));
        }
        if (!problems.isEmpty()) {
            form(request, response, 400, "signUp.jte", "Create an account", problems, Map.of("email", email));
            return;
        }
        Writes.againOnClash(() -> {
            accounts.signUp(email, password, publicUrl);
            return null;
        });
        seeOther(response, "/sign-up/check-email");
    }

    private void postResetRequest(HttpServletRequest request, HttpServletResponse response) throws IOException {
        String email = value(request, "email");
        var problem = emailProblem(email);
        if (problem.isPresent()) {
            form(request, response, 400, "resetRequest.jte", "Reset your password",
                    List.of(new FieldProblem("email", problem.get())), Map.of("email", email));
            return;
        }
        accounts.requestReset(email, publicUrl);
        seeOther(response, "/password-reset/check-email");
    }

    private void postReset(HttpServletRequest request, HttpServletResponse response) throws IOException {
        String token = token(request);
        if (token == null || !accounts.usableLink(token, OneTimeToken.Purpose.RESET)) {
            expired(request, response);
            return;
        }
        String password = request.getParameter("password");
        String problem = Passwords.problem(password);
        if (problem != null) {
            form(request, response, 400, "resetPassword.jte", "Choose a new password",
                    List.of(new FieldProblem("password", problem)), Map.of("action", "/password-reset/" + token));
            return;
        }
        if (!accounts.resetPassword(token, password)) {
            expired(request, response);
            return;
        }
        WebSessions.forget(response, request);
        seeOther(response, "/sign-in?reset=yes");
    }

    /** The page a one-time link opens: a button that does it (a mail scanner following the link changes nothing). */
    private void link(HttpServletRequest request, HttpServletResponse response, OneTimeToken.Purpose purpose) throws IOException {
        String token = token(request);
        if (token == null || !accounts.usableLink(token, purpose)) {
            expired(request, response);
            return;
        }
        if (purpose == OneTimeToken.Purpose.CONFIRM) {
            form(request, response, 200, "confirm.jte", "Confirm your email address", List.of(), Map.of(
                    "action", "/confirm/" + token, "intro", "Confirm this is your email address to finish creating your account.",
                    "button", "Confirm email address"));
        } else {
            form(request, response, 200, "resetPassword.jte", "Choose a new password", List.of(),
                    Map.of("action", "/password-reset/" + token));
        }
    }

    private void expired(HttpServletRequest request, HttpServletResponse response) throws IOException {
        PageMeta meta = PageMeta.of(request, "This link has expired", PageMeta.Section.ACCOUNT);
        pages.render(response, HttpServletResponse.SC_NOT_FOUND, "message.jte", meta, Map.of("paragraphs", List.of(
                "The link has been used already, has expired, or is not complete.",
                "If you copied it from an email, check you copied all of it."), "linkText", "Sign in", "linkHref", "/sign-in"));
    }

    private void account(HttpServletRequest request, HttpServletResponse response) throws IOException {
        if (caller.get().isAnonymous()) {
            seeOther(response, "/sign-in");
            return;
        }
        pages.render(response, 200, "account.jte", PageMeta.of(request, "Your account", PageMeta.Section.ACCOUNT),
                Map.of("caller", caller.get()));
    }

    private void signIn(HttpServletRequest request, HttpServletResponse response, int status, List<FieldProblem> problems,
                        String email, String notice) throws IOException {
        Map<String, Object> model = new HashMap<>();
        model.put("email", email);
        model.put("notice", notice);
        model.put("demoAccounts", demoAccounts.ensure());
        form(request, response, status, "signIn.jte", "Sign in", problems, model);
    }

    /** A page with a form: it needs a session, for the form's CSRF token. */
    private void form(HttpServletRequest request, HttpServletResponse response, int status, String template, String title,
                      List<FieldProblem> problems, Map<String, Object> model) throws IOException {
        var session = WebSessions.ensure(request, response, sessions);
        PageMeta meta = PageMeta.of(request, title, PageMeta.Section.ACCOUNT).withCsrf(session.csrfToken()).withErrors(problems);
        pages.render(response, status, template, meta, model);
    }

    private void message(HttpServletRequest request, HttpServletResponse response, String title, List<String> paragraphs)
            throws IOException {
        Map<String, Object> model = new HashMap<>();
        model.put("paragraphs", paragraphs);
        model.put("linkText", mailer.demo() ? "Open the demo outbox" : null);
        model.put("linkHref", mailer.demo() ? "/demo/outbox" : null);
        pages.render(response, 200, "message.jte", PageMeta.of(request, title, PageMeta.Section.ACCOUNT), model);
    }

    private static java.util.Optional<String> emailProblem(String email) {
        if (email.isEmpty()) {
            return java.util.Optional.of("Enter your email address");
        }
        if (email.length() > 254 || !EMAIL.matcher(email).matches()) {
            return java.util.Optional.of("Enter an email address in the correct format, like name@example.com");
        }
        return java.util.Optional.empty();
    }

    /** POST-redirect-GET: 303, so that the browser fetches the next page with GET and a reload sends nothing again. */
    private static void seeOther(HttpServletResponse response, String path) {
        response.setStatus(HttpServletResponse.SC_SEE_OTHER);
        response.setHeader("Location", path);
    }

    private static String value(HttpServletRequest request, String name) {
        String value = request.getParameter(name);
        return value == null ? "" : value.strip();
    }

    private static String token(HttpServletRequest request) {
        String path = request.getPathInfo();
        return path != null && TOKEN.matcher(path).matches() ? path.substring(1) : null;
    }
}
