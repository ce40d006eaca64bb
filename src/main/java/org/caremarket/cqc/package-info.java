/**
 * CQC data in and kept in step: CQC's monthly directory file, its API records and its change feed imported into the
 * register, and the changes a council should know about raised as alerts.
 *
 * <h2>Requirements</h2>
 * <ul>
 *   <li>R8.1 A directory file ({@code DD_Month_YYYY_CQC_directory.csv}) imports with every row accounted for as
 *       created, updated, unchanged, skipped or failed: service types map to the register's kinds (a location CQC lists
 *       with several is kept as one, nursing home first, then residential home, extra care, Shared Lives, supported
 *       living, homecare), specialisms to service-user groups, the local authority's name to its GSS code, the provider
 *       by CQC provider id (by exact name when the id is blank); every postcode is geocoded, exactly where the postcode
 *       is known and at its district's centroid otherwise, with a count of each; GP practices, dentists, hospitals and
 *       other kinds the register does not hold are skipped and counted.</li>
 *   <li>R8.2 A file that is not a CQC directory — no header, a missing column, an unclosed quote, a short line — is
 *       refused whole with a 400 naming the line, and nothing is imported. A row that cannot be taken (a bad postcode,
 *       a rule of the register, a write the database turns away) is refused whole, named in the import with its line,
 *       location and field; the other rows are imported.</li>
 *   <li>R8.3 Imports upsert by CQC location id: importing the same file or record again changes nothing (not even the
 *       audit); a later one updates what changed, a replaced rating going to the rating history.</li>
 *   <li>R8.4 A file imported as full marks the locations this register follows from CQC's directory that it no
 *       longer lists as deregistered — never deleted — unless that would be more than 1,000 locations and more than
 *       the file lists (then nothing is imported and the import says why).</li>
 *   <li>R8.5 CQC API records ({@code GET /locations/{id}}, {@code /providers/{id}}) import with name, address,
 *       postcode (CQC's ONSPD coordinate where the bundled data knows only the district), registered beds, service
 *       types, specialisms, registration status and dormancy, the current rating overall and for all five key
 *       questions, and the rating history; a provider record names its provider. A record the register cannot take is
 *       a row error naming CQC's field.</li>
 *   <li>R8.6 A rating that falls, a location deregistered or dormant becomes an alert for the council responsible
 *       ({@code GET /api/cqc/alerts}: a COMMISSIONER or BROKER its own council, an ADMIN any); deregistered and dormant
 *       services are left out of search (by default) and of matching.</li>
 *   <li>R8.7 The sync client follows every page of CQC's {@code /changes/location} feed for a period and fetches each
 *       changed location (and the provider records of providers new to the register), with the configured base URL
 *       and subscription key (sent as {@code Ocp-Apim-Subscription-Key}, never logged); it waits out throttling
 *       (HTTP 429, or HTTP 200 with {@code {"statusCode":429}}), asks for ids in upper case (CQC answers 400 to lower
 *       case), counts ids CQC then does not know (404), skips locations of kinds the register does not hold (NHS
 *       hospitals, with ids like {@code RRK02}) and fails the import, saying why, when CQC cannot be reached.</li>
 *   <li>R8.8 Imports are ADMIN-only background jobs: {@code 202} with the job's URL, whose state shows progress,
 *       counts and row errors; one runs at a time (409 while another is queued or running; one with no progress for
 *       five minutes is taken as cut off by a stopped server).</li>
 *   <li>R8.9 Changes CQC published at a past time, already in the register's terms, can be taken as an
 *       import job run at once ({@code Imports.regulatorChanges}): the same reconciling and alerts, the alerts
 *       dated at the change.</li>
 * </ul>
 *
 * <p>Uses: register ({@code RegulatorRecords}), geo, access. Out of scope: scheduling the sync (an operator or a
 * cron job calls it), the care-directory-with-ratings file.
 */
package org.caremarket.cqc;
