package org.caremarket.platform.entity;

/** No credential, or one that is unknown or revoked, where one is needed: 401. */
public class Unauthenticated extends DomainFailure {
    public Unauthenticated(String detail) {
        super(401, "/problems/unauthenticated", "A valid API key is needed", detail);
    }
}
