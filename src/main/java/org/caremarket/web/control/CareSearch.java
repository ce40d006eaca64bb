package org.caremarket.web.control;

import java.util.Set;
import org.caremarket.register.entity.RatingValue;
import org.caremarket.register.entity.ServiceKind;
import org.caremarket.register.entity.Specialism;

/**
 * What a person asked the "Find care" page for, already checked: a place, a kind (null: any), a distance, the lowest
 * overall rating (null: any), specialisms the service must all have, whether only services with a vacancy now, and the
 * page (from 0).
 */
public record CareSearch(Places.Place place, ServiceKind kind, int distanceKm, RatingValue minRating,
                         Set<Specialism> specialisms, boolean vacancyNow, int page) {

    /** Results a page. */
    public static final int PAGE_SIZE = 10;
}
