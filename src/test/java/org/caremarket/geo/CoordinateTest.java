package org.caremarket.geo;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.caremarket.geo.entity.Coordinate;
import org.caremarket.geo.entity.Precision;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class CoordinateTest {

    private static final Coordinate LS1_4AP = new Coordinate(53.79547, -1.55572, Precision.EXACT);

    @Test
    @DisplayName("R1.3 great-circle distance: one degree of latitude is 111.2 km; a point is 0 km from itself")
    void haversine() {
        Coordinate a = new Coordinate(53.0, -1.5, Precision.EXACT);
        Coordinate b = new Coordinate(54.0, -1.5, Precision.EXACT);
        assertEquals(111.195, a.distanceKm(b), 0.001);
        assertEquals(0.0, a.distanceKm(a), 1e-9);
        assertEquals(a.distanceKm(b), b.distanceKm(a), 1e-12);
    }

    @Test
    @DisplayName("R1.3 London to Leeds is about 272 km as the crow flies")
    void londonLeeds() {
        Coordinate sw1a = new Coordinate(51.50197, -0.13386, Precision.DISTRICT_CENTROID);
        assertEquals(272, LS1_4AP.distanceKm(sw1a), 2);
    }

    @Test
    @DisplayName("R1.3 the bounding box of a radius contains every point within it")
    void boundingBox() {
        Coordinate.BoundingBox box = LS1_4AP.boxAround(5);
        for (int bearing = 0; bearing < 360; bearing += 15) {
            double theta = Math.toRadians(bearing);
            double dLat = Math.toDegrees(4.999 / 6371.0088) * Math.cos(theta);
            double dLon = Math.toDegrees(4.999 / 6371.0088) * Math.sin(theta) / Math.cos(Math.toRadians(LS1_4AP.latitude()));
            Coordinate edge = new Coordinate(LS1_4AP.latitude() + dLat, LS1_4AP.longitude() + dLon, Precision.EXACT);
            assertTrue(edge.latitude() >= box.minLatitude() && edge.latitude() <= box.maxLatitude()
                    && edge.longitude() >= box.minLongitude() && edge.longitude() <= box.maxLongitude(), "bearing " + bearing);
        }
    }
}
