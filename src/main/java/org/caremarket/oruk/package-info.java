/**
 * The register as an Open Referral UK feed: the UK profile of the Human Services Data Specification (HSDS 3.0),
 * which councils' local-offer sites, social prescribing tools and signposting services read, with what no other
 * ORUK feed carries: live capacity and vacancies, and CQC ratings. Read-only; it reads the register (services,
 * providers, vacancy summaries, freshness) through {@code CareServices}, {@code Providers} and {@code Freshness},
 * and geography through {@code Geocoder}. Personal assistants are people, not organisations: they are not in it.
 *
 * <h2>Requirements</h2>
 * <ul>
 *   <li>R13.1 The feed is at {@code /oruk}, outside the JSON API: public (no key), read-only (GET, HEAD, OPTIONS;
 *       anything else 405), every answer with {@code Access-Control-Allow-Origin: *}. {@code GET /oruk/} answers
 *       {@code version} "HSDS-UK-3.0" (the string the national validator reads to choose its rules), the profile
 *       and the {@code openapi_url} of this server's OpenAPI document.</li>
 *   <li>R13.2 {@code /services}, {@code /service_at_locations}, {@code /organizations}, {@code /taxonomies} and
 *       {@code /taxonomy_terms} are paged lists with the whole ORUK envelope ({@code total_items},
 *       {@code total_pages}, {@code page_number}, {@code size}, {@code first_page}, {@code last_page},
 *       {@code empty}, {@code contents}); {@code page} counts from 1, {@code per_page} is 1 to 100 (default 50);
 *       a page past the last is empty, not an error. Each has {@code /{id}}: the record fully nested, or a 404.</li>
 *   <li>R13.3 Mapping: a provider is an organization (CQC provider id, Companies House and charity numbers as
 *       organization identifiers); a care service is a service at one physical location (address, coordinates,
 *       CQC location id, phone, email and website as published, a website without scheme given https://, an
 *       address that is not one left out); registered is {@code active}, dormant {@code temporarily closed},
 *       deregistered {@code defunct}; its kind, specialisms, CQC ratings (overall and the five key questions) and
 *       vacancy status are attributes pointing at terms of the feed's own taxonomies, the rating's report date
 *       and the vacancy report's time in the attribute's {@code value}; capacity and vacancies are an HSDS 3.1
 *       {@code capacities} entry (unit, available, maximum, updated = when the provider reported).</li>
 *   <li>R13.4 Ids are stable across restarts, instances and imports without being stored: services and
 *       organizations keep the register's ids; every other id is a name-based UUID of the record it derives from
 *       (taxonomies and terms of their codes).</li>
 *   <li>R13.5 Filters combine as AND: {@code search} (words in the service's, provider's or town's name, or the
 *       postcode), {@code taxonomy_term_id}, {@code taxonomy_id}, {@code organization_id}, {@code modified_after}
 *       (strictly after, RFC 3339); on {@code /service_at_locations} also {@code postcode} (nearest first) and
 *       {@code proximity} in metres from it (1 to 1,000,000, needs postcode); on {@code /organizations}
 *       {@code search}; on {@code /taxonomy_terms} {@code taxonomy_id}. Lists are otherwise by name, then id.</li>
 *   <li>R13.6 Every kind of answer validates against the profile's compiled JSON schemas with format assertions
 *       on, and the national validator's crawl ({@code /} then each list's first, a middle and the last page,
 *       then up to 10 ids of each) finds no error and no warning on the demo market.</li>
 *   <li>R13.7 A query parameter a list does not take, one given twice, a number out of range, an id that is not a
 *       UUID, a malformed time or an unknown postcode is a 400 problem+json naming it; an unknown path or id is a
 *       404 problem+json. No request gets a 5xx.</li>
 *   <li>R13.8 Every 200 carries a strong ETag made from its bytes and {@code Cache-Control: public, max-age=60};
 *       a GET whose {@code If-None-Match} names it is a 304 without a body.</li>
 *   <li>R13.9 The feed is served from memory, following the database (as matching's index does): this instance's
 *       own changes are in its next answer, other instances' within {@code caremarket.oruk.refresh-millis}.</li>
 * </ul>
 *
 * <p>Out of scope: writing through the feed, the profile's age, schedule and time filters (refused, not ignored),
 * ndjson, and the HSDS {@code full}/{@code minimal} switches.
 */
package org.caremarket.oruk;
