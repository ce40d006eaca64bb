package org.caremarket.brokerage.entity;

/** Why a package is needed now; hospital discharges are measured against 48 hours, the rest against 7 days. */
public enum Urgency {
    HOSPITAL_DISCHARGE, CARER_BREAKDOWN, ROUTINE
}
