package org.caremarket.vacancy.entity;

public enum Days {
    WEEKDAYS, WEEKENDS
}
