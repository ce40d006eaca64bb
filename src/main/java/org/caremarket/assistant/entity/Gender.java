package org.caremarket.assistant.entity;

/** A PA's gender as they give it; searchers may ask for a PA of a given gender (for personal care). */
public enum Gender {
    FEMALE, MALE, NON_BINARY
}
