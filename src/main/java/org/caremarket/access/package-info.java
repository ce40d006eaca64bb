/**
 * Who is calling, what they may do, and a record of every change.
 *
 * <p>Machine clients (a provider's care management system, a council's case system) send an API key
 * as {@code Authorization: Bearer <key>}. A key has one role and, for roles that act for someone, a
 * binding: a PROVIDER key to one provider, a COMMISSIONER or BROKER key to one council. Resources
 * declare which roles may call them ({@link org.caremarket.platform.boundary.Allowed}) or that anyone
 * may ({@link org.caremarket.platform.boundary.Public}); controls check the object itself through
 * {@link org.caremarket.access.control.CurrentCaller}. An OIDC/JWT front door would fill the same
 * {@code CurrentCaller} from a token's groups, and nothing else would change.
 *
 * <h2>Requirements</h2>
 * <ul>
 *   <li>R3.1 Roles: ADMIN, COMMISSIONER, BROKER, PROVIDER, ASSISTANT, PERSON; anonymous callers may
 *       read the public directory.</li>
 *   <li>R3.2 A request without a key to an operation that needs one is a 401 with
 *       {@code WWW-Authenticate: Bearer}; an unknown or revoked key is a 401 wherever it is sent;
 *       a role the operation does not allow is a 403.</li>
 *   <li>R3.3 Object-level checks: a PROVIDER key may change only its own provider's records; anything
 *       else is a 403, changes nothing, and the attempt is audited.</li>
 *   <li>R3.4 Keys are high-entropy (256 bits), stored only as a SHA-256 hash, shown once when issued,
 *       revocable, and record when they were last used (to the minute). ADMIN issues and revokes keys;
 *       a PROVIDER may rotate its own. An instance trusts a key it has looked up for
 *       {@code caremarket.access.key-cache-millis}: revocation is at once on the instance that revoked, within that
 *       time on others.</li>
 *   <li>R3.5 Every change is audited in the same transaction: who (key, role), what (action and
 *       record), when, before and after. ADMIN can query the audit.</li>
 *   <li>R3.6 Demo keys for each role exist only when the demo market is loaded; a production start
 *       can be given its first ADMIN key through {@code CAREMARKET_ADMIN_KEY}.</li>
 *   <li>R3.7 Which roles may call each operation is stated in one table (AuthorizationMatrixIT) and
 *       checked for every operation the OpenAPI document lists, for every role and for no key: an
 *       operation without a row fails the build.</li>
 *   <li>R3.8 A PROVIDER key is issued only for a provider the register holds, and a COMMISSIONER or BROKER key only
 *       for a council with social care duties: otherwise a 400 naming {@code providerId} or {@code councilCode}.
 *       Access imports neither register nor geo: it asks them through platform's {@code KnownRecords}.</li>
 * </ul>
 */
package org.caremarket.access;
