package org.caremarket.brokerage.entity;

/** The person's preference for the gender of their carers. */
public enum CarerGender {
    FEMALE, MALE
}
