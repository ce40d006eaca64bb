/**
 * Personal assistants: a register PAs keep themselves, a search direct-payment holders can trust,
 * introductions that share contact details only when the PA agrees, and what employing a PA costs.
 *
 * <p>Anchors: council PA finders (PA Web in Bolton, Trafford and Kent; Portsmouth's noticeboard with
 * accreditation; SILC's PA Finder); 77% of direct-payment holders found recruiting a PA harder in 2022,
 * 59% finding one with the right skills; market position statements that hold no data on PAs. PAs are
 * not CQC-registered services: they are their own aggregate here, and use only {@code geo} and
 * {@code access}.
 *
 * <h2>Requirements</h2>
 * <ul>
 *   <li>R7.1 A PA keeps their own profile with an ASSISTANT key ({@code /api/assistants/me}): display name
 *       (first name and initial), home postcode (private), travel distance or named districts, skills,
 *       qualifications, experience, languages, gender, interests, an hourly rate range, a weekly calendar of
 *       day × band slots from a start date, DBS check, right to work, insurance expiry, and contact details
 *       (private). The first PUT creates it (201); later ones need If-Match (428 without, 412 stale). Every bad
 *       field is named in one 400 and nothing changes; free text may not carry contact details. Changes are
 *       audited without the postcode or contact details.</li>
 *   <li>R7.2 An ADMIN marks a PA verified (documents seen), or withdraws it, with If-Match; the verification
 *       lapses when the PA changes the facts it vouched for (name, DBS, right to work, insurance). Searchers see
 *       verified status and checks out of date: a DBS certificate older than
 *       {@code caremarket.assistant.dbs-renewal-years} and not on the update service, insurance past expiry.</li>
 *   <li>R7.3 A PERSON or BROKER searches by postcode, slots needed, skills, most they can pay an hour, language,
 *       gender, start date and verified-only. PAs are in reach when the person is within the distance they
 *       travel or in a district they name; those left out are counted by the first reason; the rest ranked by a
 *       score out of 100 from availability overlap (hours), skills matched, travel, rate and verification, each
 *       factor with a reason. Results show what a first contact needs (display name, district, skills, rate,
 *       overlap, checks) and never a PA's address, phone or email.</li>
 *   <li>R7.4 Search reads an in-memory index of listed PAs that follows the database: a change made through
 *       this instance shows in the next search; another instance's within
 *       {@code caremarket.assistant.refresh-millis}; a change rolled back never. A PA who pauses their listing
 *       leaves the results.</li>
 *   <li>R7.5 A PERSON or BROKER asks to be introduced with a message, the district, needs and contact details;
 *       the PA accepts or declines. Only on acceptance do both sides see each other's contact details; only
 *       the two sides and an ADMIN read an introduction (others 403, audited). One open introduction per pair
 *       (409); at most {@code caremarket.assistant.introductions-per-day} per key in any 24 hours (429 with
 *       Retry-After) — also when the requests arrive at the same moment.</li>
 *   <li>R7.6 {@code GET /api/assistants/cost} (public) gives what employing a PA costs a week and a year: pay,
 *       holiday pay accrued at 12.07%, employer's National Insurance above the secondary threshold (less the
 *       Employment Allowance when claimed), the employer's pension contribution when auto-enrolled, employer's
 *       liability insurance, and how many hours a week a direct payment's hourly rate buys. Rates are
 *       configuration by tax year.</li>
 *   <li>R7.7 {@code GET /api/assistants/supply}: listed and verified PAs by home district and by skill, against
 *       open introductions by the person's district and skills asked for; a COMMISSIONER for their council, an
 *       ADMIN for any or all.</li>
 *   <li>R7.8 The demo market has 330 fictional PAs on real Leeds and Leicestershire postcodes (the demo
 *       ASSISTANT key keeps one); at England scale, 100,000 more at real postcode-district centroids. The demo
 *       capability lists them through {@code Enlistments}, a bulk listing with no endpoint.</li>
 *   <li>R7.9 Dates are bounded: availability starts at most two years ahead; insurance expires at most five years
 *       ahead and not more than ten years ago. Outside those a 400 names the field and the bound.</li>
 * </ul>
 */
package org.caremarket.assistant;
