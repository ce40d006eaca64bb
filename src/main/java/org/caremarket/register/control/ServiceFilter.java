package org.caremarket.register.control;

import java.util.Set;
import org.caremarket.geo.entity.Coordinate;
import org.caremarket.register.entity.RatingValue;
import org.caremarket.register.entity.RegistrationStatus;
import org.caremarket.register.entity.ServiceKind;
import org.caremarket.register.entity.Specialism;

/**
 * What a directory search asks for. Empty sets and nulls mean "any". {@code near} with
 * {@code radiusKm} limits the search to a circle and makes distance available for sorting.
 * {@code hasVacancy}, {@code availableType} and {@code fresh} read the latest vacancy reports.
 */
public record ServiceFilter(Set<ServiceKind> kinds, String councilCode, String district, Coordinate near,
                            double radiusKm, RatingValue minRating, Set<Specialism> specialisms, String text,
                            Set<RegistrationStatus> statuses, Boolean hasVacancy, String availableType, Boolean fresh,
                            Sort sort, int page, int size) {

    public enum Sort {
        /** Nearest first; needs {@code near}. */
        DISTANCE,
        /** Best CQC rating first, then most recently inspected, then name. */
        RATING,
        /** Alphabetical by service name. */
        NAME
    }
}
