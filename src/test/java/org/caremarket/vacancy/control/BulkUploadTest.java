package org.caremarket.vacancy.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.function.LongFunction;
import org.caremarket.platform.entity.FieldError;
import org.caremarket.platform.entity.InvalidInput;
import org.caremarket.platform.entity.PayloadTooLarge;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class BulkUploadTest {

    private static InputStream text(String body) {
        return new ByteArrayInputStream(body.getBytes(StandardCharsets.UTF_8));
    }

    /** A million pieces after a head, made as they are read, counting the bytes read. */
    private static final class Endless extends InputStream {

        private final LongFunction<String> piece;
        private byte[] current;
        private int at;
        private long next;
        long read;

        Endless(String head, LongFunction<String> piece) {
            this.piece = piece;
            this.current = head.getBytes(StandardCharsets.UTF_8);
        }

        @Override
        public int read() {
            if (at == current.length) {
                current = piece.apply(next++).getBytes(StandardCharsets.UTF_8);
                at = 0;
            }
            read++;
            return current[at++] & 0xff;
        }
    }

    @Test
    @DisplayName("R4.12 a JSON upload is refused at its 2,001st element, having read hardly more than 2,000")
    void jsonStopsAtTheLimit() {
        LongFunction<String> item = i -> (i == 0 ? "" : ",") + "{\"service\":\"1-0" + (100000000 + i) + "\",\"report\":{}}";
        Endless body = new Endless("[", item);
        PayloadTooLarge refused = assertThrows(PayloadTooLarge.class, () -> BulkUpload.json(body));
        assertTrue(refused.detail().contains("2000 services"), refused.detail());
        long twoThousand = 1 + 2000L * item.apply(1).length();
        assertTrue(body.read < twoThousand + 64 * 1024, "read " + body.read + " bytes for " + twoThousand);
    }

    @Test
    @DisplayName("R4.12 a CSV upload is refused when its 2,001st service begins, naming the line, having read no further")
    void csvStopsAtTheLimit() {
        LongFunction<String> row = i -> "1-0" + (100000000 + i / 2) + ",BED," + (i % 2 == 0 ? "NURSING" : "RESIDENTIAL") + ",1\n";
        Endless body = new Endless("service,line,type,available\n", row);
        PayloadTooLarge refused = assertThrows(PayloadTooLarge.class, () -> BulkUpload.csv(body));
        assertTrue(refused.detail().contains("line 4002"), refused.detail());
        assertTrue(body.read < 4001L * row.apply(1).length() + 64 * 1024, "read " + body.read);
    }

    private static List<BulkUpload.Element> read(String csv) {
        try {
            return BulkUpload.csv(text(csv));
        } catch (InvalidInput refused) {
            throw new AssertionError(refused.errors().toString());
        }
    }

    @Test
    @DisplayName("R4.7 CSV rows become one {service, ifMatch, report} per service, in the order services first appear")
    void csvGroupsByService() {
        List<BulkUpload.Element> elements = read(String.join("\n",
                "service,ifMatch,line,type,available,held,closed,district,timeBand,days,accepting,notAcceptingReason,"
                        + "weeklyFee,doubleHandedCalls,roomFeatures",
                "1-01,\"\"\"3\"\"\",BED,NURSING,2,1,,,,,no,outbreak,1150.00,,EN_SUITE; GROUND_FLOOR",
                "1-02,,HOMECARE,,14,,,LS6,MORNING,WEEKDAYS,,,,yes,",
                "",
                "1-01,,BED,NURSING_DEMENTIA,1,0,0,,,,,,,,",
                "1-03,,PLACE,,x,,,,,,maybe,,cheap,,"));
        assertEquals(List.of(2, 3, 6), elements.stream().map(BulkUpload.Element::row).toList());
        JsonObject first = elements.get(0).item().asJsonObject();
        assertEquals("1-01", first.getString("service"));
        assertEquals("\"3\"", first.getString("ifMatch"));
        JsonObject report = first.getJsonObject("report");
        assertEquals(false, report.getJsonObject("admissions").getBoolean("accepting"));
        assertEquals("outbreak", report.getJsonObject("admissions").getString("reason"));
        assertEquals(2, report.getJsonArray("beds").size());
        assertEquals(0, report.getJsonArray("beds").getJsonObject(0).getInt("closed"), "blank held and closed are 0");
        assertEquals(List.of("EN_SUITE", "GROUND_FLOOR"), report.getJsonArray("roomFeatures").getValuesAs(jakarta.json.JsonString.class)
                .stream().map(jakarta.json.JsonString::getString).toList());
        assertEquals("1150.00", report.getJsonNumber("weeklyFee").toString());
        JsonObject homecare = elements.get(1).item().asJsonObject().getJsonObject("report");
        assertEquals(14, homecare.getJsonArray("homecare").getJsonObject(0).getInt("hours"));
        assertEquals(true, homecare.getBoolean("doubleHandedCalls"));
        assertEquals(List.of(new FieldError("line 6.accepting", "must be true or false"),
                        new FieldError("line 6.available", "must be a whole number"),
                        new FieldError("line 6.weeklyFee", "must be pounds and pence, e.g. 1150.00")),
                elements.get(2).readErrors().stream().sorted(java.util.Comparator.comparing(FieldError::field)).toList());
    }

    @Test
    @DisplayName("R4.12 a JSON upload: elements as sent; anything but an array, or text after it, is a 400")
    void jsonElements() {
        List<BulkUpload.Element> elements = BulkUpload.json(text("[{\"service\":\"a\"}, null, 3]"));
        assertEquals(3, elements.size());
        assertEquals(JsonValue.NULL, elements.get(1).item());
        for (String bad : List.of("", "null", "{}", "[{}] []", "[{\"service\": 3", "[".repeat(5000))) {
            assertThrows(InvalidInput.class, () -> BulkUpload.json(text(bad)), bad.length() > 20 ? bad.substring(0, 20) : bad);
        }
    }

    @Test
    @DisplayName("R4.12 a CSV line too long, bytes that are not UTF-8 or more rows than a report has lines are a 400 naming the line")
    void csvRefusals() {
        String header = "service,line,type,available\n";
        InvalidInput tooLong = assertThrows(InvalidInput.class, () -> BulkUpload.csv(text(header + "1-01,BED," + "N".repeat(5000) + ",1\n")));
        assertTrue(tooLong.errors().get(0).message().startsWith("line 2 "), tooLong.errors().toString());
        byte[] latin1 = (header + "1-01,BED,NURSING,1\n1-02,BED,caf\u00e9,1\n").getBytes(StandardCharsets.ISO_8859_1);
        InvalidInput notUtf8 = assertThrows(InvalidInput.class, () -> BulkUpload.csv(new ByteArrayInputStream(latin1)));
        assertTrue(notUtf8.errors().get(0).message().contains("UTF-8"), notUtf8.errors().toString());
        String rows = header + "1-01,BED,NURSING,1\n".repeat(232);
        InvalidInput tooManyRows = assertThrows(InvalidInput.class, () -> BulkUpload.csv(text(rows)));
        assertTrue(tooManyRows.errors().get(0).message().startsWith("line 233 "), tooManyRows.errors().toString());
        assertEquals(1, BulkUpload.csv(text(header + "1-01,BED,NURSING,1\n".repeat(231))).size());
    }
}
