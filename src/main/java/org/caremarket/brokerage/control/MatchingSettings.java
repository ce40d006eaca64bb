package org.caremarket.brokerage.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Duration;
import org.caremarket.brokerage.entity.Urgency;
import org.caremarket.brokerage.entity.Weights;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/** Matching and offer settings from MicroProfile Config (README, "Configuration"). */
@ApplicationScoped
public class MatchingSettings {

    @Inject
    @ConfigProperty(name = "caremarket.matching.weight.distance", defaultValue = "30")
    double distance;

    @Inject
    @ConfigProperty(name = "caremarket.matching.weight.quality", defaultValue = "30")
    double quality;

    @Inject
    @ConfigProperty(name = "caremarket.matching.weight.price", defaultValue = "10")
    double price;

    @Inject
    @ConfigProperty(name = "caremarket.matching.weight.capacity", defaultValue = "10")
    double capacity;

    @Inject
    @ConfigProperty(name = "caremarket.matching.weight.freshness", defaultValue = "15")
    double freshness;

    @Inject
    @ConfigProperty(name = "caremarket.matching.weight.continuity", defaultValue = "5")
    double continuity;

    @Inject
    @ConfigProperty(name = "caremarket.matching.default-distance-km", defaultValue = "15")
    double defaultDistanceKm;

    @Inject
    @ConfigProperty(name = "caremarket.brokerage.offer-hours.hospital-discharge", defaultValue = "4")
    long dischargeOfferHours;

    @Inject
    @ConfigProperty(name = "caremarket.brokerage.offer-hours", defaultValue = "48")
    long offerHours;

    private volatile Weights weights;

    /** Weights that make no sense (negative, or all zero) stop the application at start-up, not at the first match. */
    void checkAtStartup(@jakarta.enterprise.event.Observes
                        @jakarta.enterprise.context.Initialized(ApplicationScoped.class) Object started) {
        weights();
    }

    public Weights weights() {
        Weights w = weights;
        if (w == null) {
            w = new Weights(distance, quality, price, capacity, freshness, continuity);
            weights = w;
        }
        return w;
    }

    public double defaultDistanceKm() {
        return defaultDistanceKm;
    }

    /** How long a provider has to answer an offer (and a broker to award an acceptance), unless the broker says. */
    public Duration offerValidity(Urgency urgency) {
        return Duration.ofHours(urgency == Urgency.HOSPITAL_DISCHARGE ? dischargeOfferHours : offerHours);
    }
}
