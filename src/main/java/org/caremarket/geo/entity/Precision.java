package org.caremarket.geo.entity;

/** How exact a coordinate is. */
public enum Precision {
    /** The coordinate of the postcode itself (ONS postcode centroid). */
    EXACT,
    /** The mean position of the postcode district's postcodes: within a few kilometres. */
    DISTRICT_CENTROID
}
