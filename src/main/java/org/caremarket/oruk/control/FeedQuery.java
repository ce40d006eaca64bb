package org.caremarket.oruk.control;

import java.time.Instant;
import org.caremarket.geo.entity.Coordinate;

/**
 * What a list request asks for; every filter given must hold (HSDS: parameters combine as AND). Nulls mean "any".
 * {@code near} orders service-at-locations nearest first; with {@code proximityMetres} it also keeps only those
 * within that many metres.
 *
 * @param page    from 1, as ORUK counts
 */
public record FeedQuery(String search, String taxonomyTermId, String taxonomyId, String organizationId,
                        Instant modifiedAfter, Coordinate near, Integer proximityMetres, int page, int perPage) {

    public static FeedQuery page(int page, int perPage) {
        return new FeedQuery(null, null, null, null, null, null, null, page, perPage);
    }
}
