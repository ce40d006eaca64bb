package org.caremarket.register.entity;

import org.caremarket.geo.entity.Coordinate;
import org.caremarket.geo.entity.Council;
import org.caremarket.geo.entity.Postcode;
import org.caremarket.geo.entity.Precision;

/**
 * Where a service is: its postcode, the coordinate that postcode geocodes to, and the council
 * responsible. A service registered through the API always has a full postcode; only generated
 * benchmark markets place services at a postcode district's centroid with the district alone.
 */
public record Siting(String postcode, String district, Coordinate coordinate, Council council) {

    public Siting(Postcode postcode, Coordinate coordinate, Council council) {
        this(postcode.toString(), postcode.district(), coordinate, council);
    }

    /** A place known only to its postcode district: the district's centroid, and the district as the postcode. */
    public static Siting atDistrict(String district, Coordinate centroid, Council council) {
        if (centroid.precision() != Precision.DISTRICT_CENTROID) {
            throw new IllegalArgumentException("a district siting uses the district's centroid");
        }
        return new Siting(district, district, centroid, council);
    }
}
