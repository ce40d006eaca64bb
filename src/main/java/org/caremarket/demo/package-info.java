/**
 * The demo market: one fictional, deterministic care market for trying CareMarket, for its tests and for its
 * benchmarks, loaded into an empty database at start-up when {@code caremarket.demo.enabled} is true.
 *
 * <p>It holds no data and no rules of its own: it generates the market and writes it through each owner's control
 * layer — the register's {@code Enrolments}, access's {@code ApiKeys}, vacancy's {@code HistoryImports}, assistant's
 * {@code Enlistments}, brokerage's {@code PastRequests}, cqc's {@code Imports} — which check it as they check
 * anything else. It may use the control layer of any capability; nothing imports it.
 *
 * <h2>Requirements</h2>
 * <ul>
 *   <li>R11.1 One ordered load, started once the schema is current ({@code DatabaseReady}) and only into a register
 *       with no providers: providers and services, the demo keys, a year of vacancy history, personal assistants, a
 *       year of brokerage, CQC rating changes. Its log says how long each part took.</li>
 *   <li>R11.2 Everything is drawn from {@code caremarket.demo.seed}: the same seed and start give the same market.
 *       Times are relative to the moment the load starts; CQC report dates before the year are fixed. Everything is
 *       visibly fictional: names end "(demo)", CQC ids start {@code 1-0}, telephone numbers are in Ofcom's ranges
 *       for drama, e-mail addresses and websites are at {@code .example}/{@code example.org}.</li>
 *   <li>R11.3 Every registered demo service has a year of vacancy history: weekly reports at local scale
 *       (four-weekly at England scale), some missed; about one service in twelve reports late, weeks apart; about
 *       one in eight stopped reporting 8–48 days ago and is stale now. Care homes run at 83–94% occupancy, fuller in
 *       winter; about one larger home in fifteen stays under 80%. The current report is the newest history row.</li>
 *   <li>R11.4 Leeds and Leicestershire have a year of care-package requests (about 14 and 12 a week, more in
 *       winter; about a third hospital discharges), offered to nearby services that accept, decline with a reason or
 *       let the offer lapse; most are awarded, some closed unsourced, a few cancelled, those of the last days still
 *       open.</li>
 *   <li>R11.5 Some care homes in each council had a CQC rating change during the year, most of them falls: each
 *       is a CQC import at its time, and a fall raises the RATING_FELL alert the council's commissioners see.</li>
 *   <li>R11.6 Scale: {@code caremarket.demo.scale=local} (default) is Leeds and Leicestershire;
 *       {@code england} is an England-sized market on real postcode districts for benchmarks (15,000 care homes,
 *       13,000 homecare services, 100,000 PAs), with the same history, brokerage (in Leeds and Leicestershire, where
 *       people have real postcodes in the bundled data) and rating changes.</li>
 * </ul>
 *
 * <p>Out of scope: any endpoint; loading into a database that already holds a register; anything real.
 */
package org.caremarket.demo;
