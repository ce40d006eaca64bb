package org.caremarket.vacancy.entity;

/** What a Shared Lives carer can offer. */
public enum PlacementType {
    LONG_TERM, SHORT_BREAK, DAY_SUPPORT
}
