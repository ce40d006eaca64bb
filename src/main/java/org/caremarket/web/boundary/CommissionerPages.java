package org.caremarket.web.boundary;

import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.caremarket.platform.entity.Role;
import org.caremarket.register.entity.ServiceKind;
import org.caremarket.web.control.CouncilMarket;

/**
 * A commissioner's pages (an ADMIN's too, for the council it names): the market dashboard with its tiles, filters and
 * charts, the definitions of its figures, the chase list, sourcing figures and the PA market. The council hub
 * ({@code /council}) links what the visitor's role may open. Every page is a GET; the filters are a GET form, so a
 * view of the market is an address one can keep and share.
 */
@WebServlet(name = "CommissionerPages", urlPatterns = {"/council", "/council/market", "/council/market/*", "/council/chase",
        "/council/sourcing", "/council/assistants"})
public class CommissionerPages extends CouncilPage {

    private static final Pattern CHART_CSV = Pattern.compile("^/charts/([a-z-]{1,40})\\.csv$");
    static final List<Integer> SOURCING_DAYS = List.of(30, 90, 365);

    @Inject
    CouncilMarket market;

    @Override
    Role[] roles() {
        return new Role[] {Role.COMMISSIONER, Role.BROKER, Role.ADMIN};
    }

    /** The dashboard's filters as read from the address, and what was wrong with them. */
    public record Filters(ServiceKind kind, String locality, int months, String kindValue, String periodValue,
                          List<FieldProblem> problems) {
        public String localityValue() {
            return locality == null ? "" : locality;
        }

        public String query(String council) {
            StringBuilder q = new StringBuilder();
            if (council != null) {
                q.append("&council=").append(council);
            }
            if (kind != null) {
                q.append("&kind=").append(kind.name());
            }
            if (locality != null) {
                q.append("&locality=").append(java.net.URLEncoder.encode(locality, StandardCharsets.UTF_8));
            }
            q.append("&period=").append(months);
            return "?" + q.substring(1);
        }
    }

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        String path = request.getServletPath();
        if (path.equals("/council")) {
            hub(request, response);
            return;
        }
        if (!caller.get().is(Role.COMMISSIONER) && !caller.get().is(Role.ADMIN)) {
            problem(request, response, 403, "You cannot see this page", "The market pages are for commissioners.");
            return;
        }
        String council = council(request);
        if (council == null && caller.get().is(Role.ADMIN)) {
            seeOther(response, "/council");
            return;
        }
        String info = request.getPathInfo();
        switch (path) {
            case "/council/market" -> {
                if (info == null) {
                    dashboard(request, response, council);
                } else if (info.equals("/definitions")) {
                    definitions(request, response, council);
                } else {
                    Matcher csv = CHART_CSV.matcher(info);
                    if (csv.matches()) {
                        chartCsv(request, response, council, csv.group(1));
                    } else {
                        notFound(request, response);
                    }
                }
            }
            case "/council/chase" -> pages.render(response, 200, "council/chase.jte", meta(request, response, "Chase list"),
                    Map.of("chase", market.chase(council), "q", councilQuery(council, '?')));
            case "/council/sourcing" -> sourcing(request, response, council);
            case "/council/assistants" -> pages.render(response, 200, "council/assistants.jte",
                    meta(request, response, "Personal assistants: the local market"), Map.of("pa", market.assistants(council),
                            "q", councilQuery(council, '?')));
            default -> notFound(request, response);
        }
    }

    private void hub(HttpServletRequest request, HttpServletResponse response) throws IOException {
        boolean admin = caller.get().is(Role.ADMIN);
        String council = council(request);
        String raw = value(request, "council");
        List<FieldProblem> problems = new ArrayList<>();
        if (admin && !raw.isEmpty() && council == null) {
            problems.add(new FieldProblem("council", "Enter a council's GSS code, like E08000035"));
        }
        Map<String, Object> model = new HashMap<>();
        model.put("role", caller.get().role());
        model.put("council", council == null ? null : market.council(council));
        model.put("councilValue", raw);
        model.put("q", councilQuery(council, '?'));
        pages.render(response, problems.isEmpty() ? 200 : 400, "council/hub.jte",
                meta(request, response, "Council").withErrors(problems), model);
    }

    Filters filters(HttpServletRequest request) {
        List<FieldProblem> problems = new ArrayList<>();
        String kindValue = value(request, "kind");
        ServiceKind kind = null;
        if (!kindValue.isEmpty()) {
            try {
                kind = ServiceKind.valueOf(kindValue);
            } catch (IllegalArgumentException e) {
                problems.add(new FieldProblem("kind", "Select a kind of care from the list"));
            }
        }
        String locality = value(request, "locality");
        if (locality.length() > 60) {
            problems.add(new FieldProblem("locality", "Select a locality from the list"));
        }
        String periodValue = value(request, "period");
        int months = 12;
        if (!periodValue.isEmpty()) {
            months = switch (periodValue) {
                case "3" -> 3;
                case "6" -> 6;
                case "12" -> 12;
                default -> {
                    problems.add(new FieldProblem("period", "Select a period from the list"));
                    yield 12;
                }
            };
        }
        return new Filters(kind, locality.isEmpty() ? null : locality, months, kindValue, periodValue.isEmpty() ? "12" : periodValue,
                problems);
    }

    private void dashboard(HttpServletRequest request, HttpServletResponse response, String council) throws IOException {
        Filters f = filters(request);
        Map<String, Object> model = new HashMap<>();
        model.put("filters", f);
        model.put("q", councilQuery(council, '&'));
        model.put("councilCode", caller.get().is(Role.ADMIN) ? council : null);
        if (!f.problems().isEmpty()) {
            model.put("dashboard", market.dashboard(council, null, null, 12));
            model.put("bad", true);
            pages.render(response, 400, "council/market.jte", meta(request, response, "Market dashboard").withErrors(f.problems()), model);
            return;
        }
        CouncilMarket.Dashboard d;
        try {
            d = market.dashboard(council, f.kind(), f.locality(), f.months());
        } catch (org.caremarket.platform.entity.NotFound unknownLocality) {
            if (f.locality() == null) {
                throw unknownLocality;
            }
            model.put("dashboard", market.dashboard(council, null, null, 12));
            model.put("bad", true);
            pages.render(response, 400, "council/market.jte", meta(request, response, "Market dashboard")
                    .withErrors(List.of(new FieldProblem("locality", "Select a locality from the list"))), model);
            return;
        }
        model.put("dashboard", d);
        model.put("bad", false);
        model.put("filterQuery", f.query(caller.get().is(Role.ADMIN) ? council : null));
        pages.render(response, 200, "council/market.jte", meta(request, response, "Market dashboard"), model);
    }

    private void definitions(HttpServletRequest request, HttpServletResponse response, String council) throws IOException {
        Filters f = filters(request);
        if (!f.problems().isEmpty()) {
            notFound(request, response);
            return;
        }
        CouncilMarket.Dashboard d = market.dashboard(council, f.kind(), f.locality(), f.months());
        pages.render(response, 200, "council/definitions.jte", meta(request, response, "How the market's figures are worked out"),
                Map.of("dashboard", d, "back", "/council/market" + f.query(caller.get().is(Role.ADMIN) ? council : null)));
    }

    private void chartCsv(HttpServletRequest request, HttpServletResponse response, String council, String name) throws IOException {
        Filters f = filters(request);
        CouncilMarket.Chart chart = f.problems().isEmpty() ? market.chart(council, f.kind(), f.locality(), f.months(), name) : null;
        if (chart == null) {
            notFound(request, response);
            return;
        }
        byte[] csv = chart.table().csv().getBytes(StandardCharsets.UTF_8);
        response.setContentType("text/csv;charset=UTF-8");
        response.setHeader("Content-Disposition", "attachment; filename=\"" + name + ".csv\"");
        response.setHeader("Cache-Control", "no-store");
        response.setContentLength(csv.length);
        response.getOutputStream().write(csv);
    }

    private void sourcing(HttpServletRequest request, HttpServletResponse response, String council) throws IOException {
        String daysValue = value(request, "days");
        int days = 90;
        List<FieldProblem> problems = new ArrayList<>();
        if (!daysValue.isEmpty()) {
            days = SOURCING_DAYS.stream().filter(d -> String.valueOf(d).equals(daysValue)).findFirst().orElse(-1);
            if (days < 0) {
                problems.add(new FieldProblem("days", "Select a period from the list"));
                days = 90;
            }
        }
        pages.render(response, problems.isEmpty() ? 200 : 400, "council/sourcing.jte",
                meta(request, response, "Sourcing care").withErrors(problems),
                Map.of("sourcing", market.sourcing(council, days), "periods", SOURCING_DAYS,
                        "councilCode", caller.get().is(Role.ADMIN) ? council : ""));
    }
}
