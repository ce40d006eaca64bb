package org.caremarket.register.control;

import java.util.List;
import org.caremarket.geo.entity.Postcode;
import org.caremarket.register.entity.ProviderDetails;
import org.caremarket.register.entity.Rating;
import org.caremarket.register.entity.ServiceDetails;

/**
 * A provider and the services it runs, to be entered into the register in one bulk write
 * ({@link Enrolments#enrol}): the demo market, or a register moved here from elsewhere.
 */
public record Enrolment(ProviderDetails provider, List<Service> services) {

    /**
     * A service: its details (with its current rating), where it is — a postcode, or only a postcode district where
     * no full postcode is known — the council responsible, and the ratings it had before the current one, oldest first.
     */
    public record Service(ServiceDetails details, Postcode postcode, String district, String councilCode,
                          List<Rating> earlierRatings) {
    }

    /** The ids the register gave the provider and its services, in the order they were given. */
    public record Enrolled(String providerId, List<String> serviceIds) {
    }
}
