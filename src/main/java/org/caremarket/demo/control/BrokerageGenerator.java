package org.caremarket.demo.control;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import org.caremarket.brokerage.control.PastRequest;
import org.caremarket.brokerage.entity.CarePackage;
import org.caremarket.brokerage.entity.CloseReason;
import org.caremarket.brokerage.entity.DeclineReason;
import org.caremarket.brokerage.entity.Funding;
import org.caremarket.brokerage.entity.PackageStatus;
import org.caremarket.brokerage.entity.Urgency;
import org.caremarket.brokerage.entity.Visit;
import org.caremarket.geo.entity.Coordinate;
import org.caremarket.register.entity.RatingValue;
import org.caremarket.register.entity.ServiceKind;
import org.caremarket.register.entity.Specialism;
import org.caremarket.vacancy.entity.Days;
import org.caremarket.vacancy.entity.TimeBand;

/**
 * A council's year of brokerage, the same for the same seed and start (R11.4): requests every working day, more
 * in winter, about a third of them hospital discharges; each offered to the nearest services of its kind in up to
 * three rounds, which accept (with a price), decline (with a reason) or let the offer lapse; the first acceptance is
 * awarded before it expires, and a request no round sources is closed unsourced. A few are cancelled. Offers are
 * answered within their time (4 hours for a discharge, 48 otherwise, as the brokerage defaults), so discharges are
 * mostly sourced within 48 hours and routine requests within one to three weeks. Requests of the last days are
 * still open, as a broker's work list is.
 */
public final class BrokerageGenerator {

    /** Where a person needing care may live: a real postcode and where it is. */
    public record Home(String postcode, Coordinate at) {
    }

    /** A service that may be offered requests. */
    public record Candidate(String serviceId, ServiceKind kind, Coordinate at) {
    }

    /** One council's brokerage to generate: its people, services, requests a week on average, and who asks. */
    public record CouncilBrokerage(String councilCode, String shortName, List<Home> homes, List<Candidate> services,
                                   int requestsPerWeek, String requestedBy) {
    }

    private static final Duration DISCHARGE_VALIDITY = Duration.ofHours(4);
    private static final Duration VALIDITY = Duration.ofHours(48);

    private final long seed;
    private final Instant start;

    public BrokerageGenerator(long seed, Instant start) {
        this.seed = seed;
        this.start = start;
    }

    public List<PastRequest> year(CouncilBrokerage council) {
        Random random = new Random(seed * 17 + council.councilCode().hashCode());
        List<PastRequest> requests = new ArrayList<>();
        LocalDate first = start.atZone(ZoneOffset.UTC).toLocalDate().minusDays(364);
        int sequence = 0;
        for (LocalDate day = first; !day.isAfter(start.atZone(ZoneOffset.UTC).toLocalDate()); day = day.plusDays(1)) {
            boolean weekend = day.getDayOfWeek().getValue() >= 6;
            double perDay = council.requestsPerWeek() / 6.0 * (weekend ? 0.4 : 1.1)
                    * (1 + 0.25 * Math.max(0, VacancyGenerator.season(day.atStartOfDay(ZoneOffset.UTC).toInstant())));
            int count = (int) perDay + (random.nextDouble() < perDay - (int) perDay ? 1 : 0);
            for (int i = 0; i < count; i++) {
                Instant created = day.atStartOfDay(ZoneOffset.UTC).toInstant()
                        .plus(Duration.ofMinutes(8 * 60 + random.nextInt(9 * 60)));
                if (created.isBefore(start)) {
                    request(council, random, created, ++sequence).ifPresent(requests::add);
                }
            }
        }
        return requests;
    }

    private java.util.Optional<PastRequest> request(CouncilBrokerage council, Random random, Instant created, int sequence) {
        int roll = random.nextInt(100);
        ServiceKind kind = roll < 50 ? ServiceKind.HOMECARE : roll < 72 ? ServiceKind.CARE_HOME_RESIDENTIAL
                : roll < 87 ? ServiceKind.CARE_HOME_NURSING : roll < 92 ? ServiceKind.SUPPORTED_LIVING
                : roll < 97 ? ServiceKind.EXTRA_CARE : ServiceKind.SHARED_LIVES;
        Home home = council.homes().get(random.nextInt(council.homes().size()));
        List<Candidate> near = council.services().stream().filter(s -> s.kind() == kind)
                .sorted(Comparator.comparingDouble((Candidate s) -> s.at().distanceKm(home.at()))).limit(12).toList();
        if (near.isEmpty()) {
            return java.util.Optional.empty();
        }
        int discharges = kind == ServiceKind.HOMECARE || kind == ServiceKind.CARE_HOME_NURSING ? 45 : 25;
        int u = random.nextInt(100);
        Urgency urgency = u < discharges ? Urgency.HOSPITAL_DISCHARGE : u < discharges + 8 ? Urgency.CARER_BREAKDOWN
                : Urgency.ROUTINE;
        CarePackage.Needs needs = needs(kind, urgency, random, created, council.shortName() + "-" + sequence);
        Duration validity = urgency == Urgency.HOSPITAL_DISCHARGE ? DISCHARGE_VALIDITY : VALIDITY;
        double winter = Math.max(0, VacancyGenerator.season(created));
        double acceptance = 0.36 * (1 - 0.3 * winter) * (kind == ServiceKind.HOMECARE ? 0.85 : 1);

        List<PastRequest.PastOffer> offers = new ArrayList<>();
        PastRequest.Outcome outcome = null;
        Instant at = created.plus(switch (urgency) {
            case HOSPITAL_DISCHARGE -> Duration.ofMinutes(60 + random.nextInt(5 * 60));
            case CARER_BREAKDOWN -> Duration.ofMinutes(120 + random.nextInt(22 * 60));
            case ROUTINE -> Duration.ofMinutes(6 * 60 + random.nextInt(4 * 24 * 60));
        });
        if (random.nextInt(100) < 5) {
            CloseReason why = List.of(CloseReason.NO_LONGER_NEEDED, CloseReason.ARRANGED_ELSEWHERE, CloseReason.PERSON_DIED,
                    CloseReason.NEEDS_CHANGED).get(random.nextInt(4));
            outcome = new PastRequest.Outcome(PackageStatus.CANCELLED, at.minus(Duration.ofMinutes(30)), -1, why, null);
        }
        int used = 0;
        for (int round = 0; round < 3 && outcome == null; round++) {
            int count = Math.min(near.size() - used, (urgency == Urgency.HOSPITAL_DISCHARGE ? 2 : 1) + random.nextInt(3));
            if (count <= 0) {
                break;
            }
            Instant accepted = null;
            int acceptedIndex = -1;
            Instant lapse = at.plus(validity);
            for (int i = 0; i < count; i++) {
                Candidate service = near.get(used++);
                Instant answered = at.plus(Duration.ofMinutes(5 + random.nextInt((int) validity.toMinutes() - 20)));
                double r = random.nextDouble();
                PastRequest.PastOffer offer;
                if (r < acceptance) {
                    offer = new PastRequest.PastOffer(service.serviceId(), at, lapse, PastRequest.Answer.ACCEPTED, answered,
                            price(kind, random), null);
                    if (accepted == null || answered.isBefore(accepted)) {
                        accepted = answered;
                        acceptedIndex = offers.size();
                    }
                } else if (r < acceptance + 0.45) {
                    offer = new PastRequest.PastOffer(service.serviceId(), at, lapse, PastRequest.Answer.DECLINED, answered,
                            null, decline(kind, random));
                } else {
                    offer = new PastRequest.PastOffer(service.serviceId(), at, lapse, PastRequest.Answer.NONE, null, null, null);
                }
                offers.add(offer);
            }
            if (accepted != null) {
                long room = Math.max(1, Duration.between(accepted, lapse).toMinutes() - 2);
                outcome = new PastRequest.Outcome(PackageStatus.AWARDED,
                        accepted.plus(Duration.ofMinutes(1 + random.nextInt((int) Math.min(room, 6 * 60)))), acceptedIndex,
                        null, null);
            } else {
                at = lapse.plus(urgency == Urgency.HOSPITAL_DISCHARGE ? Duration.ofMinutes(30 + random.nextInt(12 * 60))
                        : Duration.ofMinutes(12 * 60 + random.nextInt(3 * 24 * 60)));
            }
        }
        if (outcome == null) {
            boolean allDeclined = offers.stream().allMatch(o -> o.answer() == PastRequest.Answer.DECLINED);
            CloseReason why = allDeclined ? CloseReason.ALL_DECLINED : List.of(CloseReason.NO_VACANCY, CloseReason.NO_VACANCY,
                    CloseReason.NO_SUITABLE_SPECIALISM, CloseReason.TOO_FAR, CloseReason.OVER_PRICE_CAP).get(random.nextInt(5));
            outcome = new PastRequest.Outcome(PackageStatus.UNSOURCED, at, -1, why, "Demo: no provider could take it");
        }
        return java.util.Optional.of(asOfStart(new PastRequest(needs, home.postcode(), council.councilCode(),
                council.requestedBy(), "BROKER", created, offers, outcome)));
    }

    /** The request as it stands at the start: what happened after it has not happened yet. */
    private PastRequest asOfStart(PastRequest r) {
        List<PastRequest.PastOffer> offers = r.offers().stream().filter(o -> o.sentAt().isBefore(start))
                .map(o -> o.answeredAt() == null || o.answeredAt().isBefore(start) ? o
                        : new PastRequest.PastOffer(o.serviceId(), o.sentAt(), o.expiresAt(), PastRequest.Answer.NONE, null,
                        null, null))
                .toList();
        PastRequest.Outcome outcome = r.outcome();
        if (!outcome.at().isBefore(start)) {
            outcome = new PastRequest.Outcome(offers.isEmpty() ? PackageStatus.OPEN : PackageStatus.OFFERED, null, -1,
                    null, null);
        }
        return new PastRequest(r.needs(), r.postcode(), r.councilCode(), r.requestedBy(), r.requesterRole(), r.createdAt(),
                offers, outcome);
    }

    private static CarePackage.Needs needs(ServiceKind kind, Urgency urgency, Random random, Instant created, String reference) {
        boolean dementia = random.nextInt(100) < 40;
        Set<Specialism> groups = EnumSet.noneOf(Specialism.class);
        String lineType = null;
        List<Visit> visits = new ArrayList<>();
        boolean doubleHanded = false;
        switch (kind) {
            case CARE_HOME_RESIDENTIAL, CARE_HOME_NURSING -> {
                boolean nursing = kind == ServiceKind.CARE_HOME_NURSING;
                lineType = (nursing ? "NURSING" : "RESIDENTIAL") + (dementia ? "_DEMENTIA" : "");
                groups.add(Specialism.OLDER_PEOPLE);
                if (dementia) {
                    groups.add(Specialism.DEMENTIA);
                }
            }
            case HOMECARE -> {
                visits.add(new Visit(TimeBand.MORNING, Days.WEEKDAYS, 4 + random.nextInt(4)));
                if (random.nextInt(100) < 60) {
                    visits.add(new Visit(TimeBand.BED, Days.WEEKDAYS, 2 + random.nextInt(3)));
                }
                if (random.nextInt(100) < 50) {
                    visits.add(new Visit(TimeBand.MORNING, Days.WEEKENDS, 1 + random.nextInt(2)));
                }
                if (random.nextInt(100) < 30) {
                    visits.add(new Visit(TimeBand.LUNCH, Days.WEEKDAYS, 2 + random.nextInt(3)));
                }
                doubleHanded = random.nextInt(100) < 15;
                groups.add(Specialism.OLDER_PEOPLE);
            }
            case EXTRA_CARE -> {
                lineType = "ONE_BED";
                groups.add(Specialism.OLDER_PEOPLE);
            }
            case SHARED_LIVES -> {
                lineType = random.nextInt(100) < 70 ? "LONG_TERM" : "SHORT_BREAK";
                groups.add(Specialism.LEARNING_DISABILITIES);
            }
            case SUPPORTED_LIVING -> groups.add(Specialism.LEARNING_DISABILITIES);
        }
        Funding funding = kind == ServiceKind.CARE_HOME_NURSING && random.nextInt(100) < 12 ? Funding.NHS_CONTINUING_HEALTHCARE
                : kind == ServiceKind.HOMECARE && random.nextInt(100) < 10 ? Funding.DIRECT_PAYMENT : Funding.COUNCIL_ARRANGED;
        LocalDate startDate = created.atZone(ZoneOffset.UTC).toLocalDate()
                .plusDays(urgency == Urgency.ROUTINE ? 3 + random.nextInt(18) : random.nextInt(3));
        return new CarePackage.Needs(kind, lineType, groups, visits, doubleHanded, null, null, null, funding, null,
                RatingValue.REQUIRES_IMPROVEMENT, true, 15, null, startDate, urgency, "DEMO-" + reference, null);
    }

    /** A price in pounds a week (an hour for homecare), in the range councils publish. */
    private static BigDecimal price(ServiceKind kind, Random random) {
        long pence = switch (kind) {
            case HOMECARE -> 2300 + 25L * random.nextInt(30);
            case CARE_HOME_NURSING -> 110_000 + 500L * random.nextInt(100);
            case CARE_HOME_RESIDENTIAL -> 85_000 + 500L * random.nextInt(90);
            case EXTRA_CARE -> 40_000 + 500L * random.nextInt(60);
            case SUPPORTED_LIVING -> 120_000 + 1000L * random.nextInt(100);
            case SHARED_LIVES -> 45_000 + 500L * random.nextInt(60);
        };
        return BigDecimal.valueOf(pence, 2);
    }

    private static DeclineReason decline(ServiceKind kind, Random random) {
        int r = random.nextInt(100);
        if (kind == ServiceKind.HOMECARE) {
            return r < 45 ? DeclineReason.STAFFING : r < 65 ? DeclineReason.LOCATION : r < 85 ? DeclineReason.NO_CAPACITY
                    : r < 95 ? DeclineReason.CANNOT_MEET_NEEDS : DeclineReason.PRICE;
        }
        return r < 40 ? DeclineReason.NO_CAPACITY : r < 60 ? DeclineReason.CANNOT_MEET_NEEDS : r < 78 ? DeclineReason.STAFFING
                : r < 92 ? DeclineReason.PRICE : r < 96 ? DeclineReason.LOCATION : DeclineReason.OTHER;
    }
}
