package org.caremarket.operations.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Figures about the running server for the people who run it: what the public health checks used to show
 * (heap, database), kept here behind an ADMIN key so that anonymous callers learn nothing about the process.
 */
@ApplicationScoped
public class ServerProcess {

    @Inject
    @ConfigProperty(name = "db.kind", defaultValue = "derby")
    String databaseKind;

    /** The heap in MiB as the JVM reports it now (a snapshot, not measured after a collection), and the database kind. */
    public record Figures(long heapUsedMiB, long heapMaxMiB, int processors, String database) {
    }

    public Figures figures() {
        Runtime runtime = Runtime.getRuntime();
        long used = runtime.totalMemory() - runtime.freeMemory();
        return new Figures(used >> 20, runtime.maxMemory() >> 20, runtime.availableProcessors(), databaseKind);
    }
}
