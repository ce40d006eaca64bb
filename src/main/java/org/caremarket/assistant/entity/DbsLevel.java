package org.caremarket.assistant.entity;

/** The level of a Disclosure and Barring Service certificate; work with adults needs ENHANCED_WITH_ADULTS_BARRED_LIST. */
public enum DbsLevel {
    BASIC, STANDARD, ENHANCED, ENHANCED_WITH_ADULTS_BARRED_LIST
}
