package org.caremarket.vacancy.entity;

/** The kinds of bed councils and the NHS commission, as the Capacity Tracker counts them. */
public enum BedType {
    RESIDENTIAL, NURSING, RESIDENTIAL_DEMENTIA, NURSING_DEMENTIA, LEARNING_DISABILITY, MENTAL_HEALTH,
    YOUNGER_PHYSICALLY_DISABLED, RESPITE, DISCHARGE_TO_ASSESS
}
