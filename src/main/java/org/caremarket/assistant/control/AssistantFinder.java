package org.caremarket.assistant.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.caremarket.assistant.entity.AssistantFactor;
import org.caremarket.assistant.entity.Checks;
import org.caremarket.assistant.entity.Gender;
import org.caremarket.assistant.entity.Listing;
import org.caremarket.assistant.entity.PersonalAssistant;
import org.caremarket.assistant.entity.Profile;
import org.caremarket.assistant.entity.Ranking;
import org.caremarket.assistant.entity.SearchCriteria;
import org.caremarket.assistant.entity.SearchWeights;
import org.caremarket.assistant.entity.Skill;
import org.caremarket.assistant.entity.TravelGrid;
import org.caremarket.assistant.entity.Week;
import org.caremarket.geo.control.Geocoder;
import org.caremarket.geo.entity.Coordinate;
import org.caremarket.geo.entity.Located;
import org.caremarket.geo.entity.Postcode;

/**
 * The PA search and a PA's public card for other capabilities (the pages), without a key: the same index, criteria
 * and score as {@code GET /api/assistants/search}, answering only what a first contact needs and nothing more precise
 * than a postcode district: a display name, the district, whole kilometres, skills, rate, hours of overlap, the checks
 * and the score's reasons. Never a home postcode, address, phone or email: those pass only through an accepted
 * introduction.
 */
@ApplicationScoped
public class AssistantFinder {

    /** As many as one search answers (the API's own upper limit). */
    public static final int MOST = 50;

    @Inject
    AssistantIndex index;

    @Inject
    AssistantSettings settings;

    @Inject
    EmployerCosts costs;

    @Inject
    Geocoder geocoder;

    @Inject
    Assistants assistants;

    @Inject
    Clock clock;

    /** What a person asks for: a postcode or district already checked to be one, slots as {@code DAY:BAND}. */
    public record Query(String postcode, List<String> slots, List<Skill> skills, BigDecimal maxRate, String language,
                        Gender gender) {
    }

    public record Reason(String name, double points, double weight, String reason) {
    }

    public record Card(String id, String displayName, String district, long distanceKm, List<Skill> skills,
                       BigDecimal rateFrom, BigDecimal rateTo, int overlapHours, boolean dbsCurrent, boolean insuranceCurrent,
                       boolean rightToWorkChecked, boolean verified, double score, List<Reason> reasons) {
    }

    public record Found(String district, String needed, int neededHours, int inReach, int matched, List<Card> cards) {
    }

    /** A listed PA as anyone may see them (no contact details, no home postcode). */
    public record Public(String id, String displayName, String district, int travelKm, List<String> travelDistricts,
                         List<Skill> skills, List<String> qualifications, int experienceYears, List<String> languages,
                         Gender gender, String interests, BigDecimal rateFrom, BigDecimal rateTo, LocalDate availableFrom,
                         String availability, boolean dbsCurrent, boolean insuranceCurrent, boolean rightToWorkChecked,
                         boolean verified) {
    }

    /** The postcode or district is unknown: a {@code FieldError}-carrying {@code InvalidInput} on "postcode". */
    public Found search(Query q) {
        LocalDate today = LocalDate.now(clock.withZone(ZoneOffset.UTC));
        Coordinate at;
        String district;
        if (Postcode.parse(q.postcode()).isEmpty() && Postcode.parseDistrict(q.postcode()).isPresent()) {
            at = geocoder.place("postcode", q.postcode());
            district = Postcode.parseDistrict(q.postcode()).get();
        } else {
            Located located = geocoder.require("postcode", q.postcode());
            at = located.coordinate();
            district = located.postcode().district();
        }
        Week needed = Week.NONE;
        for (String s : q.slots()) {
            needed = needed.with(Week.slot(s).orElseThrow());
        }
        long skills = 0;
        for (Skill s : q.skills()) {
            skills |= s.bit();
        }
        String language = q.language() == null || q.language().isBlank() ? null : q.language().strip().toLowerCase(Locale.ROOT);
        SearchCriteria c = new SearchCriteria(at.latitude(), at.longitude(), district, needed, skills, q.maxRate(), language,
                q.gender(), today, false, MOST, costs.ratesOn(today).nationalLivingWage(), settings.dbsRenewalYears());
        SearchWeights w = settings.weights();
        TravelGrid.Outcome outcome = index.search(c, w);
        List<Card> cards = new ArrayList<>(outcome.results().size());
        for (TravelGrid.Ranked r : outcome.results()) {
            Listing l = r.listing();
            Checks checks = l.checks(today, settings.dbsRenewalYears());
            List<Reason> reasons = new ArrayList<>();
            for (AssistantFactor f : Ranking.explain(r, c, w, today)) {
                reasons.add(new Reason(f.name(), f.points(), f.weight(), f.reason()));
            }
            cards.add(new Card(l.id(), l.displayName(), l.district(), Math.max(1, Math.round(r.distanceKm())), Skill.of(l.skills()),
                    l.rateFrom(), l.rateTo(), r.overlapHours(), checks.dbs() == org.caremarket.assistant.entity.CheckStatus.CURRENT,
                    checks.insurance() == org.caremarket.assistant.entity.CheckStatus.CURRENT, checks.rightToWorkChecked(),
                    checks.verified(), r.score(), List.copyOf(reasons)));
        }
        return new Found(district, needed.describe(), needed.hours(), outcome.inReach(), outcome.matched(), List.copyOf(cards));
    }

    /** A listed PA's public card; empty when there is none or the listing is paused. */
    public Optional<Public> card(String id) {
        PersonalAssistant pa = assistants.find(id);
        if (pa == null || !pa.listed()) {
            return Optional.empty();
        }
        LocalDate today = LocalDate.now(clock.withZone(ZoneOffset.UTC));
        Checks checks = pa.checks(today, settings.dbsRenewalYears());
        Profile p = pa.profile();
        return Optional.of(new Public(pa.id(), p.displayName(), p.district(), p.travelKm(), p.travelDistricts(),
                List.copyOf(p.skills()), p.qualifications(), p.experienceYears(), p.languages(), p.gender(), p.interests(),
                p.rateFrom(), p.rateTo(), p.availableFrom(), p.week().describe(),
                checks.dbs() == org.caremarket.assistant.entity.CheckStatus.CURRENT,
                checks.insurance() == org.caremarket.assistant.entity.CheckStatus.CURRENT, checks.rightToWorkChecked(),
                checks.verified()));
    }
}
