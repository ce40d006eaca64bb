package org.caremarket.cqc.control;

import org.caremarket.register.control.RegulatedLocation;

/** A record placed on the map and given its council: ready for the register. */
public record Placed(CqcRecord record, RegulatedLocation location) {
}
