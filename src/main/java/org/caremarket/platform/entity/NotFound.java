package org.caremarket.platform.entity;

/** The request names something that does not exist: 404. */
public class NotFound extends DomainFailure {
    public NotFound(String detail) {
        super(404, "/problems/not-found", "Not found", detail);
    }
}
