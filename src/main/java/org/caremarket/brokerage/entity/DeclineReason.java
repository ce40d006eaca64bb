package org.caremarket.brokerage.entity;

/** Why a provider declined an offer: the codes brokers and commissioners count. */
public enum DeclineReason {
    NO_CAPACITY, CANNOT_MEET_NEEDS, STAFFING, PRICE, LOCATION, OTHER
}
