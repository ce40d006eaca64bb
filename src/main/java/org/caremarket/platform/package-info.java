/**
 * What every capability shares, and nothing that belongs to one of them.
 *
 * <p>The JAX-RS application under {@code /api}, the single RFC 9457 problem+json shape and one
 * exception mapper per kind of failure, the OpenAPI definition, the {@link java.time.Clock}
 * producer, schema migrations and database health.
 *
 * <h2>Requirements</h2>
 * <ul>
 *   <li>R0.1 Every error a client can cause is a 4xx {@code application/problem+json} with
 *       {@code type}, {@code title}, {@code status}, {@code detail} and, for invalid input, an
 *       {@code errors} list of {@code {field, message}}.</li>
 *   <li>R0.2 Malformed JSON, wrong JSON types, unknown paths and unsupported methods or media types
 *       are answered with problem+json 4xx, never 5xx.</li>
 *   <li>R0.3 An unexpected failure is a generic 500 problem that names no class, stack frame or
 *       database detail; the cause is logged on the server.</li>
 *   <li>R0.4 The schema is created and upgraded by versioned migrations (Flyway) at start-up; data
 *       survives restarts and upgrades.</li>
 *   <li>R0.5 {@code /health/ready} is DOWN while the database cannot be reached;
 *       {@code /health/live} reports the process.</li>
 *   <li>R0.6 Optimistic concurrency: reads carry an {@code ETag}; updates need {@code If-Match}
 *       (428 when missing, 412 when stale).</li>
 *   <li>R0.7 The OpenAPI document served at {@code /openapi} equals {@code openapi/openapi.yaml}.</li>
 *   <li>R0.8 Malformed requests derived from the OpenAPI document — at least 10,000, to every operation, with a key
 *       that may call it — never get a 5xx; every error is a problem+json; a refused change changes nothing.</li>
 *   <li>R0.9 While the database cannot be reached, a request that needs it is a 503 problem+json with
 *       {@code Retry-After} (nothing changed) and {@code /health/ready} is DOWN; both recover by themselves when it
 *       returns.</li>
 *   <li>R0.10 {@code messages.log} is JSON, a record a line (messages, access records, first-failure reports); every
 *       answer carries an {@code X-Request-Id} (the caller's when sensible, else a new UUID) that its access record
 *       carries too; access records hold no query string and no client address.</li>
 *   <li>R0.11 A server killed with {@code kill -9} in the middle of a burst of writes loses none that it acknowledged
 *       and leaves none half-written (a report without its history or audit record); it starts again by itself on the
 *       same database.</li>
 *   <li>R0.12 The published contract is one that generated clients and linters can use: the conditional-request
 *       headers are named as sent ({@code If-Match}, {@code If-None-Match}), every field the server requires is
 *       {@code required}, each enum is one named schema, dates are {@code format: date}, every pattern is one
 *       ECMAScript reads, CSV is a string of {@code format: binary}, and public operations say {@code security: []};
 *       Redocly's {@code recommended} ruleset, no rule turned off, finds no error.</li>
 *   <li>R0.13 A Java client generated from {@code openapi/openapi.yaml} at build time makes a conditional write
 *       (If-Match; 412 when stale), is told in a 400 which required field a create left out, and downloads a CSV
 *       export.</li>
 *   <li>R0.14 A POST or PUT with no body and no {@code Content-Type} is read as an empty JSON body, and an empty
 *       body as none: a 400 "a JSON body is required" where the operation needs one, the operation itself where the
 *       body is optional. No problem detail quotes the JAX-RS runtime.</li>
 *   <li>R0.15 One 400 names every problem the request shows: what a request breaks across its fields
 *       ({@code CrossChecked}) is named with its fields' problems when those fail, and with what the control finds
 *       (an unknown postcode, say) when they pass — never only on the next try.</li>
 * </ul>
 *
 * <p>Out of scope: authentication (the {@code access} capability), pages for people ({@code web}).
 */
package org.caremarket.platform;
