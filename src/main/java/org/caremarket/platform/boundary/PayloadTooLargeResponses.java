package org.caremarket.platform.boundary;

import java.util.Map;
import java.util.TreeMap;
import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.OASFilter;
import org.eclipse.microprofile.openapi.models.Operation;
import org.eclipse.microprofile.openapi.models.responses.APIResponse;

/**
 * Every operation that takes a body can answer 413 ({@link BodyLimits}): the contract says so once, here, rather
 * than on each operation. Registered with {@code mp.openapi.filter}.
 */
public class PayloadTooLargeResponses implements OASFilter {

    @Override
    public Operation filterOperation(Operation operation) {
        if (operation.getRequestBody() != null && operation.getResponses() != null
                && !operation.getResponses().hasAPIResponse("413")) {
            Map<String, APIResponse> inOrder = new TreeMap<>(operation.getResponses().getAPIResponses());
            inOrder.put("413", OASFactory.createAPIResponse().ref("PayloadTooLarge"));
            operation.getResponses().setAPIResponses(inOrder);
        }
        return operation;
    }
}
