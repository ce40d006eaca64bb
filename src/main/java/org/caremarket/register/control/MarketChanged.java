package org.caremarket.register.control;

/**
 * Fired inside the transaction that changes anything matching reads of a service (its record, its
 * vacancies, an award): observers that keep copies (the matching index) look again once it commits.
 */
public record MarketChanged(String serviceId) {
    // serviceId is null when several services changed (a provider renamed): their stamps say which
}
