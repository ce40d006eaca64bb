package org.caremarket.register.entity;

/** Who owns a provider, as councils report their market. */
public enum Ownership {
    PRIVATE, VOLUNTARY, COUNCIL, NHS
}
