package org.caremarket.register.entity;

/**
 * The bed, unit and placement types a service can have available now, as the directory search filters on them
 * ({@code bedType}): the vacancy capability's bed, unit and placement types by name, known here because the register
 * cannot import the capability above it (a unit test keeps the two lists the same).
 */
public enum VacancyType {
    RESIDENTIAL, NURSING, RESIDENTIAL_DEMENTIA, NURSING_DEMENTIA, LEARNING_DISABILITY, MENTAL_HEALTH,
    YOUNGER_PHYSICALLY_DISABLED, RESPITE, DISCHARGE_TO_ASSESS,
    ONE_BED, TWO_BED,
    LONG_TERM, SHORT_BREAK, DAY_SUPPORT
}
