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
 *       or 2.2 A/AA violation, the page does not scroll sideways at 320 CSS px, and the search works with JavaScript
 *       turned off.</li>
 * </ul>
 *
 * <p>Not yet built (issue 20): accounts and sign-in, providers' and personal assistants' pages, the PA search.
 */
package org.caremarket.web;
