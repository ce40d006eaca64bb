package org.caremarket.operations.boundary;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.time.Instant;
import org.caremarket.platform.boundary.Allowed;
import org.caremarket.platform.entity.Role;
import org.caremarket.operations.control.Backups;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("operations/backups")
@Tag(name = "Operations")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@SecurityRequirement(name = "apiKey")
public class BackupsResource {

    @Inject
    Backups backups;

    @Schema(name = "Backup", description = "An online backup of the embedded database.")
    public record BackupView(
            @Schema(description = "The folder on the server that holds the copy (a Derby database folder inside it).")
            String folder,
            Instant at) {
    }

    @POST
    @Allowed(Role.ADMIN)
    @Consumes(MediaType.WILDCARD)
    @Operation(operationId = "backUpDatabase", summary = "Back up the embedded database, online",
            description = "Derby's online backup into a new folder under backup.dir (BACKUP_DIR; default the server's "
                    + "backups folder). The server keeps answering meanwhile. To restore, stop the server and start it "
                    + "with DERBY_DIR pointing at the database folder inside the backup. On PostgreSQL: 409, use pg_dump.")
    @APIResponse(responseCode = "201", description = "Backed up.", content = @Content(schema = @Schema(implementation = BackupView.class)))
    @APIResponse(responseCode = "401", ref = "Unauthorized")
    @APIResponse(responseCode = "403", ref = "Forbidden")
    @APIResponse(responseCode = "409", ref = "Conflict")
    public Response backUp() {
        Backups.Backup backup = backups.backUp();
        return Response.status(Response.Status.CREATED).entity(new BackupView(backup.folder(), backup.at())).build();
    }
}
