/**
 * Brokerage: care-package requests matched to vacancies with reasons, offered to providers, awarded
 * so that the capacity is taken at once, and measured.
 *
 * <p>Anchors: e-brokerage portals (a package circulated, providers bid in a time window, awards mostly
 * to the lowest price), council brokerage teams on the phone, and the Leeds aim of homecare in place
 * within a week of a hospital's request. Here matching weighs place, quality, price, capacity,
 * freshness and continuity, and says why.
 *
 * <h2>Requirements</h2>
 * <ul>
 *   <li>R5.1 A council's BROKER requests care for its council, a PERSON for themselves (paid by direct
 *       payment or self-funded), an ADMIN for any council: kind of care, the person's postcode, start
 *       date, urgency, needs (specialisms; bed, unit or placement type; homecare visits by time band and
 *       days; double-handed calls), preferences (carer gender, language, faith or culture, a family
 *       postcode to be near, the current provider), funding, a price cap and a minimum CQC rating
 *       (default: Inadequate excluded). Every bad field is named in one 400; nothing is stored.</li>
 *   <li>R5.2 {@code GET /api/care-packages/{id}/matches} ranks the services that can take the package by a
 *       score out of 100 with a breakdown per factor (distance, quality, price, capacity, freshness,
 *       continuity), each with a reason, and counts the services in the area that cannot, by the first
 *       reason that rules them out. Deregistered, dormant and not-accepting services never match. The
 *       weights are MicroProfile Config.</li>
 *   <li>R5.3 Matching reads an in-memory index of the market that follows the database: a change made
 *       through this instance shows in the next match; another instance's within
 *       {@code caremarket.matching.refresh-millis}; a change rolled back never.</li>
 *   <li>R5.4 A broker offers the package to services (each once; of the kind wanted; registered): the
 *       request becomes OFFERED. An offer expires after the broker's window, or the configured hours for
 *       its urgency, by the injected clock.</li>
 *   <li>R5.5 Only the offer's provider (or an ADMIN) accepts it with a price or declines it with a reason
 *       code; anyone else gets 403, audited. A provider sees the person's postcode district only, and the
 *       full postcode once the package is awarded to it.</li>
 *   <li>R5.6 Awarding an accepted offer takes the capacity in the same transaction: one bed, unit,
 *       placement or place of the type (or the homecare hours) fewer, an AWARD row in the vacancy
 *       history. Of concurrent awards for the last bed exactly one succeeds; the others get 409 and the
 *       count never goes below zero.</li>
 *   <li>R5.7 A request goes open → offered → awarded, cancelled or unsourced (with a reason); a closed
 *       request cannot change (409); cancelling or closing withdraws open offers; every transition is
 *       audited.</li>
 *   <li>R5.8 {@code GET /api/brokerage/metrics} gives a council's requests, awards, median and 90th
 *       percentile hours to source, the shares sourced within 7 days and (hospital discharges) 48 hours,
 *       unsourced requests by reason and declines by reason.</li>
 *   <li>R5.9 Requests are read by their council's brokers and commissioners and the person who made
 *       them; acted on by the council's brokers and that person; an ADMIN does both.</li>
 *   <li>R5.10 A PERSON's request belongs to the council responsible for the postcode: a {@code councilCode} that
 *       cannot be that council is a 400 naming it, and nothing is stored (nor counted in that council's metrics).
 *       Where the postcode data names the council it must be that one; with the bundled data, the nearest council
 *       or one bordering it (geo R1.7).</li>
 *   <li>R5.11 An offer accepted above the request's price cap shows {@code overPriceCap} in the offer and care-package
 *       views; awarding it needs {@code "overCapConfirmed": true}, otherwise 409 {@code /problems/over-price-cap} and
 *       nothing changes. The audit of such an award records the price.</li>
 *   <li>R5.12 Requests brokered before can be imported with their offers, answers and ends at their own
 *       past times ({@code PastRequests}, a control operation with no endpoint), through the same entity rules
 *       as live ones (an award needs an accepted, unexpired offer; a close reason must fit). A past award takes
 *       no capacity now.</li>
 * </ul>
 */
package org.caremarket.brokerage;
