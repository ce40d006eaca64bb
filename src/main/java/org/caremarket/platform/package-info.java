/**
 * What every capability shares, and nothing that belongs to one of them.
 *
 * <p>The JAX-RS application under {@code /api}, the single RFC 9457 problem+json shape and one
 * exception mapper per kind of failure, the limits on request bodies, the OpenAPI definition, the {@link java.time.Clock}
 * producer, schema migrations and database health.
 * exception mapper per kind of failure, the OpenAPI definition, the {@link java.time.Clock}
 * producer, schema migrations and database health, group commit, and the in-memory index that follows the
 * database.
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
 *   <li>R0.12 A JSON body is read exactly as written or refused with a 400 naming the field, by one reader for the
 *       whole API ({@code StrictJson}): a field the operation does not have, text where a number or a yes/no is
 *       meant and a number where text is, anything but {@code true}/{@code false} for a yes/no, a whole number
 *       with a fraction or an exponent or out of the field's range, a number too long to be meant, a key twice in one
 *       object, anything after the JSON value, invalid UTF-8, half a surrogate pair, control characters and
 *       bidirectional overrides in text. Nothing is stored from a refused body.</li>
 *   <li>R0.13 Conditional requests follow RFC 9110: {@code If-Match} compares strongly (a weak or unquoted tag never
 *       matches), {@code *} matches any current record and a list matches when one of its tags does;
 *       {@code If-None-Match} on a GET naming the current ETag (compared weakly, or {@code *}) answers 304 with the
 *       ETag and no body.</li>
 *   <li>R0.14 A request body larger than its operation reads — {@code caremarket.limits.json-bytes} (1 MiB) of JSON,
 *       {@code caremarket.limits.other-bytes} (64 KiB) of anything else, or the operation's own limit
 *       ({@link org.caremarket.platform.boundary.BodyLimit}: vacancy bulk uploads 8 MiB, CQC imports 64 MiB) — is a
 *       413 problem+json: at once when its {@code Content-Length} says so, otherwise as soon as the limit has been
 *       read, whichever reader is reading. A caller without the operation's role is refused before its body is
 *       looked at. The server stays ready, and other clients' requests succeed meanwhile.</li>
 *   <li>R0.15 Whatever the server answers by itself is the product's own: outside {@code /api} a small HTML page
 *       (English, a title and a heading; no class names, no stack), under it problem+json — also for what the web
 *       container refuses before the application sees the request (an unknown file, {@code WEB-INF}, an encoded
 *       slash, backslash, dot or {@code #} in the path). What only Liberty answers is bounded: a NUL or broken
 *       %-escape in the path gets a one-line 400 naming no class; Liberty's {@code /health} and {@code /openapi}
 *       apps and the time before the application has started get the product's text; a request line or header over
 *       the HTTP channel's limits gets an empty 400 and the connection is closed.</li>
 *   <li>R0.16 {@code /health} gives status only; the figures behind it are for an ADMIN
 *       ({@code GET /api/operations/process}).</li>
 *   <li>R0.17 {@code Location} headers are built from {@code caremarket.public-url}, never from the request's
 *       {@code Host} (or forwarding) headers.</li>
 *   <li>R0.18 A query parameter that an operation takes once, given more than once, is a 400 naming it (one filter
 *       for the whole API); parameters declared as lists may repeat.</li>
 *   <li>R0.19 Every enum-valued query parameter refuses an unknown value with a 400 naming the parameter and the
 *       values allowed ({@code @OneOf}).</li>
 *   <li>R0.20 An index held in memory (matching's, PA search's: {@code control.FollowingIndex}) follows the database,
 *       the only truth: a change this instance committed shows in the next read; another instance's, stamped in the
 *       database, at the first read after the refresh interval, also when it committed up to the overlap after its
 *       stamp; a rolled-back change never; every rebuild interval everything is read again.</li>
 *   <li>R0.21 The published contract is one that generated clients and linters can use: the conditional-request
 *       headers are named as sent ({@code If-Match}, {@code If-None-Match}), every field the server requires is
 *       {@code required}, each enum is one named schema, dates are {@code format: date}, every pattern is one
 *       ECMAScript reads, CSV is a string of {@code format: binary}, and public operations say {@code security: []};
 *       Redocly's {@code recommended} ruleset, no rule turned off, finds no error.</li>
 *   <li>R0.22 A Java client generated from {@code openapi/openapi.yaml} at build time makes a conditional write
 *       (If-Match; 412 when stale), is told in a 400 which required field a create left out, and downloads a CSV
 *       export.</li>
 *   <li>R0.23 A POST or PUT with no body and no {@code Content-Type} is read as an empty JSON body, and an empty
 *       body as none: a 400 "a JSON body is required" where the operation needs one, the operation itself where the
 *       body is optional. No problem detail quotes the JAX-RS runtime.</li>
 *   <li>R0.24 One 400 names every problem the request shows: what a request breaks across its fields
 *       ({@code CrossChecked}) is named with its fields' problems when those fail, and with what the control finds
 *       (an unknown postcode, say) when they pass — never only on the next try.</li>
 * </ul>
 *
 * <p>Out of scope: authentication (the {@code access} capability), pages for people ({@code web}).
 */
package org.caremarket.platform;
