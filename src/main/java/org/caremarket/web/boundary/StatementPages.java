package org.caremarket.web.boundary;

import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.caremarket.platform.entity.Conflict;
import org.caremarket.platform.entity.DomainFailure;
import org.caremarket.platform.entity.IfMatch;
import org.caremarket.platform.entity.Role;
import org.caremarket.register.entity.ServiceKind;
import org.caremarket.sufficiency.control.CouncilInputs;
import org.caremarket.sufficiency.control.RatingGrid;
import org.caremarket.sufficiency.control.Statements;
import org.caremarket.sufficiency.control.Sufficiency;
import org.caremarket.sufficiency.entity.Dimension;
import org.caremarket.sufficiency.entity.Edition;
import org.caremarket.sufficiency.entity.Narrative;

/**
 * Market Position Statements for commissioners: the council's editions, a draft's narrative (title, strategic context,
 * commissioning intentions, how to engage) with If-Match behind the form's version, the market rating grid with a
 * commissioner's rating over the rule's and its reason, the preview of the draft rendered with today's figures, and
 * publishing. And the public side, without sign-in: a council's published editions, each a dated page that never
 * changes, with its CSV files. Sufficiency's {@code Statements} and {@code CouncilInputs} do the work and the checks.
 */
@WebServlet(name = "StatementPages", urlPatterns = {"/council/statements", "/council/statements/*", "/market-position/*"})
public class StatementPages extends CouncilPage {

    private static final Pattern ID = Pattern.compile("[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}");
    private static final Pattern DRAFT = Pattern.compile("^/(" + ID + ")(/preview|/publish)?$");
    private static final Pattern CELL = Pattern.compile("^/grid/([A-Z_]{5,30})/([A-Z_]{5,30})$");
    private static final Pattern PUBLIC_LIST = Pattern.compile("^/(E(?:06|07|08|09|10)[0-9]{6})$");
    private static final Pattern PUBLIC_EDITION = Pattern.compile("^/editions/(" + ID + ")/(files/[a-z0-9-]{1,60}\\.csv)?$");
    static final int MAX_INTENTIONS = 30;

    @Inject
    Statements statements;

    @Inject
    CouncilInputs inputs;

    @Inject
    Sufficiency sufficiency;

    @Inject
    Clock clock;

    @Override
    Role[] roles() {
        return new Role[] {Role.COMMISSIONER, Role.ADMIN};
    }

    @Override
    boolean isPublic(HttpServletRequest request) {
        return request.getServletPath().equals("/market-position");
    }

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        String info = request.getPathInfo() == null ? "" : request.getPathInfo();
        if (request.getServletPath().equals("/market-position")) {
            publicPages(request, response, info);
            return;
        }
        String council = council(request);
        if (council == null) {
            seeOther(response, "/council");
            return;
        }
        if (info.isEmpty()) {
            list(request, response, council, List.of(), "");
            return;
        }
        if (info.equals("/grid")) {
            pages.render(response, 200, "council/grid.jte", meta(request, response, "Market rating grid"),
                    Map.of("grid", sufficiency.grid(sufficiency.market(council)), "council", sufficiency.councilFor(council),
                            "q", councilQuery(council, '?')));
            return;
        }
        Matcher cell = CELL.matcher(info);
        if (cell.matches()) {
            RatingGrid.Cell c = cell(council, cell.group(1), cell.group(2));
            if (c == null) {
                notFound(request, response);
                return;
            }
            LocalDate on = c.overridden() && c.assessedOn() != null ? c.assessedOn() : today();
            rateForm(request, response, 200, council, ServiceKind.valueOf(cell.group(1)), c, List.of(), Map.of(
                    "rating", c.overridden() ? c.rating() : "", "reason", c.reason() == null ? "" : c.reason(),
                    "day", String.valueOf(on.getDayOfMonth()), "month", String.valueOf(on.getMonthValue()),
                    "year", String.valueOf(on.getYear())));
            return;
        }
        Matcher draft = DRAFT.matcher(info);
        if (!draft.matches()) {
            notFound(request, response);
            return;
        }
        Edition e = statements.read(draft.group(1));
        String action = draft.group(2) == null ? "" : draft.group(2);
        switch (action) {
            case "" -> {
                if (e.published()) {
                    seeOther(response, "/market-position/editions/" + e.id() + "/");
                    return;
                }
                Narrative n = Statements.narrative(e);
                edit(request, response, 200, e, List.of(), e.title(), n.strategicContext(), n.howToEngage(), rows(n.intentions()),
                        String.valueOf(e.version()), null);
            }
            case "/preview" -> pages.render(response, 200, "council/statement.jte",
                    meta(request, response, "Preview: " + e.title()), Map.of("edition", e, "body", body(statements.render(e)
                            .get("statement.html")), "preview", true, "back", "/council/statements/" + e.id() + councilQuery(council, '?')));
            case "/publish" -> {
                if (e.published()) {
                    seeOther(response, "/market-position/editions/" + e.id() + "/");
                    return;
                }
                pages.render(response, 200, "council/publish.jte", meta(request, response, "Publish " + e.title()),
                        Map.of("edition", e, "q", councilQuery(council, '?')));
            }
            default -> notFound(request, response);
        }
    }

    @Override
    protected void doPost(HttpServletRequest request, HttpServletResponse response) throws IOException {
        if (request.getServletPath().equals("/market-position")) {
            response.sendError(HttpServletResponse.SC_METHOD_NOT_ALLOWED);
            return;
        }
        String council = council(request);
        if (council == null) {
            seeOther(response, "/council");
            return;
        }
        String info = request.getPathInfo() == null ? "" : request.getPathInfo();
        String q = councilQuery(council, '?');
        if (info.isEmpty()) {
            String title = value(request, "title");
            String problem = title.isEmpty() ? "Enter a title for the statement"
                    : title.length() > 200 ? "The title must be 200 characters or fewer" : null;
            if (problem != null) {
                list(request, response, council, List.of(new FieldProblem("title", problem)), title);
                return;
            }
            Edition e = statements.draft(council, title, Narrative.empty());
            seeOther(response, "/council/statements/" + e.id() + q);
            return;
        }
        Matcher cell = CELL.matcher(info);
        if (cell.matches()) {
            postRating(request, response, council, cell.group(1), cell.group(2));
            return;
        }
        Matcher draft = DRAFT.matcher(info);
        if (!draft.matches() || "/preview".equals(draft.group(2))) {
            notFound(request, response);
            return;
        }
        long version;
        try {
            version = Long.parseLong(value(request, "version"));
        } catch (NumberFormatException e) {
            problem(request, response, 400, "There is a problem", "The form was not complete. Go back and try again.");
            return;
        }
        String id = draft.group(1);
        if ("/publish".equals(draft.group(2))) {
            try {
                statements.publish(id, IfMatch.versions(version));
            } catch (RuntimeException failure) {
                if (DomainFailure.within(failure).filter(f -> f instanceof Conflict || f.status() == 412).isPresent()) {
                    Edition e = statements.read(id);
                    pages.render(response, 409, "council/publish.jte", meta(request, response, "Publish " + e.title())
                            .withErrors(List.of(new FieldProblem("publish", "Someone changed or published this statement after you "
                                    + "opened this page. Check the latest version before you publish it."))), Map.of("edition", e, "q", q));
                    return;
                }
                throw failure;
            }
            seeOther(response, "/market-position/editions/" + id + "/");
            return;
        }
        postEdit(request, response, council, id, version);
    }

    private void postEdit(HttpServletRequest request, HttpServletResponse response, String council, String id, long version)
            throws IOException {
        List<FieldProblem> problems = new ArrayList<>();
        String title = value(request, "title");
        if (title.isEmpty()) {
            problems.add(new FieldProblem("title", "Enter a title for the statement"));
        } else if (title.length() > 200) {
            problems.add(new FieldProblem("title", "The title must be 200 characters or fewer"));
        }
        String context = text(request, "strategicContext");
        if (context.length() > 8000) {
            problems.add(new FieldProblem("strategicContext", "The strategic context must be 8,000 characters or fewer"));
        }
        String engage = text(request, "howToEngage");
        if (engage.length() > 4000) {
            problems.add(new FieldProblem("howToEngage", "How to engage must be 4,000 characters or fewer"));
        }
        List<String[]> rows = new ArrayList<>();
        List<Narrative.Intention> intentions = new ArrayList<>();
        for (int i = 0; i < MAX_INTENTIONS + 2; i++) {
            String market = value(request, "market-" + i);
            String direction = value(request, "direction-" + i);
            String text = value(request, "text-" + i);
            if (request.getParameter("text-" + i) == null && request.getParameter("market-" + i) == null) {
                continue;
            }
            rows.add(new String[] {market, direction, text});
            if (market.isEmpty() && direction.isEmpty() && text.isEmpty()) {
                continue;
            }
            int n = rows.size() - 1;
            boolean knownMarket = market.equals("ALL") || List.of(ServiceKind.values()).stream().anyMatch(k -> k.name().equals(market));
            Narrative.Direction d = List.of(Narrative.Direction.values()).stream().filter(x -> x.name().equals(direction))
                    .findFirst().orElse(null);
            if (!knownMarket) {
                problems.add(new FieldProblem("market-" + n, "Intention " + (n + 1) + ": select the market it is about"));
            }
            if (d == null) {
                problems.add(new FieldProblem("direction-" + n, "Intention " + (n + 1) + ": select more of, less of or maintain"));
            }
            if (text.isEmpty()) {
                problems.add(new FieldProblem("text-" + n, "Intention " + (n + 1) + ": say what it means for providers"));
            } else if (text.length() > 500) {
                problems.add(new FieldProblem("text-" + n, "Intention " + (n + 1) + ": must be 500 characters or fewer"));
            }
            if (knownMarket && d != null && !text.isEmpty() && text.length() <= 500) {
                intentions.add(new Narrative.Intention(market, d, text));
            }
        }
        if (intentions.size() > MAX_INTENTIONS) {
            problems.add(new FieldProblem("text-0", "A statement can list at most " + MAX_INTENTIONS + " intentions"));
        }
        if (!problems.isEmpty()) {
            Edition e = statements.read(id);
            edit(request, response, 400, e, problems, title, context, engage, padded(rows), String.valueOf(version), null);
            return;
        }
        try {
            statements.revise(id, IfMatch.versions(version), title,
                    new Narrative(context.isBlank() ? null : context, engage.isBlank() ? null : engage, intentions));
        } catch (RuntimeException failure) {
            if (DomainFailure.within(failure).filter(f -> f.status() == 412 || f instanceof Conflict).isPresent()) {
                Edition e = statements.read(id);
                Narrative n = Statements.narrative(e);
                edit(request, response, 409, e, List.of(new FieldProblem("title", "Someone else saved this draft after you opened it. "
                        + "Their version is shown below; make your changes again.")), e.title(), n.strategicContext(),
                        n.howToEngage(), rows(n.intentions()), String.valueOf(e.version()), null);
                return;
            }
            throw failure;
        }
        seeOther(response, "/council/statements/" + id + "?saved=yes" + councilQuery(council, '&'));
    }

    private void postRating(HttpServletRequest request, HttpServletResponse response, String council, String marketName,
                            String dimensionName) throws IOException {
        RatingGrid.Cell c = cell(council, marketName, dimensionName);
        if (c == null) {
            notFound(request, response);
            return;
        }
        ServiceKind market = ServiceKind.valueOf(marketName);
        String q = councilQuery(council, '?');
        if ("yes".equals(request.getParameter("clear"))) {
            if (c.overridden()) {
                inputs.clearRating(council, market, c.dimension());
            }
            seeOther(response, "/council/statements/grid" + q);
            return;
        }
        List<FieldProblem> problems = new ArrayList<>();
        String rating = value(request, "rating");
        if (!c.dimension().scale().contains(rating)) {
            problems.add(new FieldProblem("rating", "Select a rating"));
        }
        String reason = text(request, "reason");
        if (reason.isBlank()) {
            problems.add(new FieldProblem("reason", "Enter the reason for the rating"));
        } else if (reason.length() > 1000) {
            problems.add(new FieldProblem("reason", "The reason must be 1,000 characters or fewer"));
        }
        String day = value(request, "day");
        String month = value(request, "month");
        String year = value(request, "year");
        LocalDate on = null;
        try {
            on = LocalDate.of(Integer.parseInt(year), Integer.parseInt(month), Integer.parseInt(day));
            if (on.isAfter(today())) {
                problems.add(new FieldProblem("day", "The date of the assessment must be today or in the past"));
            } else if (on.getYear() < 2000) {
                problems.add(new FieldProblem("day", "The date of the assessment must be after 2000"));
            }
        } catch (NumberFormatException | DateTimeException e) {
            problems.add(new FieldProblem("day", "The date of the assessment must be a real date"));
        }
        if (!problems.isEmpty()) {
            rateForm(request, response, 400, council, market, c, problems, Map.of("rating", rating, "reason", reason,
                    "day", day, "month", month, "year", year));
            return;
        }
        inputs.rate(council, market, c.dimension(), rating, reason.strip(), on);
        seeOther(response, "/council/statements/grid" + q);
    }

    private RatingGrid.Cell cell(String council, String marketName, String dimensionName) {
        ServiceKind market;
        Dimension dimension;
        try {
            market = ServiceKind.valueOf(marketName);
            dimension = Dimension.valueOf(dimensionName);
        } catch (IllegalArgumentException e) {
            return null;
        }
        return sufficiency.grid(sufficiency.market(council)).stream().filter(r -> r.market() == market).findFirst()
                .flatMap(r -> r.cells().stream().filter(x -> x.dimension() == dimension).findFirst()).orElse(null);
    }

    private void rateForm(HttpServletRequest request, HttpServletResponse response, int status, String council, ServiceKind market,
                          RatingGrid.Cell cell, List<FieldProblem> problems, Map<String, String> values) throws IOException {
        Map<String, Object> model = new HashMap<>();
        model.put("market", market);
        model.put("cell", cell);
        model.put("values", values);
        model.put("q", councilQuery(council, '?'));
        pages.render(response, status, "council/rate.jte", meta(request, response, "Rate " + cell.dimension().label().toLowerCase()
                + ": " + Words.kind(market)).withErrors(problems), model);
    }

    private void list(HttpServletRequest request, HttpServletResponse response, String council, List<FieldProblem> problems,
                      String title) throws IOException {
        Map<String, Object> model = new HashMap<>();
        model.put("council", sufficiency.councilFor(council));
        model.put("editions", statements.list(council));
        model.put("title", title);
        model.put("q", councilQuery(council, '?'));
        pages.render(response, problems.isEmpty() ? 200 : 400, "council/statements.jte",
                meta(request, response, "Market Position Statements").withErrors(problems), model);
    }

    private void edit(HttpServletRequest request, HttpServletResponse response, int status, Edition e, List<FieldProblem> problems,
                      String title, String context, String engage, List<String[]> rows, String version, String notice)
            throws IOException {
        Map<String, Object> model = new HashMap<>();
        model.put("edition", e);
        model.put("title", title);
        model.put("context", context == null ? "" : context);
        model.put("engage", engage == null ? "" : engage);
        model.put("rows", rows);
        model.put("version", version);
        model.put("saved", problems.isEmpty() && "yes".equals(request.getParameter("saved")));
        model.put("q", councilQuery(council(request), '?'));
        pages.render(response, status, "council/edit.jte", meta(request, response, "Edit " + e.title()).withErrors(problems), model);
    }

    /** The intentions as form rows, with two empty rows for new ones. */
    static List<String[]> rows(List<Narrative.Intention> intentions) {
        List<String[]> rows = new ArrayList<>();
        intentions.forEach(i -> rows.add(new String[] {i.market(), i.direction().name(), i.text()}));
        return padded(rows);
    }

    static List<String[]> padded(List<String[]> rows) {
        List<String[]> all = new ArrayList<>(rows);
        while (!all.isEmpty() && String.join("", all.get(all.size() - 1)).isEmpty()) {
            all.remove(all.size() - 1);
        }
        all.add(new String[] {"", "", ""});
        all.add(new String[] {"", "", ""});
        return all.subList(0, Math.min(all.size(), MAX_INTENTIONS + 2));
    }

    private void publicPages(HttpServletRequest request, HttpServletResponse response, String info) throws IOException {
        Matcher list = PUBLIC_LIST.matcher(info);
        if (list.matches()) {
            var council = sufficiency.socialCareCouncil(list.group(1));
            List<Edition> published = statements.list(council.code()).stream().filter(Edition::published).toList();
            pages.render(response, 200, "council/published.jte", PageMeta.of(request, "Market Position Statements: " + council.name(),
                    PageMeta.Section.HOME), Map.of("council", council, "editions", published));
            return;
        }
        Matcher edition = PUBLIC_EDITION.matcher(info);
        if (!edition.matches()) {
            notFound(request, response);
            return;
        }
        Edition e = statements.read(edition.group(1));
        if (!e.published()) {
            notFound(request, response);
            return;
        }
        if (edition.group(2) != null) {
            byte[] csv = statements.file(e.id(), edition.group(2)).getBytes(StandardCharsets.UTF_8);
            response.setContentType("text/csv;charset=UTF-8");
            response.setHeader("Content-Disposition", "attachment; filename=\"" + edition.group(2).substring(6) + "\"");
            response.setContentLength(csv.length);
            response.getOutputStream().write(csv);
            return;
        }
        pages.render(response, 200, "council/statement.jte", PageMeta.of(request, e.title(), PageMeta.Section.HOME),
                Map.of("edition", e, "body", body(statements.file(e.id(), "statement.html")), "preview", false,
                        "back", "/market-position/" + e.councilCode()));
    }

    /** The statement's own page without its head and inline style: its main content, shown in the layout. */
    static String body(String html) {
        int start = html.indexOf("<main id=\"main\">");
        int end = html.lastIndexOf("</main>");
        return start < 0 || end < start ? "" : html.substring(start + "<main id=\"main\">".length(), end);
    }

    private LocalDate today() {
        return LocalDate.now(clock.withZone(ZoneOffset.UTC));
    }

    private static String text(HttpServletRequest request, String name) {
        String v = request.getParameter(name);
        return v == null ? "" : v.replace("\r\n", "\n").strip();
    }
}
