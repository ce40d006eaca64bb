package org.caremarket.cqc.entity;

/** A change in CQC's record of a service that a commissioner should know about. */
public enum AlertKind {
    /** The overall rating fell (e.g. Good to Requires improvement). */
    RATING_FELL,
    /** CQC no longer registers the location (or it is missing from a full directory file). */
    DEREGISTERED,
    /** CQC lists the location as dormant: registered but not providing care. */
    DORMANT
}
