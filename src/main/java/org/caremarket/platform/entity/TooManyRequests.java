package org.caremarket.platform.entity;

/** The caller has used up an allowance that protects others (introductions a day): 429, with when to try again. */
public class TooManyRequests extends DomainFailure {

    private final long retryAfterSeconds;

    public TooManyRequests(String type, String title, String detail, long retryAfterSeconds) {
        super(429, type, title, detail);
        this.retryAfterSeconds = retryAfterSeconds;
    }

    public long retryAfterSeconds() {
        return retryAfterSeconds;
    }
}
