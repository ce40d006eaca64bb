package org.caremarket.web.boundary;

import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.caremarket.access.control.CurrentCaller;
import org.caremarket.brokerage.control.Offers;
import org.caremarket.brokerage.entity.CarePackage;
import org.caremarket.brokerage.entity.DeclineReason;
import org.caremarket.brokerage.entity.OfferStatus;
import org.caremarket.brokerage.entity.Urgency;
import org.caremarket.platform.entity.DomainFailure;
import org.caremarket.platform.entity.Role;
import org.caremarket.register.entity.ServiceKind;

/**
 * For providers' staff, signed in: the offers waiting for their answer, soonest to expire first, and one offer's page
 * to accept it at a price or decline it with a reason. The request shows only its postcode district (a provider sees
 * the full postcode only once the care is awarded to it). An offer withdrawn, expired or answered meanwhile is said in
 * words (409), not shown as an error page.
 */
@WebServlet(name = "ProviderOfferPages", urlPatterns = {"/provider/offers", "/provider/offers/*"})
public class ProviderOfferPages extends HttpServlet {

    private static final Pattern OFFER = Pattern.compile(
            "^/([0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12})(/accept|/decline)?$");
    private static final Pattern PRICE = Pattern.compile("^£?\\s*(\\d{1,3}(,\\d{3})+|\\d{1,7})(\\.\\d{2})?$");
    static final int NOTE_MAX = 500;

    /** One offer waiting for an answer, as the list and the answer page show it. */
    public record Waiting(String offerId, String serviceName, CarePackage request, String needs, Instant expiresAt,
                          String timeLeft, boolean discharge, String priceCap) {
    }

    @Inject
    Pages pages;

    @Inject
    Offers offers;

    @Inject
    CurrentCaller caller;

    @Inject
    Clock clock;

    @Inject
    org.caremarket.register.control.CareServices register;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        if (caller.get().isAnonymous()) {
            seeOther(response, "/sign-in");
            return;
        }
        if (!caller.get().is(Role.PROVIDER)) {
            response.sendError(HttpServletResponse.SC_FORBIDDEN);
            return;
        }
        String path = request.getPathInfo();
        if (path == null || path.equals("/")) {
            list(request, response);
            return;
        }
        Matcher m = OFFER.matcher(path);
        if (!m.matches() || m.group(2) != null) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        try {
            answerPage(request, response, 200, offers.read(m.group(1)), List.of(), Map.of(), null);
        } catch (DomainFailure failure) {
            response.sendError(failure.status());
        }
    }

    @Override
    protected void doPost(HttpServletRequest request, HttpServletResponse response) throws IOException {
        if (caller.get().isAnonymous()) {
            seeOther(response, "/sign-in");
            return;
        }
        if (!caller.get().is(Role.PROVIDER)) {
            response.sendError(HttpServletResponse.SC_FORBIDDEN);
            return;
        }
        String path = request.getPathInfo();
        Matcher m = path == null ? null : OFFER.matcher(path);
        if (m == null || !m.matches() || m.group(2) == null) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        String id = m.group(1);
        Offers.Detail detail;
        try {
            detail = offers.read(id);
        } catch (DomainFailure failure) {
            response.sendError(failure.status());
            return;
        }
        boolean accept = m.group(2).equals("/accept");
        String priceText = value(request, "price");
        String reasonText = value(request, "reason");
        String note = value(request, accept ? "acceptNote" : "declineNote");
        Map<String, String> values = accept ? Map.of("price", priceText, "acceptNote", note)
                : Map.of("reason", reasonText, "declineNote", note);
        List<FieldProblem> problems = new ArrayList<>();
        BigDecimal price = null;
        DeclineReason reason = null;
        if (accept) {
            price = price(priceText, problems);
        } else {
            reason = List.of(DeclineReason.values()).stream().filter(r -> r.name().equals(reasonText)).findFirst().orElse(null);
            if (reason == null) {
                problems.add(new FieldProblem("reason", "Select why you are declining the offer"));
            }
            if (reason == DeclineReason.OTHER && note.isEmpty()) {
                problems.add(new FieldProblem("declineNote", "Say why, when the reason is other"));
            }
        }
        if (note.length() > NOTE_MAX) {
            problems.add(new FieldProblem(accept ? "acceptNote" : "declineNote", "The note must be 500 characters or fewer"));
        }
        if (!problems.isEmpty()) {
            answerPage(request, response, 400, detail, problems, values, null);
            return;
        }
        try {
            if (accept) {
                offers.accept(id, price, note.isEmpty() ? null : note);
            } else {
                offers.decline(id, reason, note.isEmpty() ? null : note);
            }
        } catch (RuntimeException thrown) {
            DomainFailure failure = DomainFailure.within(thrown).orElseThrow(() -> thrown);
            if (failure.status() == 409 || failure.status() == 412) {
                answerPage(request, response, 409, offers.read(id), List.of(), values,
                        "Your answer has not been saved: " + failure.detail());
                return;
            }
            if (failure.status() == 400) {
                answerPage(request, response, 400, detail, List.of(new FieldProblem(accept ? "price" : "reason",
                        Words.sentence(failure.detail()))), values, null);
                return;
            }
            response.sendError(failure.status());
            return;
        }
        seeOther(response, "/provider/offers?" + (accept ? "accepted" : "declined") + "=yes");
    }

    /** Pounds and pence, more than 0 and at most 20,000: "1180", "1180.50", "£1,180.50". */
    static BigDecimal price(String text, List<FieldProblem> problems) {
        if (text.isEmpty()) {
            problems.add(new FieldProblem("price", "Enter your price"));
            return null;
        }
        Matcher m = PRICE.matcher(text);
        if (!m.matches()) {
            problems.add(new FieldProblem("price", "Enter your price in pounds and pence, like 1180 or 1180.50"));
            return null;
        }
        BigDecimal price = new BigDecimal(text.replaceAll("[£,\\s]", ""));
        if (price.signum() <= 0) {
            problems.add(new FieldProblem("price", "The price must be more than £0"));
            return null;
        }
        if (price.compareTo(new BigDecimal("20000")) > 0) {
            problems.add(new FieldProblem("price", "The price must be £20,000 or less"));
            return null;
        }
        return price;
    }

    private void list(HttpServletRequest request, HttpServletResponse response) throws IOException {
        Instant now = clock.instant();
        List<Offers.Detail> found = new ArrayList<>();
        int page = 0;
        while (page < 20) {
            var items = offers.forProvider(null, OfferStatus.SENT, page, 500);
            found.addAll(items.items());
            if ((long) (page + 1) * 500 >= items.total()) {
                break;
            }
            page++;
        }
        Map<String, String> names = names(found.stream().map(d -> d.offer().serviceId()).distinct().toList());
        List<Waiting> waiting = found.stream().map(d -> waiting(d, names, now))
                .sorted(Comparator.comparing(Waiting::expiresAt)).toList();
        Map<String, Object> model = new HashMap<>();
        model.put("waiting", waiting);
        model.put("notice", "yes".equals(request.getParameter("accepted"))
                ? "You have accepted the offer. The council will tell you if the care is awarded to you."
                : "yes".equals(request.getParameter("declined")) ? "You have declined the offer." : null);
        pages.render(response, 200, "providerOffers.jte",
                PageMeta.of(request, "Offers waiting for your answer", PageMeta.Section.ACCOUNT), model);
    }

    private void answerPage(HttpServletRequest request, HttpServletResponse response, int status, Offers.Detail d,
                            List<FieldProblem> problems, Map<String, String> values, String race) throws IOException {
        Instant now = clock.instant();
        Waiting w = waiting(d, names(List.of(d.offer().serviceId())), now);
        OfferStatus current = d.offer().status(now);
        Map<String, Object> model = new HashMap<>();
        model.put("w", w);
        model.put("status", current);
        model.put("open", current == OfferStatus.SENT);
        model.put("answered", current == OfferStatus.SENT ? null : switch (current) {
            case ACCEPTED -> "You accepted this offer at " + Words.pounds(d.offer().price()) + ". The council has not awarded the care yet.";
            case DECLINED -> "You declined this offer: " + Words.code(d.offer().declineReason()) + ".";
            case EXPIRED -> "This offer expired on " + Words.dateTime(d.offer().expiresAt()) + " without an answer.";
            case WITHDRAWN -> "The council withdrew this offer.";
            case AWARDED -> "The care is awarded to you. The person's postcode is " + d.carePackage().postcode() + ".";
            default -> "This offer is " + Words.code(current).toLowerCase(java.util.Locale.UK) + ": it is no longer waiting for your answer.";
        });
        model.put("race", race);
        model.put("values", values);
        model.put("reasons", List.of(DeclineReason.values()).stream()
                .map(r -> new String[] {r.name(), Words.code(r)}).toList());
        model.put("perHour", d.carePackage().kind() == ServiceKind.HOMECARE);
        pages.render(response, status, "providerOffer.jte",
                PageMeta.of(request, "Offer: " + Words.kind(d.carePackage().kind()) + " in " + d.carePackage().district(),
                        PageMeta.Section.ACCOUNT).withErrors(problems), model);
    }

    private Map<String, String> names(List<String> serviceIds) {
        Map<String, String> names = new HashMap<>();
        if (!serviceIds.isEmpty()) {
            register.directory(serviceIds).forEach(e -> names.put(e.id(), e.name()));
        }
        return names;
    }

    private static Waiting waiting(Offers.Detail d, Map<String, String> names, Instant now) {
        CarePackage p = d.carePackage();
        Duration left = Duration.between(now, d.offer().expiresAt());
        String per = p.kind() == ServiceKind.HOMECARE ? " an hour" : " a week";
        return new Waiting(d.offer().id(), names.getOrDefault(d.offer().serviceId(), "Your service"), p, needs(p),
                d.offer().expiresAt(), timeLeft(left), p.urgency() == Urgency.HOSPITAL_DISCHARGE,
                p.priceCap() == null ? "No cap given" : "Up to " + Words.pounds(p.priceCap()) + per);
    }

    /** What the care must be, in a line: the type or hours, two carers, specialisms, a carer's gender, a language. */
    static String needs(CarePackage p) {
        List<String> parts = new ArrayList<>();
        if (p.kind() == ServiceKind.HOMECARE) {
            parts.add(Words.plural(p.hoursPerWeek(), "hour", "hours") + " a week in " + Words.plural(p.visits().size(), "visit pattern", "visit patterns"));
        } else if (p.lineType() != null) {
            parts.add(Words.code(p.lineType()));
        }
        if (p.doubleHanded()) {
            parts.add("two carers");
        }
        p.specialisms().forEach(s -> parts.add(Words.code(s)));
        if (p.carerGender() != null) {
            parts.add(Words.code(p.carerGender()) + " carer");
        }
        if (p.language() != null && !p.language().isBlank()) {
            parts.add("speaks " + p.language());
        }
        return parts.isEmpty() ? "No particular needs given" : Words.sentence(String.join(", ", parts));
    }

    /** "2 days 3 hours left", "45 minutes left", "Expired". */
    static String timeLeft(Duration left) {
        if (left.isNegative() || left.isZero()) {
            return "Expired";
        }
        long days = left.toDays();
        long hours = left.toHoursPart();
        long minutes = left.toMinutesPart();
        if (days > 0) {
            return Words.plural(days, "day", "days") + (hours > 0 ? " " + Words.plural(hours, "hour", "hours") : "") + " left";
        }
        if (hours > 0) {
            return Words.plural(hours, "hour", "hours") + (minutes > 0 ? " " + Words.plural(minutes, "minute", "minutes") : "") + " left";
        }
        return Words.plural(Math.max(1, minutes), "minute", "minutes") + " left";
    }

    private static String value(HttpServletRequest request, String name) {
        String v = request.getParameter(name);
        return v == null ? "" : v.strip();
    }

    private static void seeOther(HttpServletResponse response, String path) {
        response.setStatus(HttpServletResponse.SC_SEE_OTHER);
        response.setHeader("Location", path);
    }
}
