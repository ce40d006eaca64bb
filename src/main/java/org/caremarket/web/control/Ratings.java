package org.caremarket.web.control;

import java.time.Instant;
import java.time.LocalDate;
import org.caremarket.register.entity.RatingValue;

/** A CQC rating, overall and for the five key questions; {@code replacedAt} only on a past one. */
public record Ratings(RatingValue overall, RatingValue safe, RatingValue effective, RatingValue caring,
                      RatingValue responsive, RatingValue wellLed, LocalDate reportDate, Instant replacedAt) {
}
