package org.caremarket.register.entity;

/** A service's standing with CQC. Only a registered service can take people on. */
public enum RegistrationStatus {
    REGISTERED, DORMANT, DEREGISTERED
}
