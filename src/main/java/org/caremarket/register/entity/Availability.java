package org.caremarket.register.entity;

import java.time.Instant;
import java.util.Set;

/**
 * What a service's latest vacancy report offers now, as the directory search needs it: the
 * vacancy capability reports it here; the full report stays with the vacancy capability.
 *
 * @param available beds, units, placements or places available now; spare homecare hours a week
 * @param types     the bed, unit or placement types with something available
 */
public record Availability(int available, Set<String> types, boolean accepting, Instant reportedAt) {
}
