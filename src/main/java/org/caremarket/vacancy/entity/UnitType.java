package org.caremarket.vacancy.entity;

/** Extra care apartments. */
public enum UnitType {
    ONE_BED, TWO_BED
}
