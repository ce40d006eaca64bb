package org.caremarket.cqc.entity;

/**
 * What an import did, row by row: each row is created, updated, unchanged, skipped or failed; deregistered counts
 * services a full file no longer lists (and CQC records that say so); the postcode counts say how each imported
 * row was placed; notFound counts ids CQC's feed named that its API then did not know.
 */
public record Tally(int rows, int created, int updated, int unchanged, int deregistered, int skipped, int failed,
                    int exactPostcodes, int districtPostcodes, int providersCreated, int alertsRaised, int notFound) {

    public static final Tally NONE = new Tally(0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0);

    public Tally plus(Tally o) {
        return new Tally(rows + o.rows, created + o.created, updated + o.updated, unchanged + o.unchanged,
                deregistered + o.deregistered, skipped + o.skipped, failed + o.failed, exactPostcodes + o.exactPostcodes,
                districtPostcodes + o.districtPostcodes, providersCreated + o.providersCreated,
                alertsRaised + o.alertsRaised, notFound + o.notFound);
    }
}
