package org.caremarket.cqc.control;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import org.caremarket.cqc.entity.CqcVocabulary;
import org.caremarket.cqc.entity.ImportKind;
import org.caremarket.platform.control.Csv;
import org.caremarket.register.entity.Address;
import org.caremarket.register.entity.Ownership;
import org.caremarket.register.entity.RegistrationStatus;
import org.caremarket.register.entity.ServiceKind;
import org.caremarket.register.entity.Specialism;

/**
 * CQC's monthly directory CSV ({@code DD_Month_YYYY_CQC_directory.csv}): a few preamble lines, then a header
 * starting {@code Name,Also known as,Address,Postcode,...}, then one location a line. {@link #read} checks the
 * file's shape as a whole — a header with every column, a whole number of quoted fields on every line — so that a
 * malformed file is refused, naming the line, before anything is imported; {@link #record} reads one row.
 */
public final class DirectoryFile {

    static final String NAME = "Name";
    static final String ALSO_KNOWN_AS = "Also known as";
    static final String ADDRESS = "Address";
    static final String POSTCODE = "Postcode";
    static final String PHONE = "Phone number";
    static final String WEBSITE = "Service's website (if available)";
    static final String SERVICE_TYPES = "Service types";
    static final String CHECKED = "Date of latest check";
    static final String SPECIALISMS = "Specialisms/services";
    static final String PROVIDER_NAME = "Provider name";
    static final String LOCAL_AUTHORITY = "Local authority";
    static final String REGION = "Region";
    static final String URL = "Location URL";
    static final String LOCATION_ID = "CQC Location ID (for office use only)";
    static final String PROVIDER_ID = "CQC Provider ID (for office use only)";
    private static final List<String> COLUMNS = List.of(NAME, ALSO_KNOWN_AS, ADDRESS, POSTCODE, PHONE, WEBSITE,
            SERVICE_TYPES, CHECKED, SPECIALISMS, PROVIDER_NAME, LOCAL_AUTHORITY, REGION, URL, LOCATION_ID, PROVIDER_ID);
    private static final Pattern ID = Pattern.compile("1-\\d{1,15}");
    private static final int PREAMBLE_LINES = 10;

    /** A file that cannot be read as a CQC directory; the line is 1-based, counting the preamble. */
    public static final class Malformed extends RuntimeException {
        private final int line;

        Malformed(int line, String message) {
            super("line " + line + ": " + message, null, false, false);
            this.line = line;
        }

        public int line() {
            return line;
        }
    }

    /** A data row: its line in the file and its fields, in the header's order. */
    public record Row(int line, List<String> fields) {
    }

    private final int[] positions;
    private final List<Row> rows;

    private DirectoryFile(int[] positions, List<Row> rows) {
        this.positions = positions;
        this.rows = rows;
    }

    public static DirectoryFile read(String text) {
        if (text == null || text.isBlank()) {
            throw new Malformed(1, "the file is empty; send CQC's directory CSV with its header line");
        }
        String[] lines = text.split("\r?\n", -1);
        int headerAt = -1;
        for (int i = 0; i < Math.min(lines.length, PREAMBLE_LINES); i++) {
            if (lines[i].replace("\uFEFF", "").startsWith(NAME + ",")) {
                headerAt = i;
                break;
            }
        }
        if (headerAt < 0) {
            throw new Malformed(1, "no header line starting \"" + NAME + ",\" in the first " + PREAMBLE_LINES
                    + " lines; a CQC directory file has a few preamble lines, then the header " + String.join(",", COLUMNS));
        }
        List<String> header = Csv.split(lines[headerAt]);
        int[] positions = new int[COLUMNS.size()];
        List<String> missing = new ArrayList<>();
        for (int c = 0; c < COLUMNS.size(); c++) {
            positions[c] = Csv.column(header, COLUMNS.get(c));
            if (positions[c] < 0) {
                missing.add(COLUMNS.get(c));
            }
        }
        if (!missing.isEmpty()) {
            throw new Malformed(headerAt + 1, "the header lacks " + String.join(", ", missing));
        }
        List<Row> rows = new ArrayList<>();
        for (int i = headerAt + 1; i < lines.length; i++) {
            String line = lines[i];
            if (line.isBlank()) {
                continue;
            }
            if (line.chars().filter(ch -> ch == '"').count() % 2 != 0) {
                throw new Malformed(i + 1, "a quoted field is not closed (a CQC directory keeps each location on one line)");
            }
            if (line.indexOf('\0') >= 0) {
                throw new Malformed(i + 1, "the line holds a NUL character");
            }
            List<String> fields = Csv.split(line);
            if (fields.size() != header.size()) {
                throw new Malformed(i + 1, fields.size() + " fields where the header has " + header.size());
            }
            rows.add(new Row(i + 1, fields));
        }
        return new DirectoryFile(positions, rows);
    }

    public List<Row> rows() {
        return rows;
    }

    private String field(Row row, String column) {
        String value = row.fields().get(positions[COLUMNS.indexOf(column)]).strip();
        return value.isEmpty() ? null : value;
    }

    /** The location's id, as far as it can be read, for naming a row in an error. */
    public String locationId(Row row) {
        String id = field(row, LOCATION_ID);
        return id == null ? null : id.toUpperCase(Locale.ROOT);
    }

    /**
     * One row in the register's terms. Everything the directory lists is registered with CQC. A row whose service
     * types name nothing the register holds comes back with no kinds (to be skipped); a row that cannot be read
     * throws a {@link RowProblem} naming the column.
     */
    public CqcRecord record(Row row) {
        String locationId = locationId(row);
        if (locationId == null || !ID.matcher(locationId).matches()) {
            throw new RowProblem(LOCATION_ID, "a CQC location id is 1- followed by digits, e.g. 1-125856395");
        }
        String serviceTypes = field(row, SERVICE_TYPES);
        Set<ServiceKind> kinds = CqcVocabulary.kinds(serviceTypes);
        String name = required(row, NAME, 200);
        String providerId = field(row, PROVIDER_ID);
        if (providerId != null && !ID.matcher(providerId.toUpperCase(Locale.ROOT)).matches()) {
            throw new RowProblem(PROVIDER_ID, "a CQC provider id is 1- followed by digits, e.g. 1-102642955");
        }
        String providerName = required(row, PROVIDER_NAME, 200);
        String postcode = required(row, POSTCODE, 10);
        String localAuthority = field(row, LOCAL_AUTHORITY);
        Set<Specialism> specialisms = EnumSet.noneOf(Specialism.class);
        for (String s : CqcVocabulary.split(field(row, SPECIALISMS))) {
            CqcVocabulary.specialism(s).ifPresent(specialisms::add);
        }
        java.time.LocalDate checked;
        try {
            checked = CqcVocabulary.checkedOn(field(row, CHECKED)).orElse(null);
        } catch (IllegalArgumentException e) {
            throw new RowProblem(CHECKED, "\"" + field(row, CHECKED) + "\" is not " + e.getMessage());
        }
        String phone = clip(field(row, PHONE), 30);
        String website = clip(field(row, WEBSITE), 500);
        Address address = address(field(row, ADDRESS), name);
        return new CqcRecord(ImportKind.DIRECTORY, row.line(), locationId,
                providerId == null ? null : providerId.toUpperCase(Locale.ROOT), providerName, ownership(providerName),
                serviceTypes, kinds, name, address, postcode, localAuthority, RegistrationStatus.REGISTERED, specialisms,
                null, phone, website, null, List.of(), checked, Fingerprint.of(row.fields().toArray()));
    }

    /**
     * The directory gives the address as one comma-separated field without the postcode: the first part is the
     * first line, the last the town, anything between the second line.
     */
    static Address address(String text, String name) {
        if (text == null) {
            throw new RowProblem(ADDRESS, "is required");
        }
        List<String> parts = new ArrayList<>();
        for (String part : text.split(",")) {
            if (!part.isBlank()) {
                parts.add(part.strip());
            }
        }
        if (parts.isEmpty()) {
            throw new RowProblem(ADDRESS, "is required");
        }
        String line1 = parts.get(0);
        String town = parts.size() > 1 ? parts.get(parts.size() - 1) : null;
        String line2 = parts.size() > 2 ? String.join(", ", parts.subList(1, parts.size() - 1)) : null;
        if (line1.length() > 200 || (line2 != null && line2.length() > 200) || (town != null && town.length() > 100)) {
            throw new RowProblem(ADDRESS, "is longer than an address can be (200 characters a line, 100 for the town)");
        }
        return new Address(line1, line2, town);
    }

    /** CQC's directory does not say who owns a provider; its name often does. Corrected by the provider's record. */
    static Ownership ownership(String providerName) {
        String n = " " + providerName.toLowerCase(Locale.ROOT) + " ";
        if (n.contains(" nhs ")) {
            return Ownership.NHS;
        }
        if (n.contains(" council ") || n.contains(" borough of ") || n.contains(" county council ")) {
            return Ownership.COUNCIL;
        }
        return Ownership.PRIVATE;
    }

    private String required(Row row, String column, int maxLength) {
        String value = field(row, column);
        if (value == null) {
            throw new RowProblem(column, "is required");
        }
        if (value.length() > maxLength) {
            throw new RowProblem(column, "is longer than " + maxLength + " characters");
        }
        return value;
    }

    /** The text cut to at most {@code length} characters (null stays null). */
    static String clip(String value, int length) {
        return value == null || value.length() <= length ? value : value.substring(0, length);
    }
}
