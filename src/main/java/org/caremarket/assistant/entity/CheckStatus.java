package org.caremarket.assistant.entity;

/** How a check stands today, as a searcher sees it. */
public enum CheckStatus {
    /** In date. */
    CURRENT,
    /** Given, but out of date: an insurance policy past its expiry, a DBS certificate older than the renewal period and not on the update service. */
    EXPIRED,
    /** Not given. */
    NONE
}
