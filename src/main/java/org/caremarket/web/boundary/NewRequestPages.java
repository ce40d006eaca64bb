package org.caremarket.web.boundary;

import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.caremarket.brokerage.entity.CarePackage;
import org.caremarket.brokerage.entity.CarerGender;
import org.caremarket.brokerage.entity.Funding;
import org.caremarket.brokerage.entity.Urgency;
import org.caremarket.brokerage.entity.Visit;
import org.caremarket.platform.entity.DomainFailure;
import org.caremarket.platform.entity.InvalidInput;
import org.caremarket.register.entity.RatingValue;
import org.caremarket.platform.entity.Role;
import org.caremarket.register.entity.ServiceKind;
import org.caremarket.register.entity.Specialism;
import org.caremarket.vacancy.entity.BedType;
import org.caremarket.vacancy.entity.Days;
import org.caremarket.vacancy.entity.PlacementType;
import org.caremarket.vacancy.entity.TimeBand;
import org.caremarket.vacancy.entity.UnitType;
import org.caremarket.web.control.RequestDrafts;

/**
 * A new request for care as GOV.UK question pages: a task list of five sections (the person; the care and needs;
 * preferences; funding and price cap; urgency and start), each a page whose answers are kept (a draft of the broker's
 * own), then "Check your answers", then the request is made by brokerage, which checks it all again as for the API;
 * what it refuses is shown on the check page, linked to the section to change.
 */
@WebServlet(name = "NewRequestPages", urlPatterns = {"/council/requests/new", "/council/requests/new/*"})
public class NewRequestPages extends CouncilPage {

    private static final Pattern PATH = Pattern.compile("^/([0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12})"
            + "(?:/(person|care|preferences|funding|urgency|check))?$");
    private static final Pattern POSTCODE = Pattern.compile("^[A-Za-z]{1,2}[0-9][A-Za-z0-9]? ?[0-9][A-Za-z]{2}$");
    static final int VISITS = 3;

    /** The sections of the task list, with the answer that marks each complete. */
    public static final Map<String, String> SECTIONS = new LinkedHashMap<>();

    static {
        SECTIONS.put("person", "The person");
        SECTIONS.put("care", "Care and needs");
        SECTIONS.put("preferences", "Preferences");
        SECTIONS.put("funding", "Funding and price cap");
        SECTIONS.put("urgency", "Urgency and start date");
    }

    @Inject
    RequestDrafts drafts;

    @Inject
    Clock clock;

    @Override
    Role[] roles() {
        return new Role[] {Role.BROKER, Role.ADMIN};
    }

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        Matcher m = PATH.matcher(request.getPathInfo() == null ? "" : request.getPathInfo());
        if (!m.matches()) {
            notFound(request, response);
            return;
        }
        var answers = drafts.answers(m.group(1));
        if (answers.isEmpty()) {
            notFound(request, response);
            return;
        }
        String section = m.group(2);
        if (section == null) {
            tasks(request, response, m.group(1), answers.get());
        } else if (section.equals("check")) {
            check(request, response, 200, m.group(1), answers.get(), List.of());
        } else {
            question(request, response, 200, m.group(1), section, answers.get(), List.of());
        }
    }

    @Override
    protected void doPost(HttpServletRequest request, HttpServletResponse response) throws IOException {
        String info = request.getPathInfo() == null ? "" : request.getPathInfo();
        if (info.isEmpty()) {
            seeOther(response, "/council/requests/new/" + drafts.start().id());
            return;
        }
        Matcher m = PATH.matcher(info);
        if (!m.matches() || m.group(2) == null) {
            notFound(request, response);
            return;
        }
        String id = m.group(1);
        var saved = drafts.answers(id);
        if (saved.isEmpty()) {
            notFound(request, response);
            return;
        }
        if (m.group(2).equals("check")) {
            submit(request, response, id, saved.get());
            return;
        }
        Map<String, String> answers = new LinkedHashMap<>();
        List<FieldProblem> problems = new ArrayList<>();
        read(request, m.group(2), answers, problems);
        if (!problems.isEmpty()) {
            Map<String, String> shown = new HashMap<>(saved.get());
            shown.putAll(answers);
            question(request, response, 400, id, m.group(2), shown, problems);
            return;
        }
        answers.put("done-" + m.group(2), "yes");
        drafts.save(id, answers);
        seeOther(response, "/council/requests/new/" + id);
    }

    /** Reads and checks one section's fields; every field of the section is put (empty when not given). */
    private void read(HttpServletRequest request, String section, Map<String, String> a, List<FieldProblem> problems) {
        switch (section) {
            case "person" -> {
                String postcode = value(request, "postcode").toUpperCase(java.util.Locale.ROOT);
                a.put("postcode", postcode);
                a.put("reference", value(request, "reference"));
                if (postcode.isEmpty()) {
                    problems.add(new FieldProblem("postcode", "Enter the person's postcode"));
                } else if (!POSTCODE.matcher(postcode).matches()) {
                    problems.add(new FieldProblem("postcode", "Enter a full postcode, like LS9 7TF"));
                }
                if (a.get("reference").length() > 60) {
                    problems.add(new FieldProblem("reference", "The reference must be 60 characters or fewer"));
                }
            }
            case "care" -> {
                String kind = value(request, "kind");
                a.put("kind", kind);
                ServiceKind k = parse(ServiceKind.class, kind);
                if (k == null) {
                    problems.add(new FieldProblem("kind", "Select the kind of care"));
                }
                String line = value(request, "lineType");
                a.put("lineType", line);
                List<String> specialisms = new ArrayList<>();
                String[] ticked = request.getParameterValues("specialism");
                if (ticked != null) {
                    for (String s : ticked) {
                        if (parse(Specialism.class, s) == null) {
                            problems.add(new FieldProblem("specialism", "Select specialisms from the list"));
                            break;
                        }
                        specialisms.add(s);
                    }
                }
                a.put("specialisms", String.join(",", specialisms));
                a.put("doubleHanded", "yes".equals(value(request, "doubleHanded")) ? "yes" : "");
                int visits = 0;
                for (int i = 0; i < VISITS; i++) {
                    String band = value(request, "band-" + i);
                    String days = value(request, "days-" + i);
                    String hours = value(request, "hours-" + i);
                    a.put("band-" + i, band);
                    a.put("days-" + i, days);
                    a.put("hours-" + i, hours);
                    if (band.isEmpty() && days.isEmpty() && hours.isEmpty()) {
                        continue;
                    }
                    visits++;
                    if (parse(TimeBand.class, band) == null) {
                        problems.add(new FieldProblem("band-" + i, "Visit " + (i + 1) + ": select the time of day"));
                    }
                    if (parse(Days.class, days) == null) {
                        problems.add(new FieldProblem("days-" + i, "Visit " + (i + 1) + ": select the days"));
                    }
                    if (!hours.matches("[0-9]{1,2}") || Integer.parseInt(hours) < 1 || Integer.parseInt(hours) > 84) {
                        problems.add(new FieldProblem("hours-" + i, "Visit " + (i + 1) + ": hours a week must be a whole number from 1 to 84"));
                    }
                }
                if (k != null) {
                    switch (k) {
                        case CARE_HOME_NURSING, CARE_HOME_RESIDENTIAL -> {
                            BedType b = parse(BedType.class, line);
                            if (b == null) {
                                problems.add(new FieldProblem("lineType", "Select the type of bed"));
                            } else if (k == ServiceKind.CARE_HOME_RESIDENTIAL && line.startsWith("NURSING")) {
                                problems.add(new FieldProblem("lineType", "Nursing beds are in care homes with nursing: choose that kind of care"));
                            }
                        }
                        case EXTRA_CARE -> {
                            if (parse(UnitType.class, line) == null) {
                                problems.add(new FieldProblem("lineType", "Select the type of flat"));
                            }
                        }
                        case SHARED_LIVES -> {
                            if (parse(PlacementType.class, line) == null) {
                                problems.add(new FieldProblem("lineType", "Select the type of placement"));
                            }
                        }
                        case HOMECARE -> {
                            if (visits == 0) {
                                problems.add(new FieldProblem("band-0", "Give at least one visit: time of day, days and hours a week"));
                            }
                        }
                        default -> { }
                    }
                }
            }
            case "preferences" -> {
                String gender = value(request, "carerGender");
                a.put("carerGender", gender);
                if (!gender.isEmpty() && parse(CarerGender.class, gender) == null) {
                    problems.add(new FieldProblem("carerGender", "Select a preference from the list"));
                }
                a.put("language", value(request, "language"));
                a.put("faith", value(request, "faith"));
                String family = value(request, "familyPostcode").toUpperCase(java.util.Locale.ROOT);
                a.put("familyPostcode", family);
                if (a.get("language").length() > 60) {
                    problems.add(new FieldProblem("language", "The language must be 60 characters or fewer"));
                }
                if (a.get("faith").length() > 100) {
                    problems.add(new FieldProblem("faith", "Faith or culture must be 100 characters or fewer"));
                }
                if (!family.isEmpty() && !POSTCODE.matcher(family).matches()) {
                    problems.add(new FieldProblem("familyPostcode", "Enter a full postcode, like LS8 1AB"));
                }
            }
            case "funding" -> {
                String funding = value(request, "funding");
                a.put("funding", funding);
                if (parse(Funding.class, funding) == null) {
                    problems.add(new FieldProblem("funding", "Select who pays"));
                }
                String cap = value(request, "priceCap").replace("£", "").replace(",", "");
                a.put("priceCap", cap);
                if (!cap.isEmpty() && (!cap.matches("[0-9]{1,5}(\\.[0-9]{1,2})?") || new BigDecimal(cap).signum() <= 0
                        || new BigDecimal(cap).compareTo(BigDecimal.valueOf(20000)) > 0)) {
                    problems.add(new FieldProblem("priceCap", "The price cap must be an amount in pounds from 0.01 to 20,000"));
                }
            }
            case "urgency" -> {
                String urgency = value(request, "urgency");
                a.put("urgency", urgency);
                if (parse(Urgency.class, urgency) == null) {
                    problems.add(new FieldProblem("urgency", "Select why the care is needed now"));
                }
                String day = value(request, "day");
                String month = value(request, "month");
                String year = value(request, "year");
                a.put("day", day);
                a.put("month", month);
                a.put("year", year);
                try {
                    LocalDate start = LocalDate.of(Integer.parseInt(year), Integer.parseInt(month), Integer.parseInt(day));
                    LocalDate today = LocalDate.now(clock.withZone(ZoneOffset.UTC));
                    if (start.isBefore(today) || start.isAfter(today.plusYears(1))) {
                        problems.add(new FieldProblem("day", "The start date must be from today up to a year ahead"));
                    }
                } catch (NumberFormatException | DateTimeException e) {
                    problems.add(new FieldProblem("day", "The start date must be a real date"));
                }
            }
            default -> { }
        }
    }

    private void submit(HttpServletRequest request, HttpServletResponse response, String id, Map<String, String> a) throws IOException {
        List<FieldProblem> missing = new ArrayList<>();
        for (String section : List.of("person", "care", "funding", "urgency")) {
            if (!"yes".equals(a.get("done-" + section))) {
                missing.add(new FieldProblem("section-" + section, "Complete " + SECTIONS.get(section).toLowerCase(java.util.Locale.UK)));
            }
        }
        if (!missing.isEmpty()) {
            check(request, response, 400, id, a, missing);
            return;
        }
        ServiceKind kind = ServiceKind.valueOf(a.get("kind"));
        List<Visit> visits = new ArrayList<>();
        if (kind == ServiceKind.HOMECARE) {
            for (int i = 0; i < VISITS; i++) {
                if (parse(TimeBand.class, a.get("band-" + i)) != null) {
                    visits.add(new Visit(TimeBand.valueOf(a.get("band-" + i)), Days.valueOf(a.get("days-" + i)),
                            Integer.parseInt(a.get("hours-" + i))));
                }
            }
        }
        EnumSet<Specialism> specialisms = EnumSet.noneOf(Specialism.class);
        if (a.get("specialisms") != null) {
            for (String s : a.get("specialisms").split(",")) {
                specialisms.add(Specialism.valueOf(s));
            }
        }
        String line = kind == ServiceKind.HOMECARE || kind == ServiceKind.SUPPORTED_LIVING ? null : a.get("lineType");
        LocalDate start = LocalDate.of(Integer.parseInt(a.get("year")), Integer.parseInt(a.get("month")), Integer.parseInt(a.get("day")));
        CarePackage.Needs needs = new CarePackage.Needs(kind, line, specialisms, visits,
                kind == ServiceKind.HOMECARE && "yes".equals(a.get("doubleHanded")),
                a.get("carerGender") == null ? null : CarerGender.valueOf(a.get("carerGender")), a.get("language"), a.get("faith"),
                Funding.valueOf(a.get("funding")), a.get("priceCap") == null ? null : new BigDecimal(a.get("priceCap")).setScale(2),
                RatingValue.REQUIRES_IMPROVEMENT, true, 15, null, start, Urgency.valueOf(a.get("urgency")), a.get("reference"), null);
        CarePackage made;
        try {
            made = drafts.submit(id, needs, a.get("postcode"), a.get("familyPostcode"), new ArrayList<>());
        } catch (RuntimeException failure) {
            var named = DomainFailure.within(failure);
            if (named.isPresent() && named.get() instanceof InvalidInput invalid) {
                List<FieldProblem> problems = invalid.errors().stream().map(e -> new FieldProblem(
                        "section-" + sectionOf(e.field()), SECTIONS.get(sectionOf(e.field())) + ": " + e.field() + " " + e.message()))
                        .toList();
                check(request, response, 400, id, a, problems);
                return;
            }
            throw failure;
        }
        seeOther(response, "/council/requests/" + made.id() + "?created=yes");
    }

    static String sectionOf(String field) {
        return field.startsWith("postcode") || field.startsWith("councilCode") || field.startsWith("reference") ? "person"
                : field.startsWith("preferences") || field.startsWith("currentProvider") ? "preferences"
                : field.startsWith("funding") || field.startsWith("priceCap") ? "funding"
                : field.startsWith("startDate") || field.startsWith("urgency") ? "urgency" : "care";
    }

    private void tasks(HttpServletRequest request, HttpServletResponse response, String id, Map<String, String> a) throws IOException {
        pages.render(response, 200, "council/newRequest.jte", meta(request, response, "New request for care"),
                Map.of("id", id, "answers", a, "sections", SECTIONS));
    }

    private void question(HttpServletRequest request, HttpServletResponse response, int status, String id, String section,
                          Map<String, String> a, List<FieldProblem> problems) throws IOException {
        Map<String, Object> model = new HashMap<>();
        model.put("id", id);
        model.put("section", section);
        model.put("a", a);
        model.put("visits", VISITS);
        pages.render(response, status, "council/question.jte", meta(request, response, SECTIONS.get(section)).withErrors(problems), model);
    }

    private void check(HttpServletRequest request, HttpServletResponse response, int status, String id, Map<String, String> a,
                       List<FieldProblem> problems) throws IOException {
        pages.render(response, status, "council/checkAnswers.jte", meta(request, response, "Check your answers").withErrors(problems),
                Map.of("id", id, "a", a, "sections", SECTIONS));
    }

    static <E extends Enum<E>> E parse(Class<E> type, String name) {
        if (name == null || name.isEmpty()) {
            return null;
        }
        for (E e : type.getEnumConstants()) {
            if (e.name().equals(name)) {
                return e;
            }
        }
        return null;
    }
}
