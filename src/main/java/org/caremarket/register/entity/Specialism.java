package org.caremarket.register.entity;

/** Service-user groups and specialisms, following CQC's "specialisms/services" list. */
public enum Specialism {
    OLDER_PEOPLE,
    YOUNGER_ADULTS,
    DEMENTIA,
    LEARNING_DISABILITIES,
    AUTISM,
    MENTAL_HEALTH,
    PHYSICAL_DISABILITY,
    SENSORY_IMPAIRMENT,
    SUBSTANCE_MISUSE,
    EATING_DISORDERS,
    DETAINED_UNDER_MENTAL_HEALTH_ACT,
    WHOLE_POPULATION
}
