package org.caremarket.web.control;

import java.time.LocalDate;
import org.caremarket.register.entity.RatingValue;
import org.caremarket.register.entity.ServiceKind;

/** A care service as a search result shows it. */
public record ServiceSummary(String id, String name, String providerName, ServiceKind kind, String address,
                             Double distanceKm, RatingValue overall, LocalDate ratedOn, VacancyStatus vacancy) {
}
