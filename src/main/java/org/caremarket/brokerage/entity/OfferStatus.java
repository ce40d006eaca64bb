package org.caremarket.brokerage.entity;

/**
 * An offer: sent to a provider, who accepts (with a price) or declines (with a reason); the broker
 * awards one accepted offer and the others are not awarded. An offer not answered, or an acceptance
 * not awarded, by its expiry time has EXPIRED. The broker can withdraw an offer not yet awarded.
 */
public enum OfferStatus {
    SENT, ACCEPTED, DECLINED, AWARDED, NOT_AWARDED, WITHDRAWN, EXPIRED;

    public boolean isOpen() {
        return this == SENT || this == ACCEPTED;
    }
}
