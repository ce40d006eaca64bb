/**
 * Vacancies: what each service can take on now, reported by the provider's own system, kept with
 * its history and its age.
 *
 * <p>Anchor: the NHS Capacity Tracker, which care homes update at least monthly and which councils
 * then phone round to check. Here a provider's system reports once, precisely and often, and every
 * reader (brokers, commissioners, the public directory, a Capacity Tracker export) reads the same.
 *
 * <p>Where things are: a service's report ({@code ServiceVacanciesResource}, under {@code /api/services/{id}}) and
 * reports across services ({@code VacanciesResource}: stale list, bulk, export); the reports, their history and
 * their writer in {@code control}. The <em>vacancy summary</em> the directory search filters on (available now, the
 * types available, accepting, when reported) is kept on register's {@code CareService}, written by this capability
 * through register's {@code CareServices.recordAvailabilities} in the same transaction as each report, so that a
 * search needs no join and the register never imports vacancy; register's {@code Freshness} says when a report is
 * stale.
 *
 * <h2>Requirements</h2>
 * <ul>
 *   <li>R4.1 Care homes report beds per bed type (residential, nursing, residential dementia, nursing
 *       dementia, learning disability, mental health, younger physically disabled, respite, discharge
 *       to assess): available now, held (pending assessment or offer) and closed; whether they are
 *       accepting admissions (with a reason when not); room features; a weekly fee for self-funders.</li>
 *   <li>R4.2 Homecare reports spare hours per week by postcode district, time band (morning, lunch,
 *       tea, bed, night) and days (weekdays, weekends), and whether double-handed calls can be covered.
 *       Extra care reports vacant units by type, Shared Lives available placements by type, supported
 *       living vacant places.</li>
 *   <li>R4.3 {@code GET /api/services/{id}/vacancies} returns the current report with an ETag (version 0
 *       before the first report); {@code PUT} replaces it with If-Match (428 missing, 412 stale).</li>
 *   <li>R4.4 A report is checked whole against the service: lines of the service's kind only, each type
 *       once, counts never negative, beds (available + held + closed) never more than registered,
 *       districts real; every bad field is listed in one 400 and nothing is applied. A service that
 *       is not registered cannot report capacity available (409).</li>
 *   <li>R4.5 Every accepted report is appended to the history, never overwritten; the history is read
 *       by time range, with occupancy derived from it.</li>
 *   <li>R4.6 A report older than {@code caremarket.vacancy.stale-after-days} (or none at all) is stale:
 *       said in every read and in the directory search; {@code GET /api/vacancies/stale} lists a
 *       council's stale services for a commissioner to chase.</li>
 *   <li>R4.7 A provider reports for many services in one call (JSON array or CSV), with a result per
 *       service; each service's report is applied whole or not at all.</li>
 *   <li>R4.8 {@code GET /api/vacancies/capacity-tracker.csv} exports care homes' current state in the
 *       Capacity Tracker's field names.</li>
 *   <li>R4.9 The directory search filters on {@code hasVacancy}, {@code bedType} and {@code fresh}; an unknown
 *       {@code bedType} is a 400 listing the bed, unit and placement types.</li>
 *   <li>R4.10 Only an ADMIN or the service's own PROVIDER may report; every report is audited.</li>
 *   <li>R4.11 Reports sent at the same moment are written together, in one transaction (group commit), and each
 *       is answered only once it is written; yet each is checked and answered as if it were alone — a refused or
 *       failed report changes nothing and never decides another's outcome.</li>
 *   <li>R4.12 A bulk upload is read as it arrives, never whole: one naming more than 2,000 services is refused (413)
 *       when the 2,001st begins, without reading the rest, and nothing in it is applied; so is one over 8 MiB
 *       ({@code caremarket.limits.bulk-bytes}). A CSV service with more rows than a report has lines (231), a line
 *       over 4,096 characters, or bytes that are not UTF-8 are a 400 naming the line. Whether the key may report
 *       for each service is decided service by service once the upload is read, as for a single {@code PUT}.</li>
 *   <li>R4.13 A service's back-dated report history can be imported before its first report here
 *       ({@code HistoryImports}, a control operation with no endpoint): each report checked against the
 *       service as a live one is, oldest first, none in the future; the rows keep their own times, and the
 *       current report is the newest of them at the version the history reached, so the next report follows
 *       on. Vacancy stays the only writer of history.</li>
 * </ul>
 */
package org.caremarket.vacancy;
