package org.caremarket.vacancy.control;

import java.time.Instant;

/**
 * One row of a service's vacancy history as the market's sufficiency figures read it (sufficiency's read model
 * of the history): at that moment, of the registered capacity, how much was available, held for an offer and
 * closed (for care homes: vacant admittable, held, vacant not admittable; for homecare, spare hours a week).
 */
public record OccupancyPoint(String serviceId, long version, Instant at, int capacity, int available, int held, int closed) {
}
