/**
 * Pages for people: server-rendered HTML on the GOV.UK Design System's patterns, at the root of the site (the JSON
 * API stays under {@code /api}). A page's handler (a servlet in {@code boundary}) reads and checks the form, asks a
 * control class of its own ({@code control}), which calls other capabilities' control layer only, and renders a jte
 * template compiled at build time (src/main/jte). Pages hold no business rules: the search a page runs is the API's.
 *
 * <h2>Requirements</h2>
 * <ul>
 *   <li>R14.1 One layout on every page: the service's name (no GOV.UK crown, Arial rather than GDS Transport), the
 *       phase banner, a skip link to the main content, and a footer linking the accessibility statement, privacy
 *       notice, cookies page and data sources' attributions, each of which exists.</li>
 *   <li>R14.2 GOV.UK Frontend's CSS, JavaScript, images and fonts come from its webjar, served by the application at
 *       the root-absolute {@code /assets/…} paths its CSS asks for, with an ETag; nothing is loaded from any other host.
 *       A name outside those files (a path with dots or of another type) is a 404.</li>
 *   <li>R14.3 Every answer carries a Content-Security-Policy without 'unsafe-inline' (GOV.UK Frontend's body-class
 *       snippet allowed by its SHA-256 hash), frame-ancestors 'none', X-Content-Type-Options nosniff and a
 *       Referrer-Policy.</li>
 *   <li>R14.4 Outside {@code /api} a page that does not exist is a 404, and the web container's own refusals (an
 *       encoded NUL or slash in the path) and failures are the product's HTML page in the same layout, with the right
 *       status; under {@code /api} they stay problem+json.</li>
 *   <li>R14.5 "Find care" (public): a search by postcode, postcode district or the name of a town or city with its
 *       own council, kind of care, distance, lowest CQC rating, specialisms and "has a vacancy now"; results nearest
 *       first with distance, rating, vacancy status and the age of the report (out-of-date ones marked), ten a page
 *       with GOV.UK pagination. The search is the directory's ({@code ServiceSearch}), the same as the API's.</li>
 *   <li>R14.6 A form with errors is answered 400 with GOV.UK's error summary linking to each field, the message on
 *       the field, "Error: " before the page title and every value as sent; a malformed page number is a 404.</li>
 *   <li>R14.7 A service's page: its kind, provider, address, council, specialisms, registered capacity, vacancy
 *       summary with the report's age, CQC rating overall and for the five key questions with the report date, earlier
 *       ratings, a link to CQC's page for it, and its contact details; an unknown id is a 404.</li>
 *   <li>R14.8 Every page and state is checked in a real browser (headless Chromium): axe-core finds no WCAG 2.0, 2.1
 *       or 2.2 A/AA violation, the page does not scroll sideways at 320 CSS px, nothing is loaded from another host;
 *       the search, sign-in and a care home's beds work by keyboard alone with the focus visible, and with JavaScript
 *       turned off.</li>
 *   <li>R14.9 A person signs up with an email address and a password (10 to 128 characters, kept as Jakarta
 *       Security's PBKDF2 hash) and confirms the address with a one-time link (24 hours) sent by Jakarta Mail through
 *       the configured SMTP server; the link opens a page whose button confirms (a mail scanner following it changes
 *       nothing). A confirmed account signs in and out; a new account is a PERSON.</li>
 *   <li>R14.10 The session cookie is HttpOnly, SameSite=Lax, Secure when the request came over TLS, for the browser
 *       session only, and gets a new id at sign-in. Sessions are kept in the database (any instance answers any
 *       request). An unconfirmed account cannot sign in; it is sent a new link.</li>
 *   <li>R14.11 Every form carries its session's CSRF token; a POST without it, or with another session's, is a 403
 *       and changes nothing. A form answer holding what the API refuses in JSON text (control characters, NUL,
 *       bidirectional overrides, half a surrogate pair: platform {@code StrictJson.textProblem}) is a 400 page naming
 *       the answer, and changes nothing.</li>
 *   <li>R14.12 Five failed sign-ins in a row for one address lock sign-in for it for 15 minutes (429), whether or
 *       not an account has the address, so that the lock tells nothing.</li>
 *   <li>R14.13 A forgotten password is reset by a one-time link (1 hour) sent to the address; the link works once,
 *       the old password stops working and every session of the account ends.</li>
 *   <li>R14.14 Signing up with an address that has an account changes nothing and tells its owner by email; a
 *       reset for an unknown address sends nothing; both answer as for any other address.</li>
 *   <li>R14.15 A signed-in account is the request's caller with the same role and scope an API key carries (one
 *       authorisation model). In demo mode there is an account for each demo key, with its role and scope, and every
 *       email sent is also shown on the demo outbox page.</li>
 *   <li>R14.16 A provider's staff see their provider's registered services with each vacancy report's age and the
 *       date the next is due, those out of date (or never reported) first.</li>
 *   <li>R14.17 A service's vacancy report is a form in its kind's part (beds by type with held and closed, homecare
 *       hours by district, time band and days, extra care units, Shared Lives placements, supported living places),
 *       with accepting and why not, and a care home's weekly fee and room features; it is written by the vacancy
 *       capability's own control ({@code Vacancies.replace}): the same checks as the API, shown on the fields.</li>
 *   <li>R14.18 The form carries the version it showed and the write sends it as If-Match: when another report came
 *       in meanwhile the page says so and shows that report (409); staff of another provider get a 403.</li>
 *   <li>R14.19 What employing a PA costs (public): the PA's pay an hour, hours a week and, optionally, the direct
 *       payment's rate an hour give the cost a week and a year line by line and the hours the budget buys, by the
 *       assistant capability's {@code EmployerCosts} (the API's figures); a bad figure is an error on its field.</li>
 *   <li>R14.20 A page with everything it loads is under 100 KB transferred: pages, CSS and JavaScript are gzipped
 *       for a browser that asks.</li>
 *   <li>R14.60 The council's pages ({@code /council/…}) need sign-in: a visitor not signed in is sent to sign in; a role
 *       they are not for is a 403 page in the layout. A COMMISSIONER reads its own council's market and statements, a
 *       BROKER its own council's requests, an ADMIN any council it names; the capabilities' control layers make the same
 *       checks as for the API (issue 22).</li>
 *   <li>R14.61 The market dashboard: sufficiency's tiles with the value and unit, the RAG rating in words with its rule,
 *       the England comparator with its date, and the date of the data, each linking to its definition (id, definition,
 *       numerator and denominator, date, source, comparator); filters by kind, locality (defined or postcode district)
 *       and period of the monthly charts as a GET form (400 with the error summary for values not offered); each chart
 *       is its table first, then a hand-written SVG ({@code role="img"}, title and desc), and a CSV.</li>
 *   <li>R14.62 The chase list: services whose vacancy report is stale or missing, never-reported first then oldest,
 *       with their telephone and email and the last report's date; CQC alerts of the last 90 days with the open offers
 *       and requests they touch. Sourcing: requests, awards, time to source (median, 90th percentile), within 7 days,
 *       hospital discharges within 48 hours, unsourced and declines by reason, over 30, 90 or 365 days. The PA market
 *       by district and by skill against the introductions asked for.</li>
 *   <li>R14.63 Market Position Statements: start a draft, edit its title, strategic context, intentions (market,
 *       more of / less of / maintain, text) and how to engage, with inline errors and the draft's version behind the form
 *       (a stale version is 409 with the latest shown); the rating grid with a commissioner's rating, reason and date of
 *       assessment over the rule's; a preview rendered with today's figures; publishing (confirmed, version-checked, once
 *       only). Anyone, without signing in, reads a council's published editions with their dates, each edition's page
 *       and its CSVs; a draft is a 404 there.</li>
 *   <li>R14.64 Every council page and state (dashboard, cut, errors, definitions, chase, sourcing, PA market, statements,
 *       grid, rating form, edit, preview, publish, public pages) passes axe-core (WCAG 2.2 A/AA) in headless Chromium,
 *       reflows at 320 CSS px and loads only the application's files, with and without JavaScript.</li>
 *   <li>R14.65 The commissioner's journey in the browser: dashboard → a tile's definition (by keyboard) → the chase list
 *       → write, preview and publish a statement → the public page shows it without sign-in.</li>
 *   <li>R14.66 Brokers: the work list (the council's open requests, oldest first, time waiting, hospital discharges
 *       flagged, past 48 hours and 7 days marked); a request's page with its timeline (requested, offered, accepted or
 *       declined with reasons and prices, awarded, closed) and offers; matches with the score and, under "Why this
 *       match", every factor's points and sentence, the services that could not take it counted by reason; offers
 *       sent to the chosen services with a time to answer; award of an accepted offer (capacity taken at once; a second
 *       award or a lost race is a 409 message on the page); closing as unsourced or cancelled with a fitting reason.</li>
 *   <li>R14.67 The broker's journey in the browser: a hospital discharge near LS9 7TF → matches → offers to two homes →
 *       the provider accepts (in a second browser session, signed in as the demo provider, on its offers page) → award → the home's public page shows one bed
 *       fewer.</li>
 *   <li>R14.68 A new request as GOV.UK question pages: a task list of five sections (the person's postcode and reference;
 *       kind of care, bed/flat/placement type, specialisms, home care visits by time of day and days, double-handed;
 *       preferences; funding and price cap; urgency and start date), each page's errors inline, the answers kept in a
 *       draft only its broker can open, "Check your answers" naming incomplete sections and what brokerage refuses,
 *       then the request is made (brokerage's checks, as for the API) and the draft is deleted.</li>
 *   <li>R14.69 Administrators' pages: API keys issued with a role and scope (errors inline; access's rules as for the
 *       API), the new secret shown once on the page the form redirects to, rotated (the old secret stops) and revoked;
 *       the audit searched by record, key, action and dates, newest first, 25 a page.</li>
 *   <li>R14.70 CQC imports from the pages: an ADMIN uploads a CQC directory file (up to 16 MB; none, one not in UTF-8
 *       or not a directory file is a 400 with the error summary and nothing is imported), then follows the job's
 *       progress, result and row errors.</li>
 *   <li>R14.30 Find a personal assistant, public (no account): a GET form (postcode or only its district; the times of
 *       the week as a grid of checkboxes, a fieldset per day; skills; the most one can pay an hour; a language; a
 *       gender) answered by the assistant capability's own search ({@code AssistantFinder}, the same index, criteria and
 *       score as {@code GET /api/assistants/search}); the PAs as cards, ten a page with GOV.UK pagination, each with its
 *       hours of overlap, skills, rate, checks (DBS, insurance, verified) and "Why this PA" from the score. An anonymous
 *       visitor sees nothing more precise than a postcode district and whole kilometres, never a PA's home postcode,
 *       phone or email: those pass only through an accepted introduction.</li>
 *   <li>R14.31 The PA search refuses what the API would, the GOV.UK way (400, error summary linking to each field,
 *       the message on it, every value kept and escaped): no or a malformed postcode, one CareMarket does not know, no
 *       time ticked, a time, skill or gender not in the list, a rate that is not pounds and pence, a language not in
 *       letters, a field sent twice or one the form does not have; a page number that is not 1 to 5 is a 404.</li>
 *   <li>R14.32 A PA's page, public: name, district, travel, when free, rate, skills, experience, training, languages,
 *       gender, interests and checks; never the home postcode or contact details; a paused or unknown PA is a 404.</li>
 *   <li>R14.33 Every state of the PA pages (empty, results, none, errors, a PA's page) passes axe-core (WCAG 2.2 A/AA)
 *       in headless Chromium, reflows at 320 CSS px and loads only the application's files, with and without
 *       JavaScript.</li>
 *   <li>R14.34 By keyboard alone (Tab, typing, Space, Enter, the focus visible at every stop), with and without
 *       JavaScript, a person finds a PA and opens their page.</li>
 *   <li>R14.35 "Your introductions" ({@code /introductions}), for a signed-in person or broker: each introduction to a PA
 *       they asked for (through the assistant capability's {@code Introductions}, whose rules decide whose they are from
 *       the session's caller), its status and date, the PA's note, and the PA's phone and email only once the PA has
 *       accepted. Signed out: a 303 to sign in; other roles: 403. axe-clean, 320 px, with and without JavaScript.</li>
 *   <li>R14.50 Offers waiting for an answer ({@code /provider/offers}, a provider's staff, linked from
 *       {@code /provider}): the offers still open on the provider's services, soonest to expire first, each with the
 *       request's kind, needs, postcode district (never the postcode, reference or family's postcode before an award),
 *       start date, urgency (a hospital discharge flagged), price cap and time left. Signed out goes to sign in; any
 *       other role is a 403.</li>
 *   <li>R14.51 An offer's page ({@code /provider/offers/{id}}) shows the same and the forms to answer it, through
 *       brokerage's {@code Offers} control class (never its REST resources).</li>
 *   <li>R14.52 Accepting at a price a week (an hour for homecare) in pounds and pence, with an optional note:
 *       POST-redirect-GET to the list with a success banner; the broker sees the price.</li>
 *   <li>R14.53 A price that is missing, not pounds and pence, 0 or less, or above £20,000 is refused the GOV.UK way
 *       (400, error summary linking to the field, the value kept and escaped) and changes nothing.</li>
 *   <li>R14.54 Declining with a reason from brokerage's list ({@code DeclineReason}); none or one not in the list is
 *       refused the GOV.UK way, and "other" needs a note.</li>
 *   <li>R14.55 An offer withdrawn, expired or answered meanwhile is a clear message on the offer's page (409), saying
 *       the answer was not saved and where the offer stands, not an error page.</li>
 *   <li>R14.56 Another provider's offer is a 403 (read or answered), an unknown one a 404; a form without its CSRF
 *       token is refused (403) and changes nothing.</li>
 *   <li>R14.57 Every state of the offers pages (the list, an offer, a refused price or reason, accepted, declined, a
 *       race lost) passes axe-core (WCAG 2.2 A/AA) in headless Chromium and reflows at 320 CSS px, with and without
 *       JavaScript.</li>
 * </ul>
 *
 * <p>Not yet built (issue 20): staff accounts made by an ADMIN or by their organisation, the CSV upload page, the
 * personal-assistant pages (search, introductions, profile), the search-page benchmark.
 */
package org.caremarket.web;
