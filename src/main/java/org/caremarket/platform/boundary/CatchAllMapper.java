package org.caremarket.platform.boundary;

import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import java.util.UUID;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.caremarket.platform.control.Writes;
import org.caremarket.platform.entity.Conflict;
import org.caremarket.platform.entity.DomainFailure;

/**
 * Anything unexpected: logged here with a reference, answered with a generic 500 that names no
 * class, stack frame or database message. A failure the domain named, wrapped by a reader or the runtime on its
 * way here (a body over its limit, thrown by the body's stream), is answered as itself.
 */
@Provider
public class CatchAllMapper implements ExceptionMapper<Throwable> {

    private static final Logger LOG = Logger.getLogger(CatchAllMapper.class.getName());

    @Context
    UriInfo uri;

    @Override
    public Response toResponse(Throwable failure) {
        var named = DomainFailure.within(failure);
        if (named.isPresent()) {
            return DomainFailureMapper.answer(named.get(), uri);
        }
        if (Writes.isTransactionConflict(failure)) {
            LOG.log(Level.INFO, "A transaction was rolled back by the database (deadlock or lock timeout)", failure);
            Conflict conflict = Writes.concurrentUpdate(Writes.DATABASE_CONFLICT);
            return Problems.response(conflict.status(), conflict.type(), conflict.title(), conflict.detail(), uri, null);
        }
        if (Writes.isDatabaseUnavailable(failure)) {
            LOG.log(Level.WARNING, "The database cannot be reached: " + failure);
            return Response.fromResponse(Problems.response(503, "/problems/database-unavailable",
                    "The database cannot be reached", "Nothing was changed. Try again in a few seconds.", uri, null))
                    .header("Retry-After", 5).build();
        }
        String reference = UUID.randomUUID().toString();
        LOG.log(Level.SEVERE, "Unexpected failure, reference " + reference, failure);
        return Problems.response(500, "/problems/internal-error", "Something went wrong on our side",
                "The request could not be completed. Quote reference " + reference + " when reporting it.", uri, null);
    }
}
