package org.caremarket.brokerage.entity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import org.caremarket.platform.entity.Conflict;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class OfferTest {

    private static final Instant SENT = Instant.parse("2026-11-24T10:00:00Z");
    private static final Instant EXPIRES = SENT.plus(Duration.ofHours(4));

    private static Offer offer() {
        return new Offer("package", "service", "provider", 80.5, "broker-key", SENT, EXPIRES);
    }

    @Test
    @DisplayName("R5.4 an offer not answered by its expiry time has expired, by the clock it is read with, and can no longer be accepted")
    void expiry() {
        Offer offer = offer();
        assertEquals(OfferStatus.SENT, offer.status(EXPIRES.minusSeconds(1)));
        assertEquals(OfferStatus.EXPIRED, offer.status(EXPIRES));
        Conflict late = assertThrows(Conflict.class, () -> offer.accept(new BigDecimal("1200.00"), null, EXPIRES.plusSeconds(1)));
        assertTrue(late.detail().contains("expired at 2026-11-24T14:00:00Z"), late.detail());
        assertEquals("/problems/offer-expired", late.type());
    }

    @Test
    @DisplayName("R5.5 accepted with a price, an offer can be awarded until it expires; declined, it cannot")
    void answers() {
        Offer accepted = offer();
        assertThrows(Conflict.class, () -> accepted.award(SENT, null, false), "not accepted yet");
        accepted.accept(new BigDecimal("1180.00"), "room 4 ready", SENT.plusSeconds(600));
        assertEquals(OfferStatus.ACCEPTED, accepted.status(SENT.plusSeconds(601)));
        accepted.award(SENT.plusSeconds(900), new BigDecimal("1200.00"), false);
        accepted.awarded();
        assertEquals(OfferStatus.AWARDED, accepted.status(EXPIRES.plusSeconds(60)), "an award does not expire");
        assertThrows(Conflict.class, () -> accepted.decline(DeclineReason.STAFFING, null, SENT));

        Offer lapsed = offer();
        lapsed.accept(new BigDecimal("1180.00"), null, SENT.plusSeconds(60));
        assertThrows(Conflict.class, () -> lapsed.award(EXPIRES, null, false), "an acceptance not awarded in time lapses");

        Offer declined = offer();
        declined.decline(DeclineReason.CANNOT_MEET_NEEDS, "no hoist", SENT.plusSeconds(60));
        assertEquals(OfferStatus.DECLINED, declined.status(SENT.plusSeconds(61)));
        assertEquals(DeclineReason.CANNOT_MEET_NEEDS, declined.declineReason());
        assertThrows(Conflict.class, () -> declined.accept(BigDecimal.TEN, null, SENT.plusSeconds(62)));
    }

    @Test
    @DisplayName("R5.11 an offer accepted above the request's price cap is flagged, and awarded only when the broker confirms it")
    void overPriceCap() {
        BigDecimal cap = new BigDecimal("1000.00");
        Offer dear = offer();
        dear.accept(new BigDecimal("19999.00"), null, SENT.plusSeconds(60));
        assertTrue(dear.overPriceCap(cap));
        Conflict refused = assertThrows(Conflict.class, () -> dear.award(SENT.plusSeconds(120), cap, false));
        assertEquals("/problems/over-price-cap", refused.type());
        assertTrue(refused.detail().contains("£19999.00") && refused.detail().contains("£1000.00")
                && refused.detail().contains("overCapConfirmed"), refused.detail());
        dear.award(SENT.plusSeconds(120), cap, true);

        Offer atCap = offer();
        atCap.accept(cap, null, SENT.plusSeconds(60));
        assertFalse(atCap.overPriceCap(cap), "at the cap is within it");
        atCap.award(SENT.plusSeconds(120), cap, false);
        assertFalse(offer().overPriceCap(cap), "no price yet");
        assertFalse(dear.overPriceCap(null), "no cap");
    }

    @Test
    @DisplayName("R5.7 when another offer wins open offers are not awarded; when the request is cancelled they are withdrawn")
    void closing() {
        Offer open = offer();
        open.close(false, SENT.plusSeconds(5));
        assertEquals(OfferStatus.NOT_AWARDED, open.status(SENT.plusSeconds(6)));
        Offer withdrawn = offer();
        withdrawn.close(true, SENT.plusSeconds(5));
        assertEquals(OfferStatus.WITHDRAWN, withdrawn.status(SENT.plusSeconds(6)));
        Offer declined = offer();
        declined.decline(DeclineReason.PRICE, null, SENT);
        declined.close(true, SENT.plusSeconds(5));
        assertEquals(OfferStatus.DECLINED, declined.status(SENT.plusSeconds(6)), "an answer stands");
    }
}
