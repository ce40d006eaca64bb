package org.caremarket.brokerage.entity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import org.caremarket.register.entity.RatingValue;
import org.caremarket.register.entity.RegistrationStatus;
import org.caremarket.register.entity.ServiceKind;
import org.caremarket.register.entity.Specialism;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class MarketSliceTest {

    private static final Instant NOW = Instant.parse("2026-11-24T10:00:00Z");
    private static final List<String> COUNCILS = List.of("E08000035", "E08000036", "E10000018", "E06000016");

    @Test
    @DisplayName("R5.2 matching the grid's candidates gives exactly what matching every service gives: same matches, same counts")
    void candidatesLoseNothing() {
        Random random = new Random(7);
        List<Supply> market = new ArrayList<>();
        for (int i = 0; i < 4000; i++) {
            RatingValue rating = RatingValue.values()[random.nextInt(RatingValue.values().length)];
            market.add(new Supply("s" + i, "p" + i, "P", "S", ServiceKind.CARE_HOME_NURSING,
                    random.nextInt(20) == 0 ? RegistrationStatus.DEREGISTERED : RegistrationStatus.REGISTERED,
                    COUNCILS.get(random.nextInt(COUNCILS.size())), "LS9 7TF", 52.4 + random.nextDouble() * 1.8,
                    -2.2 + random.nextDouble() * 1.6, rating, new RatingValue[] {rating, rating, rating, rating, rating}, null,
                    random.nextBoolean() ? EnumSet.of(Specialism.DEMENTIA) : Set.of(),
                    random.nextInt(10) == 0 ? null : NOW.minus(Duration.ofHours(random.nextInt(24 * 10))),
                    random.nextInt(10) > 0, new BigDecimal(900 + random.nextInt(600)), false,
                    Map.of("NURSING_DEMENTIA", random.nextInt(3)), Map.of(), NOW));
        }
        MarketSlice slice = new MarketSlice(market);
        Supply[] all = slice.all();
        for (int i = 0; i < 200; i++) {
            double lat = 52.5 + random.nextDouble() * 1.6;
            double lon = -2.1 + random.nextDouble() * 1.4;
            boolean family = random.nextBoolean();
            Criteria c = new Criteria("p" + i, COUNCILS.get(random.nextInt(COUNCILS.size())), ServiceKind.CARE_HOME_NURSING,
                    "NURSING_DEMENTIA", "LS9", lat, lon, family ? lat + 0.2 : null, family ? lon - 0.3 : null,
                    EnumSet.of(Specialism.DEMENTIA), List.of(), false, new BigDecimal("1300.00"),
                    RatingValue.REQUIRES_IMPROVEMENT, true, 5 + random.nextInt(40), null, "LS9 7TF", family ? "LS8 1AB" : null);
            Supply[] candidates = slice.candidates(c);
            assertTrue(candidates.length <= all.length);
            Matching.Result everything = Matching.match(c, all, Weights.DEFAULT, NOW, Duration.ofDays(7), 20);
            Matching.Result fromGrid = Matching.match(c, candidates, Weights.DEFAULT, NOW, Duration.ofDays(7), 20);
            assertEquals(everything.considered(), fromGrid.considered());
            assertEquals(everything.excluded(), fromGrid.excluded());
            assertEquals(everything.matches().stream().map(m -> m.supply().serviceId()).toList(),
                    fromGrid.matches().stream().map(m -> m.supply().serviceId()).toList());
            assertEquals(candidates.length, java.util.Arrays.stream(candidates).map(Supply::serviceId).distinct().count(),
                    "each service once");
        }
    }
}
