package org.caremarket.register.control;

import org.caremarket.platform.entity.Conflict;

/** CQC ids are unique in the register: one record per CQC provider or location. */
public class DuplicateCqcId extends Conflict {
    public DuplicateCqcId(String what, String cqcId) {
        super("/problems/duplicate-cqc-id", "Already registered",
                "A " + what + " with CQC id " + cqcId + " is already in the register; update that record instead.");
    }
}
