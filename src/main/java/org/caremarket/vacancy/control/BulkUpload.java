package org.caremarket.vacancy.control;

import jakarta.json.Json;
import jakarta.json.JsonValue;
import jakarta.json.stream.JsonLocation;
import jakarta.json.stream.JsonParser;
import jakarta.json.stream.JsonParsingException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import org.caremarket.platform.control.StrictJson;
import org.caremarket.platform.entity.DomainFailure;
import org.caremarket.platform.entity.FieldError;
import org.caremarket.platform.entity.InvalidInput;
import org.caremarket.platform.entity.PayloadTooLarge;

/**
 * Reads a bulk upload of vacancy reports from the body as it arrives, one service at a time, so that what an upload
 * can cost the server is bounded whatever it holds and whoever sends it: it is refused the moment it names a
 * service more than {@link #MAX_SERVICES} (413), without reading the rest; the body's bytes are bounded by the
 * operation's limit ({@link #MAX_BYTES}) as it is read. Whether the key may report for each service is decided
 * afterwards, service by service ({@link BulkReports}), as a single {@code PUT} would.
 *
 * <p>Each service's report comes out as one element in the JSON form's shape, {@code {service, ifMatch, report}}:
 * the JSON array's elements as sent, the CSV's rows grouped by service ({@link BulkCsv}).
 */
public final class BulkUpload {

    /** The most services one upload may name. */
    public static final int MAX_SERVICES = 2000;

    /**
     * The most bytes one upload may hold unless {@code caremarket.limits.bulk-bytes} says otherwise: 2,000
     * services at 4 KiB each. A care home's report is about 300 bytes of JSON (fewer as CSV); a homecare agency
     * reporting spare hours in 50 district, time-band and day lines about 4 KiB.
     */
    public static final long MAX_BYTES = 8L * 1024 * 1024;

    /**
     * One service's report as read: its position in the JSON array (from 0) or the CSV line of its first row, the
     * element ({@code {service, ifMatch, report}}; any JSON value in the JSON form, so its binding says what is
     * wrong with it) and what the CSV's cells already showed to be wrong.
     */
    public record Element(int row, JsonValue item, List<FieldError> readErrors) {
    }

    private BulkUpload() {
    }

    /** A JSON array of {@code {service, ifMatch, report}}, read element by element. */
    public static List<Element> json(InputStream body) {
        List<Element> elements = new ArrayList<>();
        try (JsonParser parser = Json.createParser(body)) {
            if (!parser.hasNext() || parser.next() != JsonParser.Event.START_ARRAY) {
                throw InvalidInput.of("body", "send a JSON array of {service, ifMatch, report}");
            }
            for (JsonParser.Event event = parser.next(); event != JsonParser.Event.END_ARRAY; event = parser.next()) {
                if (elements.size() == MAX_SERVICES) {
                    throw tooMany("element " + elements.size() + " of the array");
                }
                elements.add(new Element(elements.size(), StrictJson.next(parser, event, "[" + elements.size() + "]"), List.of()));
            }
            if (parser.hasNext()) {
                throw InvalidInput.of("body", "nothing may follow the array");
            }
            if (elements.isEmpty()) {
                throw InvalidInput.of("body", "names no service: send at least one {service, ifMatch, report}");
            }
        } catch (RuntimeException malformed) {
            // JsonParsingException, and a bare RuntimeException from Parsson for nesting deeper than 1,000; what the
            // body's stream threw (too large, a NUL) comes through as itself
            throw DomainFailure.within(malformed).orElseGet(() -> notJson(malformed));
        }
        return elements;
    }

    /** CSV with a header and one row per report line (see {@link BulkCsv}), read line by line. */
    public static List<Element> csv(InputStream body) {
        return BulkCsv.read(body);
    }

    static PayloadTooLarge tooMany(String where) {
        return new PayloadTooLarge("An upload names at most " + MAX_SERVICES + " services; service " + (MAX_SERVICES + 1)
                + " begins at " + where + ". Nothing was changed: send them in several uploads.");
    }

    private static InvalidInput notJson(RuntimeException malformed) {
        JsonLocation at = malformed instanceof JsonParsingException parsing ? parsing.getLocation() : null;
        return InvalidInput.of("body", "is not a well-formed JSON array of {service, ifMatch, report}"
                + (at == null || at.getLineNumber() < 0 ? "" : " (line " + at.getLineNumber() + ", column " + at.getColumnNumber() + ")"));
    }
}
