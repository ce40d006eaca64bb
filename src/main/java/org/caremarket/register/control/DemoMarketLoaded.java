package org.caremarket.register.control;

import java.time.Instant;

/**
 * Fired once the demo market's providers and services are committed to the register, outside any
 * transaction, so that capabilities above the register can add their part of the demo.
 */
public record DemoMarketLoaded(long seed, Instant at) {
}
