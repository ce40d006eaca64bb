package org.caremarket.brokerage.entity;

/** Who pays: the council arranging it, the person's direct payment, the person themselves, or the NHS. */
public enum Funding {
    COUNCIL_ARRANGED, DIRECT_PAYMENT, SELF_FUNDED, NHS_CONTINUING_HEALTHCARE
}
