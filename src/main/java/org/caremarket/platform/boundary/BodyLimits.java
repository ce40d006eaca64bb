package org.caremarket.platform.boundary;

import jakarta.annotation.Priority;
import jakarta.inject.Inject;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.container.ResourceInfo;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.ext.Provider;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.lang.reflect.Method;
import org.caremarket.platform.entity.PayloadTooLarge;
import org.eclipse.microprofile.config.ConfigProvider;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * What one request's body may cost the server: at most {@code caremarket.limits.json-bytes} of JSON,
 * {@code caremarket.limits.other-bytes} of anything else, or what the operation's {@link BodyLimit} says. A
 * {@code Content-Length} over the limit is refused at once, before a byte of the body is read; a body sent without
 * one (chunked) is read through a stream that refuses it as soon as the limit is passed. Either way the answer is
 * 413 problem+json ({@link PayloadTooLarge}), whichever reader was reading: the mappers look for it among the
 * causes of what a reader throws.
 *
 * <p>Runs after {@code access}' filter, once the operation is matched: a caller without the operation's role is
 * refused (401/403) before its body is looked at, and nothing reads a body before this filter has bounded it.
 */
@Provider
@Priority(Priorities.AUTHORIZATION)
public class BodyLimits implements ContainerRequestFilter {

    static final long KIB = 1024;
    static final long MIB = 1024 * KIB;

    @Inject
    @ConfigProperty(name = "caremarket.limits.json-bytes", defaultValue = "1048576")
    long jsonBytes;

    @Inject
    @ConfigProperty(name = "caremarket.limits.other-bytes", defaultValue = "65536")
    long otherBytes;

    @Context
    ResourceInfo resource;

    @Override
    public void filter(ContainerRequestContext request) {
        long limit = limitFor(request.getMediaType());
        long declared = contentLength(request.getHeaderString(HttpHeaders.CONTENT_LENGTH));
        if (declared > limit) {
            throw tooLarge(limit);
        }
        InputStream body = request.getEntityStream();
        if (body != null) {
            request.setEntityStream(new Bounded(body, limit));
        }
    }

    private long limitFor(MediaType type) {
        Method method = resource == null ? null : resource.getResourceMethod();
        BodyLimit own = method == null ? null : method.getAnnotation(BodyLimit.class);
        if (own != null) {
            return ConfigProvider.getConfig().getOptionalValue("caremarket.limits." + own.name() + "-bytes", Long.class)
                    .orElse(own.bytes());
        }
        return isJson(type) ? jsonBytes : otherBytes;
    }

    static boolean isJson(MediaType type) {
        return type != null && (type.getSubtype().equalsIgnoreCase("json") || type.getSubtype().toLowerCase().endsWith("+json"));
    }

    /** The declared length, or -1 when there is none (chunked) or it is not a number (the container refuses those). */
    static long contentLength(String header) {
        if (header == null || header.isBlank()) {
            return -1;
        }
        try {
            return Long.parseLong(header.strip());
        } catch (NumberFormatException notANumber) {
            return -1;
        }
    }

    static PayloadTooLarge tooLarge(long limit) {
        return new PayloadTooLarge("This operation reads at most " + size(limit) + " of body; this one is larger. "
                + "Nothing was changed. Send less in one request (split a bulk upload into several).");
    }

    /** 1 MiB, 64 KiB, 1000 bytes. */
    static String size(long bytes) {
        if (bytes >= MIB && bytes % MIB == 0) {
            return bytes / MIB + " MiB";
        }
        if (bytes >= KIB && bytes % KIB == 0) {
            return bytes / KIB + " KiB";
        }
        return bytes + " bytes";
    }

    /** A body that may be read up to the limit, and no further: the read that passes it throws {@link PayloadTooLarge}. */
    static final class Bounded extends FilterInputStream {

        private final long limit;
        private long read;

        Bounded(InputStream body, long limit) {
            super(body);
            this.limit = limit;
        }

        @Override
        public int read() throws IOException {
            int b = super.read();
            if (b >= 0) {
                counted(1);
            }
            return b;
        }

        @Override
        public int read(byte[] buffer, int offset, int length) throws IOException {
            // never ask for more than one byte past the limit: enough to know it was passed
            int n = super.read(buffer, offset, (int) Math.min(length, Math.max(1, limit - read + 1)));
            if (n > 0) {
                counted(n);
            }
            return n;
        }

        @Override
        public long skip(long n) throws IOException {
            long skipped = super.skip(Math.min(n, Math.max(1, limit - read + 1)));
            if (skipped > 0) {
                counted(skipped);
            }
            return skipped;
        }

        private void counted(long n) {
            read += n;
            if (read > limit) {
                throw tooLarge(limit);
            }
        }
    }
}
