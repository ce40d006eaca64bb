package org.caremarket.vacancy.entity;

import org.caremarket.register.entity.ServiceKind;

/** What a line of a report counts; each kind of service reports one kind of line. */
public enum LineKind {
    BED, HOMECARE_HOURS, UNIT, PLACEMENT, PLACE;

    public static LineKind of(ServiceKind kind) {
        return switch (kind) {
            case CARE_HOME_NURSING, CARE_HOME_RESIDENTIAL -> BED;
            case HOMECARE -> HOMECARE_HOURS;
            case EXTRA_CARE -> UNIT;
            case SHARED_LIVES -> PLACEMENT;
            case SUPPORTED_LIVING -> PLACE;
        };
    }
}
