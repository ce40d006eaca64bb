package org.caremarket.platform.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Liveness;

/**
 * Live while the heap has room to work; a process that is out of memory should be restarted. Status only: the
 * figures are for ADMIN keys ({@code GET /api/operations/process}), not for anyone who can reach {@code /health}.
 */
@Liveness
@ApplicationScoped
public class ProcessHealth implements HealthCheck {

    @Override
    public HealthCheckResponse call() {
        Runtime runtime = Runtime.getRuntime();
        long used = runtime.totalMemory() - runtime.freeMemory();
        long max = runtime.maxMemory();
        return HealthCheckResponse.named("heap")
                .status(used < max * 0.95)
                .build();
    }
}
