package org.caremarket.register.control;

import java.time.Instant;

/**
 * Fired, inside the loading transaction, once the demo market's providers and services are in the
 * register, so that capabilities above the register can add their part of the demo.
 */
public record DemoMarketLoaded(long seed, Instant at) {
}
