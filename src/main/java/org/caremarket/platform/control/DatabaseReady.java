package org.caremarket.platform.control;

/**
 * Fired once at start-up after the schema migrations have run, so that capabilities can load
 * reference or demo data into a schema that is known to be current.
 */
public record DatabaseReady(String databaseProduct, int migrationsApplied) {
}
