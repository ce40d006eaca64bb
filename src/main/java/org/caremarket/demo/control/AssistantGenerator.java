package org.caremarket.demo.control;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import org.caremarket.assistant.entity.DbsLevel;
import org.caremarket.assistant.entity.Gender;
import org.caremarket.assistant.entity.Profile;
import org.caremarket.assistant.entity.Skill;
import org.caremarket.assistant.entity.Week;
import org.caremarket.geo.entity.Coordinate;

/**
 * Fictional PAs, deterministic from a seed, placed on real postcodes (or, at England scale, at real
 * postcode-district centroids). Their make-up follows what PA registers report: most PAs are women,
 * most offer personal care, medication and help at home, a minority drive or have clinical skills such
 * as PEG feeding; rates run from the National Living Wage to a few pounds above; about a third have been
 * verified by a council. Phone numbers are from Ofcom's range for drama (07700 900000–900999) and
 * email addresses at example.org, so none reaches anyone.
 */
public final class AssistantGenerator {

    static final String[] WOMEN = {"Amira", "Bethany", "Chloe", "Danielle", "Eleanor", "Fatima", "Grace", "Hannah", "Isla",
            "Jasmine", "Katie", "Leanne", "Maria", "Nadia", "Olivia", "Priya", "Rachel", "Sophie", "Tasha", "Una", "Vicky",
            "Wendy", "Yasmin", "Zofia", "Agnieszka", "Bushra", "Carys", "Deepa", "Ewa", "Funmi", "Gemma", "Hina", "Joanne",
            "Kerry", "Lucy", "Megan", "Naomi", "Rukhsana", "Sarah", "Tracey"};
    static final String[] MEN = {"Adam", "Ben", "Callum", "Daniel", "Ethan", "Faisal", "George", "Harvey", "Imran", "Jamal",
            "Kieran", "Liam", "Marek", "Nathan", "Owen", "Piotr", "Ravi", "Sam", "Tom", "Yusuf"};
    static final String[] OTHER_LANGUAGES = {"Urdu", "Punjabi", "Polish", "Gujarati", "Bengali", "Arabic", "Romanian", "Somali",
            "Hindi", "Kurdish", "Portuguese", "British Sign Language"};
    static final String[] QUALIFICATIONS = {"Care Certificate", "Level 2 Diploma in Care", "Level 3 Diploma in Adult Care",
            "Moving and handling (practical)", "Safe handling of medicines", "Emergency first aid at work",
            "Dementia awareness", "Epilepsy and buccal midazolam", "PEG feeding (competency signed off)",
            "Mental health first aid", "Oliver McGowan training on learning disability and autism"};
    static final String[] INTERESTS = {"Gardening", "Football", "Baking", "Walking", "Music", "Art and crafts", "Cinema",
            "Swimming", "Cooking", "Reading", "Board games", "Fishing", "Dancing", "Cricket", "Knitting"};
    static final int[] TRAVEL = {3, 5, 5, 8, 8, 10, 10, 10, 15, 15, 20, 25};

    /** How often each skill is offered, in percent. */
    static final int[] SKILL_SHARE = new int[Skill.values().length];

    static {
        share(Skill.PERSONAL_CARE, 80);
        share(Skill.MOVING_AND_HANDLING, 45);
        share(Skill.MEDICATION, 60);
        share(Skill.PEG_FEEDING, 6);
        share(Skill.CATHETER_AND_STOMA_CARE, 10);
        share(Skill.EPILEPSY_RESCUE_MEDICATION, 12);
        share(Skill.AUTISM, 25);
        share(Skill.LEARNING_DISABILITY, 30);
        share(Skill.DEMENTIA, 30);
        share(Skill.MENTAL_HEALTH, 20);
        share(Skill.PHYSICAL_DISABILITY, 35);
        share(Skill.SENSORY_IMPAIRMENT, 8);
        share(Skill.BRITISH_SIGN_LANGUAGE, 2);
        share(Skill.END_OF_LIFE_CARE, 8);
        share(Skill.MEAL_PREPARATION, 60);
        share(Skill.DOMESTIC_SUPPORT, 50);
        share(Skill.SOCIAL_AND_LEISURE, 55);
        share(Skill.DRIVING_OWN_CAR, 40);
    }

    private static void share(Skill skill, int percent) {
        SKILL_SHARE[skill.ordinal()] = percent;
    }

    /** Where a PA lives: a real postcode (or null, at a district centroid), its district, council and nearby districts. */
    public record Home(String postcode, String district, Coordinate coordinate, String councilCode, List<String> nearby) {
    }

    /** A PA to load, with whether a council has verified them and when. */
    public record Generated(Profile profile, LocalDate verifiedOn) {
    }

    private final Random random;
    private final LocalDate today;
    private final BigDecimal payFloor;

    public AssistantGenerator(long seed, LocalDate today, BigDecimal payFloor) {
        this.random = new Random(seed);
        this.today = today;
        this.payFloor = payFloor;
    }

    public Generated next(int number, Home home) {
        boolean woman = random.nextInt(100) < 80;
        Gender gender = random.nextInt(100) == 0 ? Gender.NON_BINARY : woman ? Gender.FEMALE : Gender.MALE;
        String first = woman || gender == Gender.NON_BINARY ? pick(WOMEN) : pick(MEN);
        String initial = String.valueOf((char) ('A' + random.nextInt(26)));
        Set<Skill> skills = EnumSet.noneOf(Skill.class);
        for (Skill s : Skill.values()) {
            if (random.nextInt(100) < SKILL_SHARE[s.ordinal()]) {
                skills.add(s);
            }
        }
        List<String> languages = new ArrayList<>(List.of("English"));
        if (random.nextInt(100) < 15) {
            languages.add(pick(OTHER_LANGUAGES));
        }
        List<String> qualifications = new ArrayList<>();
        for (int i = 0, n = random.nextInt(4); i < n; i++) {
            String q = pick(QUALIFICATIONS);
            if (!qualifications.contains(q)) {
                qualifications.add(q);
            }
        }
        List<String> interests = new ArrayList<>();
        for (int i = 0, n = 1 + random.nextInt(3); i < n; i++) {
            String q = pick(INTERESTS);
            if (!interests.contains(q)) {
                interests.add(q);
            }
        }
        BigDecimal from = payFloor.add(BigDecimal.valueOf(random.nextInt(16) * 25L, 2));
        BigDecimal to = from.add(BigDecimal.valueOf(random.nextInt(9) * 25L, 2));
        List<String> districts = random.nextInt(100) < 20 && !home.nearby().isEmpty()
                ? List.of(home.nearby().get(random.nextInt(home.nearby().size()))) : List.of();
        LocalDate availableFrom = random.nextInt(10) == 0 ? today.plusDays(1 + random.nextInt(60))
                : today.minusDays(random.nextInt(200));
        Profile.Dbs dbs = random.nextInt(100) < 5 ? null : new Profile.Dbs(
                random.nextInt(10) == 0 ? DbsLevel.ENHANCED : DbsLevel.ENHANCED_WITH_ADULTS_BARRED_LIST,
                today.minusDays(30 + random.nextInt(5 * 365)), random.nextInt(100) < 40);
        boolean rightToWork = random.nextInt(100) < 90;
        LocalDate insurance = random.nextInt(100) < 60 ? today.plusDays(random.nextInt(425) - 60) : null;
        boolean current = dbs != null && (dbs.updateService() || !dbs.certificateDate().plusYears(3).isBefore(today))
                && rightToWork && (insurance == null || !insurance.isBefore(today));
        LocalDate verified = current && random.nextInt(100) < 35 ? today.minusDays(random.nextInt(365)) : null;
        Profile profile = new Profile(first, initial, home.postcode(), home.district(), home.coordinate(), home.councilCode(),
                TRAVEL[random.nextInt(TRAVEL.length)], districts, skills, qualifications, random.nextInt(26), languages, gender,
                String.join(", ", interests), from, to, availableFrom, week(), dbs, rightToWork, insurance,
                String.format("07700 900%03d", number % 1000),
                first.toLowerCase(java.util.Locale.ROOT) + "." + number + "@example.org", true);
        return new Generated(profile, verified);
    }

    /** One to three blocks of the week a PA commonly offers. */
    private Week week() {
        String[] blocks = {"WEEKDAYS:MORNING", "WEEKDAYS:AFTERNOON", "WEEKDAYS:EVENING", "WEEKENDS:MORNING",
                "WEEKENDS:AFTERNOON", "WEEKENDS:EVENING", "EVERY_DAY:MORNING", "MON:NIGHT", "FRI:NIGHT", "SAT:NIGHT",
                "TUE:AFTERNOON", "THU:MORNING"};
        Week week = Week.NONE;
        for (int i = 0, n = 1 + random.nextInt(3); i < n; i++) {
            week = week.with(Week.slot(blocks[random.nextInt(blocks.length)]).orElseThrow());
        }
        return week;
    }

    private String pick(String[] values) {
        return values[random.nextInt(values.length)];
    }
}
