package org.caremarket.platform.control;

import java.util.Optional;

/**
 * Whether a record that a higher capability owns exists, for a lower one that must not import it: access issues a
 * PROVIDER key only for a provider the register holds, and a COMMISSIONER or BROKER key only for a council geo knows
 * to have social care duties. The owner of each kind implements this as a CDI bean; the asker looks the kind up among
 * them, so the dependency still points down (asker → platform ← owner), as ARCHITECTURE.md requires.
 */
public interface KnownRecords {

    /** The kinds of record a lower capability may ask about. */
    enum Kind { PROVIDER, SOCIAL_CARE_COUNCIL }

    /** The kind this bean answers for; one bean per kind. */
    Kind kind();

    /** Empty when {@code id} names a record of this kind; otherwise why not, in words a client can act on. */
    Optional<String> whyNot(String id);
}
