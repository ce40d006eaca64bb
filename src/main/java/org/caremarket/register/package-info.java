/**
 * The register: providers and the care services they run, keyed by CQC ids where CQC registers
 * them, with CQC ratings, capacity, specialisms and where each service is.
 *
 * <p>A service's <em>vacancy summary</em> (available now, types available, accepting, when reported) lives on
 * {@code CareService} for the directory search, but it is the vacancy capability's: only vacancy writes it, through
 * {@code CareServices.recordAvailabilities}, outside the record's version; {@code Freshness} is the staleness rule
 * both share. The reports themselves and their history are in {@code org.caremarket.vacancy}.
 *
 * <h2>Requirements</h2>
 * <ul>
 *   <li>R2.1 A provider is registered with its name, ownership (private, voluntary, council, NHS) and,
 *       when it has them, CQC provider id, Companies House number, charity number and contact
 *       details: 201 with {@code Location} and {@code ETag}.</li>
 *   <li>R2.2 A care service belongs to one provider and is of one of six kinds; its capacity is counted
 *       in the kind's unit (beds, homecare hours per week, extra care units, supported-living places,
 *       Shared Lives placements). A care home has at least one bed; capacity is never negative or
 *       implausibly large.</li>
 *   <li>R2.3 A service's postcode is geocoded (exact or district centroid, said in every response);
 *       its council is the one with social care duties, given by GSS code or taken from a loaded NSPL
 *       file.</li>
 *   <li>R2.4 A service carries its CQC rating, overall and for Safe, Effective, Caring, Responsive and
 *       Well-led, on CQC's scale, with the report date. A new rating moves the old one to the rating
 *       history; a rating is never replaced by an older one; no report is dated in the future.</li>
 *   <li>R2.5 CQC provider and location ids are unique in the register, enforced by the database: a
 *       duplicate is a 409.</li>
 *   <li>R2.6 Reads carry an {@code ETag}; {@code PUT} and {@code DELETE} need {@code If-Match} (428
 *       when missing, 412 when stale). Of two writers holding the same version, exactly one wins.</li>
 *   <li>R2.7 {@code DELETE} deregisters: the record stays, with status DEREGISTERED, and cannot be
 *       changed afterwards (409). A service that is not registered cannot take new capacity (409).</li>
 *   <li>R2.8 The directory search filters by kind, council, postcode district, a place and radius,
 *       minimum rating, specialisms, words in the name, and status (default: registered); it pages
 *       with a total count and sorts by distance, rating or name. Each result says its distance (in a
 *       search near a place), rating and how exact its coordinate is.</li>
 *   <li>R2.9 Bad input (malformed JSON, wrong types, unknown enum values, bad postcodes, negative
 *       capacity, bad query parameters) is a 400 problem+json listing each bad field, and changes
 *       nothing.</li>
 *   <li>R2.10 An unknown provider or service id is a 404.</li>
 *   <li>R2.11 With {@code caremarket.demo.enabled}, an empty database receives a deterministic,
 *       visibly fictional demo market for Leeds (E08000035) and Leicestershire (E10000018) on real
 *       postcodes, sized from the councils' published strategies, with a realistic rating mix. The demo
 *       capability loads it ({@code org.caremarket.demo}, R11) through {@code Enrolments}, a bulk
 *       registration with no endpoint.</li>
 * </ul>
 *
 * <p>Out of scope here: vacancies ({@code vacancy}), CQC import and sync ({@code cqc}), who may
 * change what ({@code access}).
 */
package org.caremarket.register;
