package org.caremarket.register.entity;

import org.caremarket.geo.entity.Coordinate;
import org.caremarket.geo.entity.Council;
import org.caremarket.geo.entity.Postcode;

/** Where a service is: its postcode, the coordinate that postcode geocodes to, and the council responsible. */
public record Siting(Postcode postcode, Coordinate coordinate, Council council) {
}
