package org.caremarket.platform.boundary;

import jakarta.ws.rs.ext.Provider;
import jakarta.ws.rs.ext.ReaderInterceptor;
import jakarta.ws.rs.ext.ReaderInterceptorContext;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import org.caremarket.platform.entity.InvalidInput;

/**
 * Refuses a body containing the NUL character, raw or as the JSON escape {@code \\u0000}. The body is looked at as
 * its reader reads it, never copied whole, so that a bulk upload is still read as it arrives.
 */
@Provider
public class NulBodyGuard implements ReaderInterceptor {

    @Override
    public Object aroundReadFrom(ReaderInterceptorContext context) throws IOException {
        context.setInputStream(new Watched(context.getInputStream()));
        return context.proceed();
    }

    /** True when the body holds a NUL, raw or escaped; for tests, the same watch as a body read through it. */
    static boolean containsNul(byte[] body) {
        try (InputStream watched = new Watched(new java.io.ByteArrayInputStream(body))) {
            watched.readAllBytes();
            return false;
        } catch (InvalidInput nul) {
            return true;
        } catch (IOException impossible) {
            throw new java.io.UncheckedIOException(impossible);
        }
    }

    /**
     * Passes the body through, byte by byte in effect: a NUL, or {@code \u0000} after an even number of other
     * backslashes (so {@code \\u0000}, an escaped backslash and text, is allowed), throws {@link InvalidInput}.
     */
    static final class Watched extends FilterInputStream {

        private static final byte[] ESCAPE = "\\u0000".getBytes(java.nio.charset.StandardCharsets.US_ASCII);

        /** Backslashes just seen in a row. */
        private long backslashes;
        /** How much of {@link #ESCAPE} the latest bytes match (0: none). */
        private int matched;

        Watched(InputStream body) {
            super(body);
        }

        @Override
        public int read() throws IOException {
            int b = super.read();
            if (b >= 0) {
                look((byte) b);
            }
            return b;
        }

        @Override
        public int read(byte[] buffer, int offset, int length) throws IOException {
            int n = super.read(buffer, offset, length);
            for (int i = 0; i < n; i++) {
                look(buffer[offset + i]);
            }
            return n;
        }

        @Override
        public long skip(long n) throws IOException {
            byte[] buffer = new byte[(int) Math.min(n, 8192)];
            int read = read(buffer, 0, buffer.length);
            return Math.max(read, 0);
        }

        private void look(byte b) {
            if (b == 0) {
                throw nul();
            }
            if (matched > 0) {
                if (Character.toLowerCase(b) == ESCAPE[matched]) {
                    matched++;
                    backslashes = 0;
                    if (matched == ESCAPE.length) {
                        throw nul();
                    }
                    return;
                }
                matched = 0;
            }
            if (b == '\\') {
                if (backslashes % 2 == 0) {
                    matched = 1;
                }
                backslashes++;
            } else {
                backslashes = 0;
            }
        }

        private static InvalidInput nul() {
            return InvalidInput.of("body", "must not contain the NUL character (\\u0000)");
        }
    }
}
