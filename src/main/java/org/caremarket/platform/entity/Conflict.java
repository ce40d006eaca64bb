package org.caremarket.platform.entity;

/** The request clashes with the current state of the record or with another record: 409. */
public class Conflict extends DomainFailure {
    public Conflict(String type, String title, String detail) {
        super(409, type, title, detail);
    }
}
