package org.caremarket.web.boundary;

import jakarta.inject.Inject;
import jakarta.servlet.DispatcherType;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Optional;
import org.caremarket.access.control.CurrentCaller;
import org.caremarket.platform.control.StrictJson;
import org.caremarket.web.control.Accounts;
import org.caremarket.web.control.Sessions;
import org.caremarket.web.entity.Secrets;
import org.caremarket.web.entity.WebSession;

/**
 * The pages' side of sign-in. For every page request (not the API, which takes keys, nor the assets) the session
 * cookie's session is looked up; a signed-in account becomes the request's {@link CurrentCaller}, with its role and
 * scope, exactly as an API key would. Every POST must carry the session's CSRF token in the form field {@code csrf}:
 * without a session, or with another token, it is refused (403) before any page sees it.
 */
@WebFilter(filterName = "WebSessions", urlPatterns = "/*", dispatcherTypes = DispatcherType.REQUEST)
public class WebSessions extends HttpFilter {

    public static final String COOKIE = "cm_session";
    static final String SESSION = WebSessions.class.getName() + ".session";
    static final String ID = WebSessions.class.getName() + ".id";
    static final String EMAIL = WebSessions.class.getName() + ".email";

    @Inject
    Sessions sessions;

    @Inject
    Accounts accounts;

    @Inject
    CurrentCaller caller;

    @Inject
    WebErrorPage errorPage;

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        String path = request.getRequestURI();
        if (path.startsWith("/api/") || path.equals("/api") || path.startsWith("/assets/")
                || path.startsWith("/oruk/") || path.equals("/oruk")) { // the ORUK feed: public, read-only, no sessions
            chain.doFilter(request, response);
            return;
        }
        String id = cookie(request);
        Optional<WebSession> session = sessions.find(id);
        session.ifPresent(s -> {
            request.setAttribute(SESSION, s);
            request.setAttribute(ID, id);
            if (s.accountId() != null) {
                accounts.find(s.accountId()).filter(a -> a.isConfirmed()).ifPresent(a -> {
                    caller.set(Accounts.callerOf(a));
                    request.setAttribute(EMAIL, a.email());
                });
            }
        });
        if ("POST".equals(request.getMethod())
                && (session.isEmpty() || !Secrets.same(session.get().csrfToken(), request.getParameter("csrf")))) {
            response.sendError(HttpServletResponse.SC_FORBIDDEN);
            return;
        }
        if ("POST".equals(request.getMethod())) {
            for (var field : request.getParameterMap().entrySet()) {
                for (String answer : field.getValue()) {
                    String problem = StrictJson.textProblem(answer);
                    if (problem != null) { // what the API refuses in JSON, a form may not save either
                        errorPage.write(response, HttpServletResponse.SC_BAD_REQUEST, "Your answers cannot be saved",
                                "The answer to '" + field.getKey() + "' " + problem
                                        + ", which a form cannot take. Go back, take it out and try again.");
                        return;
                    }
                }
            }
        }
        chain.doFilter(request, response);
    }

    /** This request's session; one is started (and its cookie set) if there is none, for a page with a form. */
    static WebSession ensure(HttpServletRequest request, HttpServletResponse response, Sessions sessions) {
        Object known = request.getAttribute(SESSION);
        if (known instanceof WebSession s) {
            return s;
        }
        Sessions.Live live = sessions.start(null);
        remember(request, response, live);
        return live.session();
    }

    /** Puts a session in the cookie: HttpOnly, SameSite=Lax, Secure when the request came over TLS, for this browser session only. */
    static void remember(HttpServletRequest request, HttpServletResponse response, Sessions.Live live) {
        request.setAttribute(SESSION, live.session());
        request.setAttribute(ID, live.id());
        response.addHeader("Set-Cookie", COOKIE + "=" + live.id() + "; Path=/; HttpOnly; SameSite=Lax"
                + (request.isSecure() ? "; Secure" : ""));
    }

    static void forget(HttpServletResponse response, HttpServletRequest request) {
        response.addHeader("Set-Cookie", COOKIE + "=; Path=/; Max-Age=0; HttpOnly; SameSite=Lax"
                + (request.isSecure() ? "; Secure" : ""));
    }

    /** The signed-in account's email address, or null. */
    static String email(HttpServletRequest request) {
        return request.getAttribute(EMAIL) instanceof String email ? email : null;
    }

    static String id(HttpServletRequest request) {
        return request.getAttribute(ID) instanceof String id ? id : null;
    }

    static Optional<WebSession> current(HttpServletRequest request) {
        return request.getAttribute(SESSION) instanceof WebSession s ? Optional.of(s) : Optional.empty();
    }

    private static String cookie(HttpServletRequest request) {
        Cookie[] cookies = request.getCookies();
        if (cookies == null) {
            return null;
        }
        for (Cookie c : cookies) {
            if (COOKIE.equals(c.getName())) {
                return c.getValue();
            }
        }
        return null;
    }
}
