package org.caremarket.cqc.entity;

/** Where an import's records come from. */
public enum ImportKind {
    /** CQC's monthly directory CSV. */
    DIRECTORY,
    /** CQC API records ({@code /locations/{id}}, {@code /providers/{id}}) sent to CareMarket. */
    LOCATIONS,
    /** CareMarket following CQC's {@code /changes/location} feed and fetching each changed location. */
    CHANGES
}
