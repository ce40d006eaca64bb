/**
 * Geography: UK postcodes, where they are, how far apart, and which council is responsible.
 *
 * <p>Coordinates come from ONS data bundled with the product: every postcode in the LS (Leeds) and
 * LE (Leicester and Leicestershire) areas, and the centroid of every UK postcode district as the
 * fallback elsewhere. A council that wants exact coordinates everywhere loads a full NSPL or ONSPD
 * file ({@code caremarket.geo.postcode-file}); that file also says which council each postcode is in.
 *
 * <h2>Requirements</h2>
 * <ul>
 *   <li>R1.1 A postcode is normalised (upper case, one space before the inward code) and rejected
 *       with a 400 naming the field when it is not in UK format.</li>
 *   <li>R1.2 A well-formed postcode is geocoded exactly when it is in the loaded data, otherwise to
 *       its district's centroid; every coordinate says which ({@code EXACT} or
 *       {@code DISTRICT_CENTROID}). A postcode whose district is unknown is a 400.</li>
 *   <li>R1.3 Distances are great-circle kilometres (haversine, mean Earth radius 6,371.0088 km).</li>
 *   <li>R1.4 Councils are the English local authorities with their GSS codes; the ones responsible
 *       for adult social care (counties, unitaries, metropolitan districts, London boroughs, City of
 *       London, Isles of Scilly) are marked, and each district council names its county. Where the postcode
 *       data names no council, a place is in the care of the council responsible for the nearest district or
 *       unitary council by centroid (a county's own centroid is never used for it).</li>
 *   <li>R1.5 An NSPL/ONSPD-style CSV ({@code pcds, lat, long, laua, cty}) can be loaded at start-up;
 *       it adds exact coordinates and the responsible council for every postcode in it.</li>
 *   <li>R1.6 {@code GET /api/postcodes/{postcode}} and {@code GET /api/councils[/{code}]} expose the
 *       above.</li>
 *   <li>R1.7 Whether a place can be in the care of a given council: exactly the council the postcode data names;
 *       without one, the nearest council or one whose areas' centres lie within 50 km beyond the nearest centre
 *       (centroids say little of where borders run), never a council far away.</li>
 * </ul>
 *
 * <p>Out of scope: routing and travel times (distances are straight-line), addresses below postcode.
 */
package org.caremarket.geo;
