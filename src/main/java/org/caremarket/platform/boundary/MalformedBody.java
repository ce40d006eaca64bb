package org.caremarket.platform.boundary;

import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;

/** The answer to a body that cannot be read as the JSON the operation expects. */
final class MalformedBody {

    private MalformedBody() {
    }

    static Response response(UriInfo uri) {
        return Problems.invalid("The body is not valid JSON for this operation: check that it is well formed "
                + "and that numbers, strings, lists and objects are where the API description puts them.", null, uri);
    }
}
