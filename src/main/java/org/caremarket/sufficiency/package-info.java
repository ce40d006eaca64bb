/**
 * Sufficiency: whether a council's care market has enough good care now and in future (Care Act 2014 s.5), computed
 * from the live market, and the Market Position Statement that tells providers where care is short.
 *
 * <p>Anchors: real statements (Leeds, Leicestershire, Essex, Gloucestershire, Warwickshire, Walsall), DHSC's Capacity
 * Tracker statistics, OHID Fingertips, the Fair Cost of Care and MSIF returns; the indicator dictionary, projection
 * methods and rating grid are {@code docs/sufficiency.md}'s. The capability reads the register, vacancy history,
 * brokerage and the PA register only through their control layers' read models ({@code CareServices.market},
 * {@code Vacancies.snapshots} and {@code occupancyHistory}, {@code BrokerageMetrics.facts}, {@code AssistantSupply.of})
 * and owns only what a commissioner enters, imported population figures and statement editions.
 *
 * <h2>Requirements</h2>
 * <ul>
 *   <li>R12.1 ONS 2022-based population projections (persons by single year of age) are bundled for Leeds, Leicester,
 *       Trafford and the seven Leicestershire districts; Leicestershire is the sum of its districts (ONS's district →
 *       county lookup). Ages sum into 18–64, 65–74, 75–84, 85–89, 90+ and 65+, 75+, 85+ for every projected year;
 *       {@code GET /api/sufficiency/population/{council}} (and {@code .csv}) is public; a council without figures is a 404
 *       saying so.</li>
 *   <li>R12.2 An ADMIN imports ONS's projection CSV as published for any English council or district; the figures
 *       replace that area's; a file with any fault (missing age, bad number, unknown area) is refused whole with the
 *       lines named, and nothing changes. Audited.</li>
 *   <li>R12.3 {@code GET /api/sufficiency/councils/{council}/indicators} computes the dictionary's indicators the product's
 *       data supports (D1–D3, D7; CH1–CH9, CH11–CH13; HC1, HC5; B1–B7; M1–M3; PA1–PA3; F1, F2, F4, F5; W1–W4), cut by
 *       service kind and locality (a postcode district or a council-defined locality). Each carries its id,
 *       definition, numerator and denominator (and what each counts), unit, date of the data, source and, where there
 *       is one, the England comparator with its date and source, so it can be checked by hand.</li>
 *   <li>R12.4 A figure the data cannot support has no value and says why: NO_POPULATION_DATA (the council has no
 *       projection, or the cut is a locality), NO_DATA (no reports or requests), NOT_ENTERED (a figure the council
 *       enters is missing). Never a silent zero; every supply figure is still given.</li>
 *   <li>R12.5 A COMMISSIONER reads and enters for its own council, an ADMIN for any; other roles get 403, no key 401; a
 *       code that is not a council with social care duties is a 404.</li>
 *   <li>R12.6 Commissioners enter reference figures (usual rates in the six MSIF categories, spot and framework home care
 *       rates, Fair Cost of Care medians, Skills for Care workforce figures, funded people by age band), each with the
 *       date it describes and its source; percentages outside 0–100, negative amounts and future dates are refused.
 *       Localities group known postcode districts. Every change is audited with before and after.</li>
 *   <li>R12.7 Monthly snapshots follow the Capacity Tracker window: for each month, each service's latest report made
 *       before the 15th (UTC) and within 35 days; occupancy, vacant admittable and not, homes under 80%; CH13 counts
 *       homes under 80% in each of the last three months. They are computed from the append-only history.</li>
 *   <li>R12.8 Projections: method A (today's use rates by age held constant × the projection; beds required at a
 *       configurable target occupancy, default 0.90; gap against today's beds) and method B (trend lines over the
 *       monthly snapshots: long run, recent, midpoint) side by side, yearly to +10 and at +15 and +20, with the caveats
 *       printed with them; home care hours by method A.</li>
 *   <li>R12.9 The market rating grid gives each market's six dimensions with the rule's value and its evidence; a
 *       commissioner's rating over it needs a value of the dimension's scale, a reason and an assessment date, keeps
 *       the rule's value beside it and is audited.</li>
 *   <li>R12.10 Market Position Statement editions: a COMMISSIONER (or ADMIN) drafts one for the council with its narrative
 *       (strategic context, commissioning intentions "more of / less of / maintain", how to engage); drafts are visible
 *       only to that council's commissioners and ADMINs (404 to anyone else); revising needs If-Match. Publishing
 *       (If-Match) freezes a dated edition with the figures of that moment: anyone may read it without a key, and it
 *       never changes (a revision or a second publish is 409).</li>
 *   <li>R12.11 A statement renders to one HTML page: the sections of {@code market-position/templates}, tables first, each
 *       chart an accessible SVG ({@code role="img"}, {@code <title>} and {@code <desc>}) beside its table with a link to
 *       its CSV, and print CSS.</li>
 *   <li>R12.12 Every table is also CSV: indicators, population, snapshots, projections, rating grid, reference figures,
 *       and each chart of a statement.</li>
 * </ul>
 *
 * <p>Out of scope: POPPI/PANSI prevalence estimates (D4–D6), ASCOF returns, self-funder estimates (D8), out-of-area
 * placements (CH14), admissions per 100,000 (CH15): the product holds none of their data.
 */
package org.caremarket.sufficiency;
