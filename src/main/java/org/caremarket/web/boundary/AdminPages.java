package org.caremarket.web.boundary;

import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.caremarket.access.control.ApiKeys;
import org.caremarket.access.control.AuditTrail;
import org.caremarket.access.entity.ApiKey;
import org.caremarket.platform.entity.DomainFailure;
import org.caremarket.platform.entity.InvalidInput;
import org.caremarket.platform.entity.Role;
import org.caremarket.web.entity.Secrets;

/**
 * An administrator's pages: API keys (issue with a role and scope, rotate, revoke; a new secret is shown once) and
 * the audit search. Access's {@code ApiKeys} and {@code AuditTrail} do the work and the checks, as for the API.
 */
@WebServlet(name = "AdminPages", urlPatterns = {"/admin/keys", "/admin/keys/*", "/admin/audit"})
public class AdminPages extends CouncilPage {

    private static final Pattern KEY_ACTION = Pattern.compile("^/([A-Za-z0-9_-]{1,40})/(rotate|revoke)$");
    private static final Pattern SHOWN = Pattern.compile("^/secret/([A-Za-z0-9_-]{20,64})$");
    static final int AUDIT_PAGE = 25;

    /** A new secret waiting to be shown, once, on the page the POST redirects to (kept for five minutes, in memory). */
    record Pending(String keyId, String label, String secret, String by, Instant until) {
    }

    private final Map<String, Pending> pending = new ConcurrentHashMap<>();

    @Inject
    ApiKeys keys;

    @Inject
    AuditTrail audit;

    @Inject
    Clock clock;

    @Override
    Role[] roles() {
        return new Role[] {Role.ADMIN};
    }

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        if (request.getServletPath().equals("/admin/audit")) {
            audit(request, response);
            return;
        }
        String info = request.getPathInfo() == null ? "" : request.getPathInfo();
        if (info.isEmpty()) {
            keys(request, response, 200, List.of(), Map.of());
            return;
        }
        Matcher shown = SHOWN.matcher(info);
        if (shown.matches()) {
            Pending p = pending.remove(shown.group(1));
            if (p == null || p.until().isBefore(clock.instant()) || !p.by().equals(caller.get().keyId())) {
                problem(request, response, 404, "This secret has been shown already",
                        "A key's secret is shown once. If it was not kept, rotate the key to get a new one.");
                return;
            }
            pages.render(response, 200, "admin/secret.jte", meta(request, response, "Copy the key's secret now"),
                    Map.of("keyId", p.keyId(), "label", p.label(), "secret", p.secret()));
            return;
        }
        notFound(request, response);
    }

    @Override
    protected void doPost(HttpServletRequest request, HttpServletResponse response) throws IOException {
        if (request.getServletPath().equals("/admin/audit")) {
            notFound(request, response);
            return;
        }
        String info = request.getPathInfo() == null ? "" : request.getPathInfo();
        if (info.isEmpty()) {
            issue(request, response);
            return;
        }
        Matcher m = KEY_ACTION.matcher(info);
        if (!m.matches()) {
            notFound(request, response);
            return;
        }
        if (m.group(2).equals("rotate")) {
            ApiKey.Issued issued = keys.rotate(caller.get(), m.group(1));
            seeOther(response, "/admin/keys/secret/" + remember(issued));
        } else {
            keys.revoke(caller.get(), m.group(1));
            seeOther(response, "/admin/keys?revoked=" + m.group(1));
        }
    }

    private String remember(ApiKey.Issued issued) {
        Instant now = clock.instant();
        pending.values().removeIf(p -> p.until().isBefore(now));
        String token = Secrets.random();
        pending.put(token, new Pending(issued.key().id(), issued.key().label(), issued.secret(), caller.get().keyId(),
                now.plus(Duration.ofMinutes(5))));
        return token;
    }

    private void issue(HttpServletRequest request, HttpServletResponse response) throws IOException {
        Map<String, String> v = new HashMap<>();
        for (String f : List.of("role", "providerId", "councilCode", "subjectId", "label")) {
            v.put(f, value(request, f));
        }
        List<FieldProblem> problems = new ArrayList<>();
        Role role = NewRequestPages.parse(Role.class, v.get("role"));
        if (role == null) {
            problems.add(new FieldProblem("role", "Select the key's role"));
        }
        if (v.get("label").isEmpty()) {
            problems.add(new FieldProblem("label", "Say what the key is for"));
        } else if (v.get("label").length() > 100) {
            problems.add(new FieldProblem("label", "The label must be 100 characters or fewer"));
        }
        if (v.get("providerId").length() > 36) {
            problems.add(new FieldProblem("providerId", "A provider's id is 36 characters"));
        }
        if (v.get("subjectId").length() > 36) {
            problems.add(new FieldProblem("subjectId", "The subject's id must be 36 characters or fewer"));
        }
        if (!v.get("councilCode").isEmpty() && !COUNCIL.matcher(v.get("councilCode")).matches()) {
            problems.add(new FieldProblem("councilCode", "Enter a council's GSS code, like E08000035"));
        }
        if (!problems.isEmpty()) {
            keys(request, response, 400, problems, v);
            return;
        }
        ApiKey.Issued issued;
        try {
            issued = keys.issue(caller.get(), role, blank(v.get("providerId")), blank(v.get("councilCode")),
                    blank(v.get("subjectId")), v.get("label"));
        } catch (RuntimeException failure) {
            var named = DomainFailure.within(failure);
            if (named.isPresent() && named.get() instanceof InvalidInput invalid) {
                keys(request, response, 400, invalid.errors().stream()
                        .map(e -> new FieldProblem(e.field(), Words.code(e.field()) + ": " + e.message())).toList(), v);
                return;
            }
            throw failure;
        }
        seeOther(response, "/admin/keys/secret/" + remember(issued));
    }

    private void keys(HttpServletRequest request, HttpServletResponse response, int status, List<FieldProblem> problems,
                      Map<String, String> values) throws IOException {
        Map<String, Object> model = new HashMap<>();
        model.put("keys", keys.visibleTo(caller.get()));
        model.put("values", values);
        model.put("revoked", value(request, "revoked"));
        pages.render(response, status, "admin/keys.jte", meta(request, response, "API keys").withErrors(problems), model);
    }

    private void audit(HttpServletRequest request, HttpServletResponse response) throws IOException {
        Map<String, String> v = new HashMap<>();
        for (String f : List.of("targetId", "keyId", "action", "from", "to", "page")) {
            v.put(f, value(request, f));
        }
        List<FieldProblem> problems = new ArrayList<>();
        Instant from = day(v.get("from"), "from", problems, false);
        Instant to = day(v.get("to"), "to", problems, true);
        int page = 1;
        if (!v.get("page").isEmpty()) {
            page = v.get("page").matches("[1-9][0-9]{0,3}") ? Integer.parseInt(v.get("page")) : -1;
            if (page < 1) {
                notFound(request, response);
                return;
            }
        }
        for (String f : List.of("targetId", "keyId", "action")) {
            if (v.get(f).length() > 100) {
                problems.add(new FieldProblem(f, "Must be 100 characters or fewer"));
            }
        }
        Map<String, Object> model = new HashMap<>();
        model.put("values", v);
        model.put("page", page);
        if (!problems.isEmpty()) {
            model.put("results", null);
            pages.render(response, 400, "admin/audit.jte", meta(request, response, "Audit").withErrors(problems), model);
            return;
        }
        try {
            model.put("results", audit.search(from, to, blank(v.get("targetId")), blank(v.get("keyId")), blank(v.get("action")),
                    page - 1, AUDIT_PAGE));
        } catch (RuntimeException failure) {
            var named = DomainFailure.within(failure);
            if (named.isPresent() && named.get() instanceof InvalidInput invalid) {
                model.put("results", null);
                pages.render(response, 400, "admin/audit.jte", meta(request, response, "Audit").withErrors(invalid.errors().stream()
                        .map(e -> new FieldProblem("from", "Narrow the search by dates: " + e.message())).toList()), model);
                return;
            }
            throw failure;
        }
        pages.render(response, 200, "admin/audit.jte", meta(request, response, "Audit"), model);
    }

    private static Instant day(String text, String field, List<FieldProblem> problems, boolean end) {
        if (text.isEmpty()) {
            return null;
        }
        try {
            LocalDate d = LocalDate.parse(text);
            return (end ? d.plusDays(1) : d).atStartOfDay(ZoneOffset.UTC).toInstant();
        } catch (java.time.format.DateTimeParseException e) {
            problems.add(new FieldProblem(field, "Enter the date as year-month-day, like 2026-11-30"));
            return null;
        }
    }

    private static String blank(String s) {
        return s == null || s.isEmpty() ? null : s;
    }
}
