package org.caremarket.brokerage.control;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import org.caremarket.brokerage.entity.CarePackage;
import org.caremarket.brokerage.entity.CloseReason;
import org.caremarket.brokerage.entity.DeclineReason;
import org.caremarket.brokerage.entity.PackageStatus;

/**
 * A care-package request from before it was brokered here (a council's earlier records, the demo market's year),
 * with its offers and how it ended, each at its own time: imported by {@link PastRequests}.
 *
 * @param requestedBy   whose request it is, as a key's owner would be
 * @param requesterRole the role that made it (BROKER, PERSON)
 */
public record PastRequest(CarePackage.Needs needs, String postcode, String councilCode, String requestedBy,
                          String requesterRole, Instant createdAt, List<PastOffer> offers, Outcome outcome) {

    /** What the provider did with an offer. */
    public enum Answer {
        NONE, ACCEPTED, DECLINED
    }

    /** An offer sent to a service, and its answer (price when accepted, reason when declined). */
    public record PastOffer(String serviceId, Instant sentAt, Instant expiresAt, Answer answer, Instant answeredAt,
                            BigDecimal price, DeclineReason reason) {
    }

    /**
     * How the request stands: still OPEN or OFFERED; AWARDED to the offer at {@code awardedOffer} (its index);
     * UNSOURCED or CANCELLED with a reason. {@code at} is when it closed.
     */
    public record Outcome(PackageStatus status, Instant at, int awardedOffer, CloseReason reason, String note) {
    }
}
