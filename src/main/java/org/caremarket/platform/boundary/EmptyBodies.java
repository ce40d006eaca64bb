package org.caremarket.platform.boundary;

import jakarta.ws.rs.ext.Provider;
import jakarta.ws.rs.ext.ReaderInterceptor;
import jakarta.ws.rs.ext.ReaderInterceptorContext;
import java.io.IOException;
import java.io.PushbackInputStream;

/**
 * An empty body is no body ({@code null}), never malformed JSON: where the operation needs one, its
 * {@code @NotNull(message = "a JSON body is required")} answers 400 naming {@code body}; where the body is optional
 * the operation carries on without it. Text bodies (CSV, raw JSON read as a string) are read as they are.
 */
@Provider
public class EmptyBodies implements ReaderInterceptor {

    @Override
    public Object aroundReadFrom(ReaderInterceptorContext context) throws IOException {
        if (context.getType() == String.class) {
            return context.proceed(); // text (CSV, raw JSON) is read as text, empty or not
        }
        PushbackInputStream body = new PushbackInputStream(context.getInputStream(), 1);
        int first = body.read();
        if (first == -1) {
            return null;
        }
        body.unread(first);
        context.setInputStream(body);
        return context.proceed();
    }
}
