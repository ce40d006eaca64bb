package org.caremarket.register.entity;

/**
 * The kinds of care service the register holds, one enum for the API, CQC mapping, matching and
 * sufficiency. Each kind counts its capacity in its own unit.
 */
public enum ServiceKind {
    /** CQC "care home service with nursing". */
    CARE_HOME_NURSING(CapacityUnit.BEDS),
    /** CQC "care home service without nursing" (residential care). */
    CARE_HOME_RESIDENTIAL(CapacityUnit.BEDS),
    /** Domiciliary care (CQC "homecare agencies"). */
    HOMECARE(CapacityUnit.HOURS_PER_WEEK),
    /** Extra care housing: own front door, care on site. */
    EXTRA_CARE(CapacityUnit.UNITS),
    /** Supported living: care and support in the person's own tenancy. */
    SUPPORTED_LIVING(CapacityUnit.PLACES),
    /** A Shared Lives scheme: carers who share their home and family life. */
    SHARED_LIVES(CapacityUnit.PLACEMENTS);

    private final CapacityUnit unit;

    ServiceKind(CapacityUnit unit) {
        this.unit = unit;
    }

    public CapacityUnit capacityUnit() {
        return unit;
    }

    public boolean isCareHome() {
        return unit == CapacityUnit.BEDS;
    }
}
