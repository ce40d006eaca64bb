package org.caremarket.web.boundary;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import org.caremarket.geo.entity.Postcode;
import org.caremarket.platform.entity.FieldError;
import org.caremarket.register.entity.ServiceKind;
import org.caremarket.vacancy.entity.BedType;
import org.caremarket.vacancy.entity.Days;
import org.caremarket.vacancy.entity.LineKind;
import org.caremarket.vacancy.entity.PlacementType;
import org.caremarket.vacancy.entity.RoomFeature;
import org.caremarket.vacancy.entity.TimeBand;
import org.caremarket.vacancy.entity.UnitType;
import org.caremarket.vacancy.entity.VacancyLine;
import org.caremarket.vacancy.entity.VacancyReport;

/**
 * A service's vacancy report as a form, in the part its kind reports: beds by type (available, held, closed) for a care
 * home, spare homecare hours by district, time band and days, extra care units, Shared Lives placements, or supported
 * living places; whether it is accepting (and why not), and for a care home its weekly fee and room features. The form
 * carries the version it was filled in from, which the write sends as If-Match. Numbers are read exactly: a blank is
 * none, anything but a whole number in range is an error on that field.
 */
public final class VacancyForm {

    /** Rows for new homecare lines below the current ones. */
    static final int SPARE_ROWS = 3;
    private static final Pattern WHOLE = Pattern.compile("^\\d{1,6}$");
    private static final Pattern MONEY = Pattern.compile("^\\d{1,5}(\\.\\d{1,2})?$");

    public final ServiceKind kind;
    public final LineKind part;
    public final long version;
    private final Map<String, String> values = new HashMap<>();
    public final Set<String> roomFeatures = new LinkedHashSet<>();
    public int homecareRows;
    private final List<FieldProblem> problems = new ArrayList<>();
    /** For each homecare line sent, the form row it came from, to put the service's own checks on the right row. */
    private final List<Integer> homecareLineRows = new ArrayList<>();

    private VacancyForm(ServiceKind kind, long version) {
        this.kind = kind;
        this.part = LineKind.of(kind);
        this.version = version;
    }

    /** The form filled in from the current report (or empty before the first). */
    public static VacancyForm of(ServiceKind kind, long version, Optional<VacancyReport> current) {
        VacancyForm form = new VacancyForm(kind, version);
        form.values.put("accepting", current.map(r -> r.accepting() ? "yes" : "no").orElse("yes"));
        current.ifPresent(report -> {
            form.values.put("reason", report.notAcceptingReason());
            form.values.put("weeklyFee", report.weeklyFee() == null ? null : report.weeklyFee().toPlainString());
            form.values.put("doubleHanded", report.doubleHandedCalls() ? "yes" : null);
            report.roomFeatures().forEach(f -> form.roomFeatures.add(f.name()));
            int row = 0;
            for (VacancyLine line : report.forKind(kind).lines()) {
                switch (line.kind()) {
                    case BED -> {
                        form.values.put("bed-" + line.type() + "-available", String.valueOf(line.available()));
                        form.values.put("bed-" + line.type() + "-held", String.valueOf(line.held()));
                        form.values.put("bed-" + line.type() + "-closed", String.valueOf(line.closed()));
                    }
                    case UNIT -> form.values.put("unit-" + line.type(), String.valueOf(line.available()));
                    case PLACEMENT -> form.values.put("placement-" + line.type(), String.valueOf(line.available()));
                    case PLACE -> form.values.put("places", String.valueOf(line.available()));
                    case HOMECARE_HOURS -> {
                        form.values.put("hc-" + row + "-district", line.district());
                        form.values.put("hc-" + row + "-band", line.timeBand().name());
                        form.values.put("hc-" + row + "-days", line.days().name());
                        form.values.put("hc-" + row + "-hours", String.valueOf(line.available()));
                        row++;
                    }
                }
            }
            form.homecareRows = row;
        });
        form.homecareRows += SPARE_ROWS;
        return form;
    }

    /** The form as sent. */
    public static VacancyForm read(ServiceKind kind, long version, Map<String, String[]> parameters) {
        VacancyForm form = new VacancyForm(kind, version);
        parameters.forEach((name, given) -> {
            if (name.equals("roomFeature")) {
                form.roomFeatures.addAll(List.of(given));
            } else if (given.length > 0) {
                form.values.put(name, given[0]);
            }
        });
        int rows = 0;
        while (rows < 200 && parameters.containsKey("hc-" + rows + "-district")) {
            rows++;
        }
        form.homecareRows = Math.max(rows, SPARE_ROWS);
        return form;
    }

    /** The report the form asks for, or empty with the problems on the fields. */
    public Optional<VacancyReport> report() {
        List<VacancyLine> lines = new ArrayList<>();
        switch (part) {
            case BED -> {
                for (BedType type : BedType.values()) {
                    String at = "bed-" + type.name() + "-";
                    String beds = Words.code(type).toLowerCase(Locale.UK) + " beds";
                    int available = count(at + "available", 2000, beds + " free now");
                    int held = count(at + "held", 2000, beds + " held");
                    int closed = count(at + "closed", 2000, beds + " closed");
                    if (available + held + closed > 0) {
                        lines.add(VacancyLine.beds(type, available, held, closed));
                    }
                }
            }
            case UNIT -> {
                for (UnitType type : UnitType.values()) {
                    int available = count("unit-" + type.name(), 2000, Words.code(type).toLowerCase(Locale.UK) + " flats");
                    if (available > 0) {
                        lines.add(VacancyLine.units(type, available));
                    }
                }
            }
            case PLACEMENT -> {
                for (PlacementType type : PlacementType.values()) {
                    int available = count("placement-" + type.name(), 2000, Words.code(type).toLowerCase(Locale.UK) + " placements");
                    if (available > 0) {
                        lines.add(VacancyLine.placements(type, available));
                    }
                }
            }
            case PLACE -> lines.add(VacancyLine.places(count("places", 2000, "places free now")));
            case HOMECARE_HOURS -> homecare(lines);
        }
        boolean accepting = !"no".equals(value("accepting"));
        if (!"yes".equals(value("accepting")) && !"no".equals(value("accepting"))) {
            problem("accepting", "Select whether the service is taking people on");
        }
        String reason = blankToNull(value("reason"));
        if (!accepting && reason == null) {
            problem("reason", "Say why the service is not taking people on");
        } else if (reason != null && reason.length() > 200) {
            problem("reason", "The reason must be 200 characters or fewer");
        }
        BigDecimal fee = null;
        String feeText = blankToNull(value("weeklyFee"));
        if (kind.isCareHome() && feeText != null) {
            String plain = feeText.replace("£", "").replace(",", "").strip();
            if (!MONEY.matcher(plain).matches() || new BigDecimal(plain).signum() <= 0
                    || new BigDecimal(plain).compareTo(new BigDecimal("20000")) > 0) {
                problem("weeklyFee", "Enter the weekly fee in pounds, like 1150 or 1150.50, up to £20,000");
            } else {
                fee = new BigDecimal(plain).setScale(2);
            }
        }
        EnumSet<RoomFeature> features = EnumSet.noneOf(RoomFeature.class);
        if (kind.isCareHome()) {
            for (String f : roomFeatures) {
                Optional<RoomFeature> known = EnumSet.allOf(RoomFeature.class).stream().filter(r -> r.name().equals(f)).findFirst();
                if (known.isEmpty()) {
                    problem("roomFeature", "Select room features from the list");
                } else {
                    features.add(known.get());
                }
            }
        }
        if (!problems.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(new VacancyReport(accepting, accepting ? null : reason, fee,
                kind == ServiceKind.HOMECARE && "yes".equals(value("doubleHanded")), features, lines, Set.of(part)));
    }

    private void homecare(List<VacancyLine> lines) {
        for (int row = 0; row < homecareRows; row++) {
            String at = "hc-" + row + "-";
            String district = blankToNull(value(at + "district"));
            String hours = blankToNull(value(at + "hours"));
            if (district == null && hours == null) {
                continue;
            }
            Optional<String> parsed = district == null ? Optional.empty() : Postcode.parseDistrict(district);
            if (parsed.isEmpty()) {
                problem(at + "district", "Enter a postcode district, like LS6");
            }
            TimeBand band = choice(TimeBand.class, value(at + "band"), at + "band", "Select a time of day");
            Days days = choice(Days.class, value(at + "days"), at + "days", "Select weekdays or weekends");
            int spare = count(at + "hours", 10000, "row " + (row + 1) + "'s spare hours");
            if (hours == null) {
                problem(at + "hours", "Enter the spare hours a week, or leave the whole row empty");
            }
            if (parsed.isPresent() && band != null && days != null && hours != null) {
                lines.add(VacancyLine.homecareHours(parsed.get(), band, days, spare));
                homecareLineRows.add(row);
            }
        }
    }

    private <E extends Enum<E>> E choice(Class<E> type, String value, String field, String message) {
        for (E e : type.getEnumConstants()) {
            if (e.name().equals(value)) {
                return e;
            }
        }
        problem(field, message);
        return null;
    }

    private int count(String field, int max, String what) {
        String text = blankToNull(value(field));
        if (text == null) {
            return 0;
        }
        if (!WHOLE.matcher(text).matches() || Integer.parseInt(text) > max) {
            problem(field, "Enter " + what + " as a whole number from 0 to " + String.format(Locale.UK, "%,d", max));
            return 0;
        }
        return Integer.parseInt(text);
    }

    /** The service's own checks of the report (Vacancies.replace), put on the fields they concern. */
    public void refused(List<FieldError> errors) {
        for (FieldError e : errors) {
            problems.add(new FieldProblem(fieldFor(e.field()), Words.sentence(e.message())));
        }
    }

    private String fieldFor(String apiField) {
        String f = apiField == null ? "" : apiField;
        if (f.startsWith("homecare[")) {
            int index = Integer.parseInt(f.substring(9, f.indexOf(']')));
            int row = index < homecareLineRows.size() ? homecareLineRows.get(index) : 0;
            return "hc-" + row + (f.endsWith(".district") ? "-district" : "-hours");
        }
        return switch (f.contains("[") ? f.substring(0, f.indexOf('[')) : f) {
            case "beds" -> "bed-" + BedType.values()[0].name() + "-available";
            case "units" -> "unit-" + UnitType.values()[0].name();
            case "placements" -> "placement-" + PlacementType.values()[0].name();
            case "homecare" -> "hc-0-district";
            case "admissions.reason" -> "reason";
            case "weeklyFee", "places" -> f;
            case "roomFeatures" -> "roomFeature";
            default -> "accepting";
        };
    }

    private void problem(String field, String message) {
        if (problems.stream().noneMatch(p -> p.field().equals(field))) {
            problems.add(new FieldProblem(field, message));
        }
    }

    public List<FieldProblem> problems() {
        return List.copyOf(problems);
    }

    /** A field's value as sent or read, for the template (null when none). */
    public String value(String field) {
        return values.get(field);
    }

    public boolean checked(String field, String value) {
        return value.equals(values.get(field));
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }
}
