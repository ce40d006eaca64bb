package org.caremarket.web.boundary;

import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.math.BigDecimal;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import org.caremarket.assistant.control.AssistantFinder;
import org.caremarket.assistant.entity.Gender;
import org.caremarket.assistant.entity.Skill;
import org.caremarket.geo.entity.Postcode;
import org.caremarket.platform.entity.DomainFailure;
import org.caremarket.platform.entity.InvalidInput;

/**
 * "Find a personal assistant", public (R14.30–R14.33): a GET form (postcode or district, the times of the week as a
 * grid of checkboxes, skills, the most one can pay an hour, a language, a gender) and the PAs who fit as cards, ten a
 * page; and a PA's page. Anyone may search: the search and the card are the assistant capability's own
 * ({@code AssistantFinder}), which answer nothing more precise than a postcode district and never contact details.
 */
@WebServlet(name = "FindAssistantPages", urlPatterns = {"/find-a-pa", "/find-a-pa/assistants/*"})
public class FindAssistantPages extends HttpServlet {

    public static final String[] DAYS = {"MON", "TUE", "WED", "THU", "FRI", "SAT", "SUN"};
    public static final String[] DAY_NAMES = {"Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"};
    public static final String[] BANDS = {"MORNING", "AFTERNOON", "EVENING", "NIGHT"};
    public static final String[] BAND_NAMES = {"Morning (7am to noon)", "Afternoon (noon to 5pm)", "Evening (5pm to 10pm)",
            "Night (10pm to 7am)"};
    public static final int PAGE_SIZE = 10;
    private static final Pattern PAGE = Pattern.compile("^[1-5]$");
    private static final Pattern ID = Pattern.compile("^/[A-Za-z0-9-]{1,36}$");
    private static final Pattern MONEY = Pattern.compile("^\\d{1,3}(\\.\\d{1,2})?$");
    private static final Pattern LANGUAGE = Pattern.compile("^[\\p{L}][\\p{L} '\\-]{0,39}$");
    private static final Set<String> FIELDS = Set.of("postcode", "slot", "skill", "maxRate", "language", "gender", "page");

    @Inject
    Pages pages;

    @Inject
    AssistantFinder finder;

    /** The form as sent, every value kept to show again. */
    public static final class Form {
        public String postcode = "";
        public Set<String> slots = new LinkedHashSet<>();
        public Set<String> skills = new LinkedHashSet<>();
        public String maxRate = "";
        public String language = "";
        public String gender = "";

        public String pageLink(int page) {
            StringBuilder b = new StringBuilder("/find-a-pa?postcode=").append(enc(postcode));
            slots.forEach(s -> b.append("&slot=").append(enc(s)));
            skills.forEach(s -> b.append("&skill=").append(enc(s)));
            b.append("&maxRate=").append(enc(maxRate)).append("&language=").append(enc(language)).append("&gender=").append(enc(gender));
            return page > 1 ? b.append("&page=").append(page).toString() : b.toString();
        }

        private static String enc(String s) {
            return URLEncoder.encode(s, StandardCharsets.UTF_8);
        }
    }

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        if ("/find-a-pa/assistants".equals(request.getServletPath())) {
            assistantPage(request, response);
            return;
        }
        Map<String, String[]> params = request.getParameterMap();
        String[] pageValues = params.get("page");
        if (pageValues != null && (pageValues.length > 1 || !PAGE.matcher(pageValues[0]).matches())) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        int page = pageValues == null ? 1 : Integer.parseInt(pageValues[0]);
        Form form = new Form();
        List<FieldProblem> problems = new ArrayList<>();
        AssistantFinder.Found found = null;
        if (!params.isEmpty()) {
            Optional<AssistantFinder.Query> query = read(params, form, problems);
            if (query.isPresent()) {
                try {
                    found = finder.search(query.get());
                } catch (RuntimeException thrown) {
                    DomainFailure failure = DomainFailure.within(thrown).orElseThrow(() -> thrown);
                    if (!(failure instanceof InvalidInput invalid)) {
                        throw thrown;
                    }
                    if (!invalid.errors().isEmpty()) {
                        problems.add(new FieldProblem("postcode", "Enter a postcode in England that CareMarket knows, like LS6 2AA"));
                    }
                }
            }
        }
        Map<String, Object> model = new HashMap<>();
        model.put("form", form);
        model.put("found", found);
        model.put("page", page);
        model.put("skills", Skill.values());
        PageMeta meta = PageMeta.of(request, found != null ? "Personal assistants near " + found.district() : "Find a personal assistant",
                PageMeta.Section.HOME).withErrors(problems);
        pages.render(response, problems.isEmpty() ? 200 : 400, "findAssistant.jte", meta, model);
    }

    static Optional<AssistantFinder.Query> read(Map<String, String[]> params, Form form, List<FieldProblem> problems) {
        for (String name : params.keySet()) {
            if (!FIELDS.contains(name)) {
                problems.add(new FieldProblem("postcode", "The search had a field it does not know: start again from this form"));
                break;
            }
        }
        for (String name : List.of("postcode", "maxRate", "language", "gender")) {
            String[] v = params.get(name);
            if (v != null && v.length > 1) {
                problems.add(new FieldProblem(name, "Enter this once"));
            }
        }
        form.postcode = first(params, "postcode");
        form.maxRate = first(params, "maxRate");
        form.language = first(params, "language");
        form.gender = first(params, "gender");
        String[] slots = params.getOrDefault("slot", new String[0]);
        String[] skills = params.getOrDefault("skill", new String[0]);
        if (slots.length > DAYS.length * BANDS.length || skills.length > Skill.values().length) {
            problems.add(new FieldProblem("slot-MON-MORNING", "Tick each time once"));
        }
        String postcode = form.postcode.strip().toUpperCase(Locale.ROOT);
        if (postcode.isEmpty()) {
            problems.add(new FieldProblem("postcode", "Enter your postcode, or the first half of it, like LS6 2AA or LS6"));
        } else if (postcode.length() > 10 || (Postcode.parse(postcode).isEmpty() && Postcode.parseDistrict(postcode).isEmpty())) {
            problems.add(new FieldProblem("postcode", "Enter a real postcode, or the first half of it, like LS6 2AA or LS6"));
        }
        List<String> slotList = new ArrayList<>();
        boolean badSlot = false;
        for (String s : slots) {
            String[] parts = s.split(":", -1);
            if (parts.length != 2 || !List.of(DAYS).contains(parts[0]) || !List.of(BANDS).contains(parts[1])) {
                badSlot = true;
            } else if (form.slots.add(s)) {
                slotList.add(s);
            }
        }
        if (badSlot) {
            problems.add(new FieldProblem("slot-MON-MORNING", "Select times from the list"));
        } else if (slotList.isEmpty()) {
            problems.add(new FieldProblem("slot-MON-MORNING", "Select at least one time you need help"));
        }
        List<Skill> skillList = new ArrayList<>();
        boolean badSkill = false;
        for (String s : skills) {
            Optional<Skill> skill = java.util.Arrays.stream(Skill.values()).filter(k -> k.name().equals(s)).findFirst();
            if (skill.isEmpty()) {
                badSkill = true;
            } else if (form.skills.add(s)) {
                skillList.add(skill.get());
            }
        }
        if (badSkill) {
            problems.add(new FieldProblem("skill", "Select skills from the list"));
        }
        BigDecimal maxRate = null;
        String rate = form.maxRate.strip().replace("£", "");
        if (!rate.isEmpty()) {
            if (!MONEY.matcher(rate).matches() || new BigDecimal(rate).signum() <= 0) {
                problems.add(new FieldProblem("maxRate", "Enter the most you can pay an hour in pounds, like 15 or 14.50, or leave it empty"));
            } else {
                maxRate = new BigDecimal(rate);
            }
        }
        String language = form.language.strip();
        if (!language.isEmpty() && !LANGUAGE.matcher(language).matches()) {
            problems.add(new FieldProblem("language", "Enter a language in letters, like Urdu, or leave it empty"));
        }
        Gender gender = null;
        if (!form.gender.isEmpty()) {
            gender = java.util.Arrays.stream(Gender.values()).filter(g -> g.name().equals(form.gender)).findFirst().orElse(null);
            if (gender == null) {
                problems.add(new FieldProblem("gender", "Select a gender from the list, or any"));
            }
        }
        if (!problems.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(new AssistantFinder.Query(postcode, slotList, skillList, maxRate, language, gender));
    }

    private static String first(Map<String, String[]> params, String name) {
        String[] v = params.get(name);
        return v == null || v.length == 0 ? "" : v[0];
    }

    private void assistantPage(HttpServletRequest request, HttpServletResponse response) throws IOException {
        String path = request.getPathInfo();
        Optional<AssistantFinder.Public> pa = path != null && ID.matcher(path).matches() ? finder.card(path.substring(1)) : Optional.empty();
        if (pa.isEmpty()) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        pages.render(response, 200, "assistant.jte", PageMeta.of(request, pa.get().displayName() + ", personal assistant",
                PageMeta.Section.HOME), Map.of("pa", pa.get()));
    }

    /** For the template: a rate, one figure or a range. */
    public static String rate(BigDecimal from, BigDecimal to) {
        return from.compareTo(to) == 0 ? Words.pounds(from) + " an hour" : Words.pounds(from) + " to " + Words.pounds(to) + " an hour";
    }

    public static String gender(Gender g) {
        return g == null ? "Not given" : switch (g) {
            case FEMALE -> "Female";
            case MALE -> "Male";
            case NON_BINARY -> "Non-binary";
        };
    }

    public static int lastPage(AssistantFinder.Found found) {
        return Math.max(1, (found.cards().size() + PAGE_SIZE - 1) / PAGE_SIZE);
    }

    public static List<AssistantFinder.Card> pageOf(AssistantFinder.Found found, int page) {
        int from = Math.min(found.cards().size(), (page - 1) * PAGE_SIZE);
        return found.cards().subList(from, Math.min(found.cards().size(), from + PAGE_SIZE));
    }
}
