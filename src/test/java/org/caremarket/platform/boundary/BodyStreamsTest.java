package org.caremarket.platform.boundary;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.caremarket.platform.entity.DomainFailure;
import org.caremarket.platform.entity.PayloadTooLarge;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class BodyStreamsTest {

    private static InputStream bytes(int n) {
        return new ByteArrayInputStream(new byte[n]);
    }

    @Test
    @DisplayName("R0.14 a body may be read up to its limit, and the read that passes it is refused with 413")
    void bounded() throws IOException {
        assertEquals(1000, new BodyLimits.Bounded(bytes(1000), 1000).readAllBytes().length);
        InputStream over = new BodyLimits.Bounded(bytes(1001), 1000);
        PayloadTooLarge refused = assertThrows(PayloadTooLarge.class, over::readAllBytes);
        assertEquals(413, refused.status());
        InputStream byByte = new BodyLimits.Bounded(bytes(3), 2);
        byByte.read();
        byByte.read();
        assertThrows(PayloadTooLarge.class, byByte::read);
        assertTrue(refused.detail().contains("1000 bytes"), refused.detail());
        assertEquals("1 MiB", BodyLimits.size(1024 * 1024));
        assertEquals("64 KiB", BodyLimits.size(64 * 1024));
    }

    @Test
    @DisplayName("R0.14 what a reader wraps is answered as the failure the body's stream threw")
    void foundAmongCauses() {
        PayloadTooLarge tooLarge = new PayloadTooLarge("too large");
        RuntimeException wrapped = new jakarta.ws.rs.ProcessingException(new jakarta.json.bind.JsonbException("x", tooLarge));
        assertEquals(tooLarge, DomainFailure.within(wrapped).orElseThrow());
        assertTrue(DomainFailure.within(new IllegalStateException("no")).isEmpty());
    }

    @Test
    @DisplayName("R0.1 a NUL in a body, raw or as the JSON escape, is refused as the body is read")
    void nul() {
        for (String refused : List.of("a\u0000b", "{\"a\":\"\\u0000\"}", "{\"a\":\"\\\\\\u0000\"}", "\\U0000")) {
            assertTrue(NulBodyGuard.containsNul(refused.getBytes(StandardCharsets.UTF_8)), refused);
        }
        for (String allowed : List.of("{\"a\":\"\\\\u0000\"}", "{\"a\":\"\\u00001\"}".replace("u0000", "u0041"), "u0000", "\\u000", "\\\\")) {
            assertFalse(NulBodyGuard.containsNul(allowed.getBytes(StandardCharsets.UTF_8)), allowed);
        }
    }
}
