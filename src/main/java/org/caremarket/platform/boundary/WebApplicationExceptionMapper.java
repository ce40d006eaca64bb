package org.caremarket.platform.boundary;

import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import org.caremarket.platform.entity.DomainFailure;

/**
 * Failures JAX-RS itself raises (unknown path, wrong method, unsupported media type, a query
 * parameter that is not a number) in the problem+json shape, keeping their status. The detail is
 * always our own words: the exception's message is RESTEasy's (RESTEASY003065 …), not the client's business.
 */
@Provider
public class WebApplicationExceptionMapper implements ExceptionMapper<WebApplicationException> {

    @Context
    UriInfo uri;

    @Override
    public Response toResponse(WebApplicationException exception) {
        var named = DomainFailure.within(exception);
        if (named.isPresent()) {
            return DomainFailureMapper.answer(named.get(), uri);
        }
        Response original = exception.getResponse();
        int status = original == null ? 500 : original.getStatus();
        if (status >= 500) {
            return new CatchAllMapper().toResponse(exception);
        }
        String title = switch (status) {
            case 400 -> "The request is not valid";
            case 404 -> "Not found";
            case 405 -> "Method not allowed";
            case 406 -> "Not acceptable";
            case 415 -> "Unsupported media type";
            default -> Response.Status.fromStatusCode(status) == null
                    ? "Client error" : Response.Status.fromStatusCode(status).getReasonPhrase();
        };
        String detail = switch (status) {
            case 400 -> "The request could not be read: check parameter types and the JSON body.";
            case 404 -> "There is nothing at this path.";
            case 405 -> "This path does not accept the " + "method used.";
            case 406 -> "This API answers in application/json.";
            case 415 -> "The body's Content-Type is not one this operation takes: send JSON as application/json "
                    + "(the API description names the media types of each operation).";
            default -> title;
        };
        Response response = Problems.response(status, status == 400 ? "/problems/invalid-request" : "about:blank",
                title, detail, uri, null);
        if (original != null && original.getHeaderString("Allow") != null) {
            return Response.fromResponse(response).header("Allow", original.getHeaderString("Allow")).build();
        }
        return response;
    }
}
