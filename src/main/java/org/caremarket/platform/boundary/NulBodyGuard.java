package org.caremarket.platform.boundary;

import jakarta.ws.rs.ext.Provider;
import jakarta.ws.rs.ext.ReaderInterceptor;
import jakarta.ws.rs.ext.ReaderInterceptorContext;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import org.caremarket.platform.entity.InvalidInput;

/** Refuses a body containing the NUL character, raw or as the JSON escape {@code \\u0000}. */
@Provider
public class NulBodyGuard implements ReaderInterceptor {

    private static final byte[] ESCAPED = "\\u0000".getBytes(StandardCharsets.US_ASCII);

    @Override
    public Object aroundReadFrom(ReaderInterceptorContext context) throws IOException {
        byte[] body = context.getInputStream().readAllBytes();
        if (containsNul(body)) {
            throw InvalidInput.of("body", "must not contain the NUL character (\\u0000)");
        }
        context.setInputStream(new ByteArrayInputStream(body));
        return context.proceed();
    }

    static boolean containsNul(byte[] body) {
        for (int i = 0; i < body.length; i++) {
            if (body[i] == 0) {
                return true;
            }
            if (body[i] == '\\' && i + ESCAPED.length <= body.length) {
                boolean escaped = true;
                for (int j = 1; j < ESCAPED.length; j++) {
                    if (Character.toLowerCase(body[i + j]) != ESCAPED[j]) {
                        escaped = false;
                        break;
                    }
                }
                int before = 0;
                while (i - before - 1 >= 0 && body[i - before - 1] == '\\') {
                    before++;
                }
                if (escaped && before % 2 == 0) {
                    return true;
                }
            }
        }
        return false;
    }
}
