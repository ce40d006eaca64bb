package org.caremarket.platform.entity;

/** The caller is known but may not do this, or not to this record: 403. */
public class Forbidden extends DomainFailure {
    public Forbidden(String detail) {
        super(403, "/problems/forbidden", "Not allowed", detail);
    }
}
