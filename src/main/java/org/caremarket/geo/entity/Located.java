package org.caremarket.geo.entity;

import java.util.Optional;

/** What the geocoder knows of a postcode: where it is, how exactly, and (from NSPL) its council. */
public record Located(Postcode postcode, Coordinate coordinate, Optional<String> councilCode) {
}
