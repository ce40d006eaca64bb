package org.caremarket.platform.entity;

/** The client's {@code If-Match} names a version that is no longer current: 412. */
public class PreconditionFailed extends DomainFailure {
    public PreconditionFailed(String detail) {
        super(412, "/problems/stale-version", "The record has changed since you read it", detail);
    }
}
