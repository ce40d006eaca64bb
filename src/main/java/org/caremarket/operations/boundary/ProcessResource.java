package org.caremarket.operations.boundary;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.caremarket.platform.boundary.Allowed;
import org.caremarket.platform.entity.Role;
import org.caremarket.operations.control.ServerProcess;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("operations/process")
@Tag(name = "Operations")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@SecurityRequirement(name = "apiKey")
public class ProcessResource {

    @Inject
    ServerProcess process;

    @Schema(name = "ServerProcess", description = "Figures about the running server instance that answered.")
    public record ProcessView(
            @Schema(description = "Heap in use now, in MiB (a snapshot, not measured after a garbage collection).") long heapUsedMiB,
            @Schema(description = "The most heap the JVM may use, in MiB.") long heapMaxMiB,
            @Schema(description = "Processors the JVM sees.") int processors,
            @Schema(description = "The database kind: derby or postgresql.") String database) {
    }

    @GET
    @Allowed(Role.ADMIN)
    @Operation(operationId = "readServerProcess", summary = "Heap and database of the instance that answers",
            description = "ADMIN only. The public /health checks give status alone; the figures behind them are here.")
    @APIResponse(responseCode = "200", description = "The figures now.", content = @Content(schema = @Schema(implementation = ProcessView.class)))
    @APIResponse(responseCode = "401", ref = "Unauthorized")
    @APIResponse(responseCode = "403", ref = "Forbidden")
    public ProcessView read() {
        ServerProcess.Figures f = process.figures();
        return new ProcessView(f.heapUsedMiB(), f.heapMaxMiB(), f.processors(), f.database());
    }
}
