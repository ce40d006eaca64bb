package org.caremarket.platform.entity;

/**
 * A request bigger than its operation takes: more bytes of body than the operation's limit, or more items than a
 * bulk upload may hold. 413, answered as soon as the limit is passed, without reading the rest.
 */
public class PayloadTooLarge extends DomainFailure {

    public PayloadTooLarge(String detail) {
        super(413, "/problems/payload-too-large", "The request is too large", detail);
    }
}
