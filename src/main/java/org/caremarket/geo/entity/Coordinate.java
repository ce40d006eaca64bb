package org.caremarket.geo.entity;

/** A WGS84 position with the precision it is known to. */
public record Coordinate(double latitude, double longitude, Precision precision) {

    /** Mean Earth radius (IUGG), in kilometres. */
    static final double EARTH_RADIUS_KM = 6371.0088;

    public Coordinate {
        if (!(latitude >= -90 && latitude <= 90) || !(longitude >= -180 && longitude <= 180) || precision == null) {
            throw new IllegalArgumentException("not a coordinate: " + latitude + "," + longitude);
        }
    }

    /** Great-circle distance in kilometres (haversine). */
    public double distanceKm(Coordinate other) {
        return distanceKm(latitude, longitude, other.latitude, other.longitude);
    }

    public static double distanceKm(double lat1, double lon1, double lat2, double lon2) {
        double phi1 = Math.toRadians(lat1);
        double phi2 = Math.toRadians(lat2);
        double dPhi = Math.toRadians(lat2 - lat1);
        double dLambda = Math.toRadians(lon2 - lon1);
        double a = Math.sin(dPhi / 2) * Math.sin(dPhi / 2)
                + Math.cos(phi1) * Math.cos(phi2) * Math.sin(dLambda / 2) * Math.sin(dLambda / 2);
        return 2 * EARTH_RADIUS_KM * Math.asin(Math.min(1, Math.sqrt(a)));
    }

    /**
     * The latitude/longitude box that contains every point within {@code radiusKm}: a cheap
     * pre-filter for an index range scan before the exact distance.
     */
    public BoundingBox boxAround(double radiusKm) {
        double dLat = Math.toDegrees(radiusKm / EARTH_RADIUS_KM);
        double cos = Math.cos(Math.toRadians(latitude));
        double dLon = cos < 1e-6 ? 180 : Math.min(180, Math.toDegrees(radiusKm / (EARTH_RADIUS_KM * cos)));
        return new BoundingBox(latitude - dLat, latitude + dLat, longitude - dLon, longitude + dLon);
    }

    public record BoundingBox(double minLatitude, double maxLatitude, double minLongitude, double maxLongitude) {
    }
}
