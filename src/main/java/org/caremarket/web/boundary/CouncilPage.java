package org.caremarket.web.boundary;

import jakarta.inject.Inject;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;
import org.caremarket.access.control.CurrentCaller;
import org.caremarket.access.entity.Caller;
import org.caremarket.platform.entity.DomainFailure;
import org.caremarket.platform.entity.Role;
import org.caremarket.web.control.Sessions;

/**
 * What the council's pages share. A visitor who is not signed in is sent to sign in; the roles a page allows are
 * checked first (403 in the layout otherwise), and the capabilities' own checks (a COMMISSIONER or BROKER reads its own
 * council, an ADMIN any) stand behind them, as for the API. A failure the domain names (404, 409, 403) is shown as the
 * product's page with its status and words, never a stack trace.
 */
abstract class CouncilPage extends HttpServlet {

    /** A council's GSS code, as the API takes it. */
    static final Pattern COUNCIL = Pattern.compile("^E(06|07|08|09|10)[0-9]{6}$");

    @Inject
    Pages pages;

    @Inject
    CurrentCaller caller;

    @Inject
    Sessions sessions;

    /** The roles that may open this servlet's pages (each page may ask for fewer). */
    abstract Role[] roles();

    /** Pages anyone may read without signing in (none by default). */
    boolean isPublic(HttpServletRequest request) {
        return false;
    }

    @Override
    protected void service(HttpServletRequest request, HttpServletResponse response) throws ServletException, IOException {
        if (!isPublic(request)) {
            Caller who = caller.get();
            if (who.isAnonymous()) {
                seeOther(response, "/sign-in");
                return;
            }
            if (!List.of(roles()).contains(who.role())) {
                problem(request, response, 403, "You cannot see this page",
                        "Your account is for " + Words.role(who.role()).toLowerCase(java.util.Locale.UK)
                                + ". These pages are for council staff.");
                return;
            }
        }
        try {
            super.service(request, response);
        } catch (RuntimeException failure) {
            Optional<DomainFailure> named = DomainFailure.within(failure);
            if (named.isEmpty() || response.isCommitted()) {
                throw failure;
            }
            DomainFailure f = named.get();
            String heading = switch (f.status()) {
                case 404 -> "Page not found";
                case 403 -> "You cannot see this page";
                case 409 -> "Someone else changed this first";
                default -> "There is a problem";
            };
            problem(request, response, f.status(), heading, f.detail());
        }
    }

    void problem(HttpServletRequest request, HttpServletResponse response, int status, String heading, String detail)
            throws IOException {
        pages.render(response, status, "error.jte", PageMeta.of(request, heading, PageMeta.Section.COUNCIL),
                Map.of("status", status, "heading", heading, "detail", detail == null ? "" : detail));
    }

    /** A page of the council's part of the service; with a CSRF token when it has a form. */
    PageMeta meta(HttpServletRequest request, HttpServletResponse response, String title) {
        var session = WebSessions.ensure(request, response, sessions);
        return PageMeta.of(request, title, PageMeta.Section.COUNCIL).withCsrf(session.csrfToken());
    }

    /** The council an ADMIN names ({@code council=}): null when absent or not a GSS code; others read their own. */
    String council(HttpServletRequest request) {
        if (!caller.get().is(Role.ADMIN)) {
            return caller.get().councilCode();
        }
        String code = value(request, "council");
        return COUNCIL.matcher(code).matches() ? code : null;
    }

    /** "?council=…" for an ADMIN's links (it reads the council it chose), "" for others. */
    String councilQuery(String code, char first) {
        return caller.get().is(Role.ADMIN) && code != null ? first + "council=" + code : "";
    }

    /** POST-redirect-GET: 303, so that the browser fetches the next page with GET and a reload sends nothing again. */
    static void seeOther(HttpServletResponse response, String path) {
        response.setStatus(HttpServletResponse.SC_SEE_OTHER);
        response.setHeader("Location", path);
    }

    static String value(HttpServletRequest request, String name) {
        String value = request.getParameter(name);
        return value == null ? "" : value.strip();
    }

    void notFound(HttpServletRequest request, HttpServletResponse response) throws IOException {
        problem(request, response, 404, "Page not found", "If you typed the web address, check it is correct.");
    }
}
