package org.caremarket.platform.entity;

/** An update without {@code If-Match}: 428, so no client overwrites a change it has not seen. */
public class PreconditionRequired extends DomainFailure {
    public PreconditionRequired() {
        super(428, "/problems/if-match-required", "If-Match is required",
                "Send the ETag of the version you read in an If-Match header, so that no change made since is lost.");
    }
}
