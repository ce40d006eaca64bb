package org.caremarket.oruk.control;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.caremarket.register.entity.RatingValue;
import org.caremarket.register.entity.ServiceKind;
import org.caremarket.register.entity.Specialism;

/**
 * The taxonomies the feed serves and tags its services with: the kind of service, the people it specialises in, the
 * CQC rating (overall, and for each of the five key questions) and whether it has a vacancy now. Every id is a
 * name-based UUID of the taxonomy's and the term's code, so it is the same on every instance, after every restart
 * and import, without being stored.
 */
public final class Vocabulary {

    public static final String SERVICE_KIND = "service-kind";
    public static final String SPECIALISM = "specialism";
    public static final String CQC_OVERALL = "cqc-overall-rating";
    public static final String CQC_KEY_QUESTIONS = "cqc-key-question-ratings";
    public static final String VACANCY = "vacancy-status";

    public static final String HAS_VACANCY = "HAS_VACANCY_NOW";
    public static final String NO_VACANCY = "NO_VACANCY_NOW";
    public static final String NOT_REPORTED = "NOT_REPORTED_RECENTLY";

    /** The five key questions CQC asks of every service, in its order. */
    public static final List<String> KEY_QUESTIONS = List.of("SAFE", "EFFECTIVE", "CARING", "RESPONSIVE", "WELL_LED");

    private static final String VERSION = "1";

    private final List<Hsds.Taxonomy> taxonomies = new ArrayList<>();
    private final Map<String, Hsds.TaxonomyTerm> terms = new LinkedHashMap<>();
    private final Map<String, String> termIds = new LinkedHashMap<>();

    public static final Vocabulary INSTANCE = new Vocabulary();

    private Vocabulary() {
        taxonomy(SERVICE_KIND, "Adult social care service type",
                "The kind of adult social care service, as CQC registers it; each counts its capacity in its own unit.",
                kinds());
        taxonomy(SPECIALISM, "Adult social care specialism",
                "The people a service specialises in caring for, following CQC's service user bands and specialisms.",
                specialisms());
        taxonomy(CQC_OVERALL, "CQC overall rating",
                "The Care Quality Commission's overall rating of the service at its latest published inspection.",
                ratings(null));
        List<String[]> keyQuestions = new ArrayList<>();
        for (String question : KEY_QUESTIONS) {
            keyQuestions.add(new String[]{question, "CQC: " + words(question),
                    "The Care Quality Commission's rating of whether the service is " + words(question).toLowerCase(Locale.ROOT) + ".", null});
            for (String[] rating : ratings(question)) {
                keyQuestions.add(rating);
            }
        }
        taxonomy(CQC_KEY_QUESTIONS, "CQC key question ratings",
                "The Care Quality Commission's ratings for each of its five key questions: safe, effective, caring, "
                        + "responsive and well-led.", keyQuestions);
        taxonomy(VACANCY, "Vacancy status",
                "Whether the service can take someone on now, from the latest vacancy report its provider sent.",
                List.of(new String[]{HAS_VACANCY, "Has vacancy now",
                                "Registered, accepting referrals and reporting capacity available now in a recent report.", null},
                        new String[]{NO_VACANCY, "No vacancy now",
                                "A recent report says nothing is available now, or that it is not accepting referrals.", null},
                        new String[]{NOT_REPORTED, "Vacancies not reported recently",
                                "No vacancy report, or none recent enough to trust.", null}));
    }

    private static List<String[]> kinds() {
        List<String[]> terms = new ArrayList<>();
        for (ServiceKind kind : ServiceKind.values()) {
            terms.add(new String[]{kind.name(), kindName(kind), kindDescription(kind), null});
        }
        return terms;
    }

    private static List<String[]> specialisms() {
        List<String[]> terms = new ArrayList<>();
        for (Specialism specialism : Specialism.values()) {
            terms.add(new String[]{specialism.name(), words(specialism.name()),
                    "The service specialises in caring for: " + words(specialism.name()).toLowerCase(Locale.ROOT) + ".", null});
        }
        return terms;
    }

    private static List<String[]> ratings(String question) {
        List<String[]> terms = new ArrayList<>();
        for (RatingValue value : RatingValue.values()) {
            String code = question == null ? value.name() : question + ":" + value.name();
            String name = question == null ? words(value.name()) : words(question) + ": " + words(value.name());
            terms.add(new String[]{code, name, (question == null ? "Rated overall " : "Rated for " + words(question)
                    .toLowerCase(Locale.ROOT) + " ") + words(value.name()).toLowerCase(Locale.ROOT) + " by the Care Quality Commission.",
                    question});
        }
        return terms;
    }

    private void taxonomy(String code, String name, String description, List<String[]> codes) {
        String taxonomyId = id("taxonomy", code);
        List<Hsds.TaxonomyTerm> own = new ArrayList<>();
        for (String[] t : codes) {
            String termId = id("term", code + ":" + t[0]);
            String parentId = t[3] == null ? null : id("term", code + ":" + t[3]);
            Hsds.TaxonomyTerm term = new Hsds.TaxonomyTerm(termId, t[1], t[2], parentId, name, taxonomyId, t[0]);
            own.add(term);
            terms.put(termId, term);
            termIds.put(code + ":" + t[0], termId);
        }
        taxonomies.add(new Hsds.Taxonomy(taxonomyId, name, description, null, VERSION, List.copyOf(own)));
    }

    /** A name-based (version 3) UUID: the same name always gives the same id. */
    public static String id(String kind, String name) {
        return UUID.nameUUIDFromBytes(("caremarket:oruk:" + kind + ":" + name).getBytes(StandardCharsets.UTF_8)).toString();
    }

    public List<Hsds.Taxonomy> taxonomies() {
        return taxonomies;
    }

    public List<Hsds.TaxonomyTerm> terms() {
        return List.copyOf(terms.values());
    }

    public Optional<Hsds.TaxonomyTerm> term(String id) {
        return Optional.ofNullable(terms.get(id));
    }

    /** The term of a taxonomy by its code ({@code GOOD}, {@code SAFE:GOOD}). */
    public Hsds.TaxonomyTerm term(String taxonomy, String code) {
        return terms.get(termIds.get(taxonomy + ":" + code));
    }

    public Optional<Hsds.Taxonomy> taxonomy(String id) {
        return taxonomies.stream().filter(t -> t.id().equals(id)).findFirst();
    }

    static String words(String code) {
        String lower = code.replace('_', ' ').toLowerCase(Locale.ROOT);
        return Character.toUpperCase(lower.charAt(0)) + lower.substring(1);
    }

    static String kindName(ServiceKind kind) {
        return switch (kind) {
            case CARE_HOME_NURSING -> "Care home with nursing";
            case CARE_HOME_RESIDENTIAL -> "Care home without nursing";
            case HOMECARE -> "Homecare";
            case EXTRA_CARE -> "Extra care housing";
            case SUPPORTED_LIVING -> "Supported living";
            case SHARED_LIVES -> "Shared Lives";
        };
    }

    private static String kindDescription(ServiceKind kind) {
        return switch (kind) {
            case CARE_HOME_NURSING -> "A care home with nursing: residential care with registered nurses on site. Capacity in beds.";
            case CARE_HOME_RESIDENTIAL -> "A care home without nursing (residential care). Capacity in beds.";
            case HOMECARE -> "Care and support in a person's own home (domiciliary care). Capacity in hours a week.";
            case EXTRA_CARE -> "Extra care housing: people's own front door, with care on site. Capacity in units.";
            case SUPPORTED_LIVING -> "Care and support in the person's own tenancy. Capacity in places.";
            case SHARED_LIVES -> "Shared Lives carers who share their home and family life. Capacity in placements.";
        };
    }
}
