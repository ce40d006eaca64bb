package org.caremarket.web.boundary;

import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.caremarket.brokerage.control.CarePackages;
import org.caremarket.brokerage.entity.CarePackage;
import org.caremarket.brokerage.entity.CloseReason;
import org.caremarket.brokerage.entity.Matching;
import org.caremarket.brokerage.entity.Offer;
import org.caremarket.brokerage.entity.OfferStatus;
import org.caremarket.platform.entity.DomainFailure;
import org.caremarket.platform.entity.Role;

/**
 * A broker's pages (an ADMIN's too): the council's open requests oldest first (the work list), a request's page with
 * its timeline and offers, awarding an accepted offer (a race lost is said in words, 409, not an error page), closing
 * as unsourced or cancelled with a reason, and the matches with "why this match" and the offers sent from them.
 * Brokerage's {@code CarePackages} does the work and every check, as for the API.
 */
@WebServlet(name = "BrokerPages", urlPatterns = {"/council/requests", "/council/requests/*"})
public class BrokerPages extends CouncilPage {

    private static final Pattern ID = Pattern.compile("^/([0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12})"
            + "(/matches|/offers|/award|/close)?$");
    static final List<Integer> ANSWER_HOURS = List.of(4, 12, 24, 48, 72);
    static final int MATCHES = 50;

    @Inject
    CarePackages packages;

    @Inject
    Clock clock;

    @Inject
    org.caremarket.register.control.CareServices register;

    @Inject
    org.caremarket.register.control.Freshness freshness;

    @Override
    Role[] roles() {
        return new Role[] {Role.BROKER, Role.ADMIN};
    }

    /** One line of a request's timeline. */
    public record Event(Instant at, String what) {
    }

    /** An open request in the work list, with how long it has waited. */
    public record Waiting(CarePackage request, Duration waited, boolean discharge, boolean over48Hours, boolean over7Days) {
    }

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        String info = request.getPathInfo() == null ? "" : request.getPathInfo();
        String council = council(request);
        if (info.isEmpty()) {
            if (council == null) {
                seeOther(response, "/council");
                return;
            }
            workList(request, response, council);
            return;
        }
        Matcher m = ID.matcher(info);
        if (!m.matches()) {
            notFound(request, response);
            return;
        }
        String action = m.group(2) == null ? "" : m.group(2);
        switch (action) {
            case "" -> requestPage(request, response, 200, m.group(1), List.of());
            case "/matches" -> matches(request, response, 200, m.group(1), List.of());
            default -> notFound(request, response);
        }
    }

    @Override
    protected void doPost(HttpServletRequest request, HttpServletResponse response) throws IOException {
        String info = request.getPathInfo() == null ? "" : request.getPathInfo();
        Matcher m = ID.matcher(info);
        if (!m.matches() || m.group(2) == null || m.group(2).equals("/matches")) {
            notFound(request, response);
            return;
        }
        String id = m.group(1);
        String back = "/council/requests/" + id;
        switch (m.group(2)) {
            case "/offers" -> {
                String[] chosen = request.getParameterValues("service");
                String hours = value(request, "hours");
                List<FieldProblem> problems = new ArrayList<>();
                if (chosen == null || chosen.length == 0) {
                    problems.add(new FieldProblem("service", "Select at least one service to offer the request to"));
                } else if (chosen.length > MATCHES) {
                    problems.add(new FieldProblem("service", "Select at most " + MATCHES + " services"));
                }
                Integer h = ANSWER_HOURS.stream().filter(x -> String.valueOf(x).equals(hours)).findFirst().orElse(null);
                if (!hours.isEmpty() && h == null) {
                    problems.add(new FieldProblem("hours", "Select how long providers have to answer"));
                }
                if (!problems.isEmpty()) {
                    matches(request, response, 400, id, problems);
                    return;
                }
                try {
                    packages.offer(id, List.of(chosen), h == null ? null : Duration.ofHours(h));
                } catch (RuntimeException failure) {
                    var named = DomainFailure.within(failure);
                    if (named.isPresent() && (named.get().status() == 400 || named.get().status() == 409)) {
                        matches(request, response, named.get().status(), id, List.of(new FieldProblem("service", named.get().detail())));
                        return;
                    }
                    throw failure;
                }
                seeOther(response, back + "?sent=yes");
            }
            case "/award" -> {
                String offerId = value(request, "offer");
                try {
                    packages.award(id, offerId, "yes".equals(request.getParameter("overCap")));
                } catch (RuntimeException failure) {
                    var named = DomainFailure.within(failure);
                    if (named.isPresent() && named.get().status() >= 400 && named.get().status() < 500 && named.get().status() != 403
                            && named.get().status() != 404) {
                        requestPage(request, response, named.get().status(), id, List.of(new FieldProblem("offers",
                                "The care could not be awarded: " + named.get().detail())));
                        return;
                    }
                    throw failure;
                }
                seeOther(response, back + "?awarded=yes");
            }
            case "/close" -> {
                String how = value(request, "how");
                String reasonValue = value(request, "reason");
                String note = value(request, "note");
                List<FieldProblem> problems = new ArrayList<>();
                CloseReason reason = List.of(CloseReason.values()).stream().filter(r -> r.name().equals(reasonValue)).findFirst()
                        .orElse(null);
                if (reason == null) {
                    problems.add(new FieldProblem("reason", "Select why the request is closing"));
                } else if (how.equals("unsourced") ? !reason.fitsUnsourced() : !reason.fitsCancelled()) {
                    problems.add(new FieldProblem("reason", how.equals("unsourced")
                            ? "Select a reason the care could not be found" : "Select a reason the request is cancelled"));
                }
                if (!how.equals("unsourced") && !how.equals("cancel")) {
                    problems.add(new FieldProblem("how", "Select whether the care could not be found or is no longer wanted"));
                }
                if (note.length() > 500) {
                    problems.add(new FieldProblem("note", "The note must be 500 characters or fewer"));
                }
                if (reason == CloseReason.OTHER && note.isEmpty()) {
                    problems.add(new FieldProblem("note", "Say why, when the reason is other"));
                }
                if (!problems.isEmpty()) {
                    requestPage(request, response, 400, id, problems);
                    return;
                }
                try {
                    if (how.equals("unsourced")) {
                        packages.unsourced(id, reason, note.isEmpty() ? null : note);
                    } else {
                        packages.cancel(id, reason, note.isEmpty() ? null : note);
                    }
                } catch (RuntimeException failure) {
                    var named = DomainFailure.within(failure);
                    if (named.isPresent() && (named.get().status() == 409 || named.get().status() == 400)) {
                        requestPage(request, response, named.get().status(), id, List.of(new FieldProblem("reason",
                                "The request could not be closed: " + named.get().detail())));
                        return;
                    }
                    throw failure;
                }
                seeOther(response, back + "?closed=yes");
            }
            default -> notFound(request, response);
        }
    }

    private void workList(HttpServletRequest request, HttpServletResponse response, String council) throws IOException {
        Instant now = clock.instant();
        List<Waiting> open = new ArrayList<>();
        int page = 0;
        while (page < 20) {
            var items = packages.list(council, now.minus(Duration.ofDays(400)), now.plusSeconds(1), page, 500);
            items.items().stream().filter(p -> !p.status().isClosed()).forEach(p -> {
                Duration waited = Duration.between(p.createdAt(), now);
                boolean discharge = p.urgency() == org.caremarket.brokerage.entity.Urgency.HOSPITAL_DISCHARGE;
                open.add(new Waiting(p, waited, discharge, discharge && waited.toHours() >= 48, waited.toDays() >= 7));
            });
            if ((long) (page + 1) * 500 >= items.total()) {
                break;
            }
            page++;
        }
        open.sort(Comparator.comparing(w -> w.request().createdAt()));
        pages.render(response, 200, "council/requests.jte", meta(request, response, "Open requests"),
                Map.of("open", open, "q", councilQuery(council, '?')));
    }

    private void requestPage(HttpServletRequest request, HttpServletResponse response, int status, String id,
                             List<FieldProblem> problems) throws IOException {
        CarePackages.Detail d = packages.read(id);
        CarePackage p = d.carePackage();
        Instant now = clock.instant();
        Map<String, String> names = new HashMap<>();
        register.directory(d.offers().stream().map(Offer::serviceId).distinct().toList()).forEach(e -> names.put(e.id(), e.name()));
        java.util.function.Function<Offer, String> name = o -> names.getOrDefault(o.serviceId(), "a service no longer listed");
        List<Event> timeline = new ArrayList<>();
        timeline.add(new Event(p.createdAt(), "Requested"));
        for (Offer o : d.offers()) {
            timeline.add(new Event(o.sentAt(), "Offered to " + name.apply(o)));
            if (o.respondedAt() != null) {
                OfferStatus s = o.status(now);
                timeline.add(new Event(o.respondedAt(), (o.declineReason() != null ? "Declined by " + name.apply(o) + ": "
                        + Words.code(o.declineReason()) : "Accepted by " + name.apply(o) + (o.price() == null ? "" : " at £" + o.price()))
                        + (o.note() == null || o.note().isBlank() ? "" : " (" + o.note() + ")")
                        + (s == OfferStatus.WITHDRAWN ? ", then withdrawn" : "")));
            }
        }
        if (p.closedAt() != null) {
            timeline.add(new Event(p.closedAt(), switch (p.status()) {
                case AWARDED -> "Awarded to " + d.offers().stream().filter(o -> o.id().equals(p.awardedOfferId())).findFirst()
                        .map(name).orElse("a service");
                case UNSOURCED -> "Closed: care could not be found (" + Words.code(p.closeReason()) + ")";
                case CANCELLED -> "Closed: cancelled (" + Words.code(p.closeReason()) + ")";
                default -> "Closed";
            } + (p.closeNote() == null ? "" : ": " + p.closeNote())));
        }
        timeline.sort(Comparator.comparing(Event::at));
        Map<String, Object> model = new HashMap<>();
        model.put("p", p);
        model.put("offers", d.offers());
        model.put("now", now);
        model.put("timeline", timeline);
        model.put("names", names);
        model.put("notice", "yes".equals(request.getParameter("awarded")) ? "The care is awarded. The service's vacancy is taken."
                : "yes".equals(request.getParameter("sent")) ? "The offers are sent."
                : "yes".equals(request.getParameter("closed")) ? "The request is closed."
                : "yes".equals(request.getParameter("created")) ? "The request is made. Find matches and send offers." : null);
        model.put("values", Map.of("how", value(request, "how"), "reason", value(request, "reason"), "note", value(request, "note")));
        pages.render(response, status, "council/request.jte", meta(request, response, "Request " + label(p)).withErrors(problems), model);
    }

    private void matches(HttpServletRequest request, HttpServletResponse response, int status, String id, List<FieldProblem> problems)
            throws IOException {
        CarePackages.Detail d = packages.read(id);
        Matching.Result result = packages.matches(id, MATCHES);
        Map<String, Integer> excluded = new LinkedHashMap<>();
        double km = packages.maxDistanceKm(id);
        result.excluded().forEach((why, count) -> excluded.put(why.describe(count, km, freshness.staleAfterDays()), count));
        List<String> offered = d.offers().stream().map(Offer::serviceId).toList();
        Map<String, Object> model = new HashMap<>();
        model.put("p", d.carePackage());
        model.put("result", result);
        model.put("excluded", excluded);
        model.put("offered", offered);
        model.put("hours", ANSWER_HOURS);
        pages.render(response, status, "council/matches.jte", meta(request, response, "Matches for " + label(d.carePackage()))
                .withErrors(problems), model);
    }

    public static String label(CarePackage p) {
        return p.reference() == null || p.reference().isBlank() ? p.id().substring(0, 8) : p.reference();
    }

}
