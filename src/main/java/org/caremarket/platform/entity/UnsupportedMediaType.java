package org.caremarket.platform.entity;

/** A body in a media type the operation does not take: 415. */
public class UnsupportedMediaType extends DomainFailure {
    public UnsupportedMediaType(String detail) {
        super(415, "about:blank", "Unsupported media type", detail);
    }
}
