package org.caremarket.demo.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.caremarket.brokerage.control.PastRequest;
import org.caremarket.brokerage.entity.PackageStatus;
import org.caremarket.brokerage.entity.Urgency;
import org.caremarket.geo.entity.Coordinate;
import org.caremarket.geo.entity.Precision;
import org.caremarket.register.entity.ServiceKind;
import org.caremarket.register.entity.Specialism;
import org.caremarket.vacancy.control.ReportHistory;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** The demo's year of vacancies and brokerage, generated without a server from a fixed start. */
class DemoGeneratorsTest {

    private static final Instant START = Instant.parse("2026-11-24T09:00:00Z");
    private static final Coordinate LEEDS = new Coordinate(53.7997, -1.5492, Precision.EXACT);
    private static final List<VacancyGenerator.District> DISTRICTS = List.of(
            new VacancyGenerator.District("LS1", LEEDS), new VacancyGenerator.District("LS2", new Coordinate(53.80, -1.55,
                    Precision.DISTRICT_CENTROID)));

    private static List<VacancyGenerator.Site> homes() {
        return IntStream.range(0, 300).mapToObj(i -> new VacancyGenerator.Site(String.format("1-0%09d", i),
                i % 2 == 0 ? ServiceKind.CARE_HOME_NURSING : ServiceKind.CARE_HOME_RESIDENTIAL, 20 + i % 60,
                EnumSet.of(Specialism.OLDER_PEOPLE, Specialism.DEMENTIA), LEEDS)).toList();
    }

    private static double occupancy(ReportHistory.Dated dated, int capacity) {
        var r = dated.report();
        return 100.0 * (capacity - r.available() - r.held() - r.closed()) / capacity;
    }

    @Test
    @DisplayName("R11.2 the same seed and start give the same year of reports; another seed another")
    void deterministicVacancies() {
        VacancyGenerator.Site site = homes().get(7);
        assertEquals(new VacancyGenerator(5, START, 7, DISTRICTS).year(site).toString(),
                new VacancyGenerator(5, START, 7, DISTRICTS).year(site).toString());
        assertNotEquals(new VacancyGenerator(5, START, 7, DISTRICTS).year(site).toString(),
                new VacancyGenerator(6, START, 7, DISTRICTS).year(site).toString());
    }

    @Test
    @DisplayName("R11.3 a year of weekly reports, fuller in winter; a few homes under 80%; some stopped reporting (stale)")
    void year() {
        VacancyGenerator generator = new VacancyGenerator(20261124, START, 7, DISTRICTS);
        int under80 = 0;
        int stale = 0;
        double winter = 0;
        double summer = 0;
        int winterRows = 0;
        int summerRows = 0;
        for (VacancyGenerator.Site home : homes()) {
            List<ReportHistory.Dated> year = generator.year(home);
            Instant first = year.get(0).reportedAt();
            Instant last = year.get(year.size() - 1).reportedAt();
            assertTrue(first.isAfter(START.minus(Duration.ofDays(365))) && first.isBefore(START.minus(Duration.ofDays(300))),
                    "starts a year back: " + first);
            assertTrue(last.isBefore(START));
            for (int i = 1; i < year.size(); i++) {
                assertTrue(year.get(i).reportedAt().isAfter(year.get(i - 1).reportedAt()), "oldest first");
            }
            if (last.isBefore(START.minus(Duration.ofDays(7)))) {
                stale++;
            }
            double mean = year.stream().mapToDouble(d -> occupancy(d, home.capacity())).average().orElseThrow();
            if (mean < 80) {
                under80++;
            }
            for (ReportHistory.Dated d : year) {
                int month = d.reportedAt().atZone(java.time.ZoneOffset.UTC).getMonthValue();
                if (month == 12 || month <= 2) {
                    winter += occupancy(d, home.capacity());
                    winterRows++;
                } else if (month >= 6 && month <= 8) {
                    summer += occupancy(d, home.capacity());
                    summerRows++;
                }
            }
        }
        assertTrue(winter / winterRows > summer / summerRows + 3, "winter " + winter / winterRows + ", summer " + summer / summerRows);
        assertTrue(under80 > 5 && under80 < 45, under80 + " of 300 homes under 80%");
        assertTrue(stale > 20 && stale < 90, stale + " of 300 stale");
    }

    private static List<PastRequest> brokerage(long seed) {
        List<BrokerageGenerator.Home> homes = IntStream.range(0, 50).mapToObj(i -> new BrokerageGenerator.Home("LS1 " + i + "AA",
                new Coordinate(53.80 + i * 0.001, -1.55, Precision.EXACT))).toList();
        List<BrokerageGenerator.Candidate> services = new ArrayList<>();
        for (ServiceKind kind : ServiceKind.values()) {
            for (int i = 0; i < 15; i++) {
                services.add(new BrokerageGenerator.Candidate(kind + "-" + i, kind, new Coordinate(53.7 + i * 0.01, -1.5,
                        Precision.EXACT)));
            }
        }
        return new BrokerageGenerator(seed, START).year(new BrokerageGenerator.CouncilBrokerage("E08000035", "LEEDS", homes,
                services, 14, "demo-broker"));
    }

    /** Requests as text, visits by their fields. */
    private static String describe(List<PastRequest> requests) {
        return requests.stream().map(r -> r.toString().replaceAll("Visit@[0-9a-f]+", "Visit") + r.needs().visits().stream()
                .map(v -> v.timeBand() + " " + v.days() + " " + v.hoursPerWeek()).toList()).collect(Collectors.joining("\n"));
    }

    @Test
    @DisplayName("R11.4 a year of requests in every final state, discharges sourced within 48 hours mostly; the same seed the same year")
    void brokerageYear() {
        List<PastRequest> year = brokerage(20261124);
        assertEquals(describe(year), describe(brokerage(20261124)));
        assertNotEquals(describe(year), describe(brokerage(1)));
        assertTrue(year.size() > 600 && year.size() < 1000, year.size() + " requests");
        Map<PackageStatus, Long> byStatus = year.stream().collect(Collectors.groupingBy(r -> r.outcome().status(),
                Collectors.counting()));
        assertTrue(byStatus.keySet().containsAll(Set.of(PackageStatus.AWARDED, PackageStatus.UNSOURCED, PackageStatus.CANCELLED)),
                byStatus::toString);
        assertTrue(byStatus.getOrDefault(PackageStatus.OPEN, 0L) + byStatus.getOrDefault(PackageStatus.OFFERED, 0L) > 0,
                byStatus::toString);
        assertTrue(byStatus.get(PackageStatus.AWARDED) > year.size() * 0.6, byStatus::toString);
        List<Duration> discharges = year.stream().filter(r -> r.needs().urgency() == Urgency.HOSPITAL_DISCHARGE
                && r.outcome().status() == PackageStatus.AWARDED).map(r -> Duration.between(r.createdAt(), r.outcome().at()))
                .toList();
        long within48 = discharges.stream().filter(d -> d.toHours() < 48).count();
        assertTrue(within48 > discharges.size() / 2, within48 + " of " + discharges.size() + " discharges within 48 hours");
        for (PastRequest r : year) {
            for (PastRequest.PastOffer o : r.offers()) {
                assertTrue(!o.sentAt().isBefore(r.createdAt()) && o.sentAt().isBefore(START));
                assertTrue(o.answeredAt() == null || (o.answeredAt().isBefore(o.expiresAt()) && o.answeredAt().isBefore(START)));
            }
            if (r.outcome().status() == PackageStatus.AWARDED) {
                PastRequest.PastOffer won = r.offers().get(r.outcome().awardedOffer());
                assertEquals(PastRequest.Answer.ACCEPTED, won.answer());
                assertTrue(r.outcome().at().isAfter(won.answeredAt()) && r.outcome().at().isBefore(won.expiresAt()));
            }
        }
    }
}
