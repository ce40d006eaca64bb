package org.caremarket.platform.entity;

/** What a credential may do; the binding on the key says for whom. */
public enum Role {
    /** Runs the installation: keys, imports, any record. */
    ADMIN,
    /** Reads the whole market of one council. */
    COMMISSIONER,
    /** Arranges care packages for one council. */
    BROKER,
    /** Acts for one provider: may change only that provider's services. */
    PROVIDER,
    /** A personal assistant keeping their own profile. */
    ASSISTANT,
    /** A person who buys their own care or holds a direct payment. */
    PERSON;

    /** True for roles whose keys must name the council they act for. */
    public boolean needsCouncil() {
        return this == COMMISSIONER || this == BROKER;
    }
}
