package org.caremarket.register.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.Embedded;
import java.time.Instant;

/** A rating that has been replaced by a newer one, kept so that trends can be seen. */
@Embeddable
public class PastRating {

    @Embedded
    private Rating rating;

    @Column(name = "replaced_at", nullable = false)
    private Instant replacedAt;

    protected PastRating() {
    }

    PastRating(Rating rating, Instant replacedAt) {
        this.rating = rating;
        this.replacedAt = replacedAt;
    }

    public Rating rating() {
        return rating;
    }

    public Instant replacedAt() {
        return replacedAt;
    }
}
