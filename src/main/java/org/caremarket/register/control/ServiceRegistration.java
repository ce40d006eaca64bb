package org.caremarket.register.control;

import org.caremarket.register.entity.ServiceDetails;

/**
 * A request to register or revise a service, before its place is resolved: the postcode as sent,
 * and the council when the client names it (otherwise it comes from a loaded NSPL file).
 */
public record ServiceRegistration(String providerId, String postcode, String councilCode, ServiceDetails details) {
}
