package org.caremarket.vacancy.entity;

import jakarta.json.stream.JsonGenerator;
import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.io.StringWriter;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.caremarket.platform.entity.Conflict;
import org.caremarket.platform.entity.FlagConverter;

/**
 * The current vacancy report of one service: one row with a version (the ETag), replaced whole by
 * each accepted report. The history of reports lives in {@link VacancyRecord}.
 */
@Entity
@Table(name = "vacancy_state")
@NamedQuery(name = "VacancyState.forServices", query = "SELECT v FROM VacancyState v WHERE v.serviceId IN :ids")
public class VacancyState {

    @Id
    @Column(name = "service_id", length = 36)
    private String serviceId;

    @Version
    @Column(name = "version", nullable = false)
    private long version;

    @Column(name = "reported_at", nullable = false)
    private Instant reportedAt;

    @Column(name = "reported_by", length = 36)
    private String reportedBy;

    @Convert(converter = FlagConverter.class)
    @Column(name = "accepting", nullable = false)
    private boolean accepting;

    @Column(name = "not_accepting_reason", length = 200)
    private String notAcceptingReason;

    @Column(name = "weekly_fee", precision = 10, scale = 2)
    private BigDecimal weeklyFee;

    @Convert(converter = FlagConverter.class)
    @Column(name = "double_handed_calls", nullable = false)
    private boolean doubleHandedCalls;

    @Column(name = "room_features", length = 200)
    private String roomFeatures;

    @Convert(converter = VacancyLinesConverter.class)
    @Column(name = "lines", length = 32000, nullable = false)
    private List<VacancyLine> lines = List.of();

    protected VacancyState() {
    }

    public VacancyState(String serviceId, VacancyReport report, Instant now, String reportedBy) {
        this.serviceId = serviceId;
        apply(report, now, reportedBy);
    }

    /**
     * The report as it stood at a past version of the state: a copy for a history row written after the fact
     * ({@link VacancyRecord#imported}), never persisted.
     */
    static VacancyState asOf(String serviceId, VacancyReport report, Instant at, long version) {
        VacancyState past = new VacancyState(serviceId, report, at, null);
        past.version = version;
        return past;
    }

    /** Replaces the whole report: what was said before no longer holds. */
    public void replace(VacancyReport report, Instant now, String reportedBy) {
        apply(report, now, reportedBy);
    }

    private void apply(VacancyReport report, Instant now, String by) {
        this.reportedAt = now;
        this.reportedBy = by;
        this.accepting = report.accepting();
        this.notAcceptingReason = report.accepting() ? null : report.notAcceptingReason().strip();
        this.weeklyFee = report.weeklyFee();
        this.doubleHandedCalls = report.doubleHandedCalls();
        this.roomFeatures = report.roomFeatures().isEmpty() ? null
                : report.roomFeatures().stream().map(Enum::name).sorted().collect(Collectors.joining(","));
        this.lines = List.copyOf(report.lines());
    }

    /**
     * Takes what an award claims, leaving the provider's report time as it was (the award is not a new
     * report, so it does not make an old report fresh). Beds, units, placements and places: one of the
     * type, which must be available. Homecare: the hours wanted at each time, as far as they are
     * spare; at least some must be.
     *
     * @return how much was taken (1, or hours a week)
     * @throws Conflict when nothing of what is claimed is available now
     */
    public int take(CapacityClaim claim, String serviceName) {
        List<VacancyLine> after = new ArrayList<>(lines);
        int taken = takeFrom(after, claim, serviceName);
        lines = List.copyOf(after);
        return taken;
    }

    /** Takes the claim from {@code working}, a copy of the lines that becomes the report's if this returns. */
    private int takeFrom(List<VacancyLine> working, CapacityClaim claim, String serviceName) {
        if (claim.kind() == LineKind.HOMECARE_HOURS) {
            int taken = 0;
            for (CapacityClaim.Hours wanted : claim.hours()) {
                for (int i = 0; i < working.size(); i++) {
                    VacancyLine line = working.get(i);
                    if (line.kind() == LineKind.HOMECARE_HOURS && line.district().equals(wanted.district())
                            && line.timeBand() == wanted.timeBand() && line.days() == wanted.days() && line.available() > 0) {
                        int hours = Math.min(line.available(), wanted.hoursPerWeek());
                        working.set(i, line.less(hours));
                        taken += hours;
                    }
                }
            }
            if (taken == 0) {
                throw noCapacity(claim, serviceName);
            }
            return taken;
        }
        for (int i = 0; i < working.size(); i++) {
            VacancyLine line = working.get(i);
            if (line.kind() == claim.kind() && java.util.Objects.equals(line.type(), claim.type()) && line.available() > 0) {
                working.set(i, line.less(1));
                return 1;
            }
        }
        throw noCapacity(claim, serviceName);
    }

    private Conflict noCapacity(CapacityClaim claim, String serviceName) {
        return new Conflict("/problems/no-capacity", "The capacity has gone",
                serviceName + " has no " + claim.describe().replaceFirst("^one ", "") + " available now (its report of "
                        + reportedAt + ", less any awards since, says none): another award may have taken it. "
                        + "Choose another offer or ask the provider to report again.");
    }

    public VacancyReport report() {
        return new VacancyReport(accepting, notAcceptingReason, weeklyFee, doubleHandedCalls, roomFeatures(),
                List.copyOf(lines));
    }

    public Set<RoomFeature> roomFeatures() {
        EnumSet<RoomFeature> features = EnumSet.noneOf(RoomFeature.class);
        if (roomFeatures != null) {
            Arrays.stream(roomFeatures.split(",")).map(RoomFeature::valueOf).forEach(features::add);
        }
        return features;
    }


    /**
     * {@link #snapshot()} as JSON, the form the history and the audit keep, written directly: a report is
     * written as JSON twice (before and after) on the busiest write there is.
     */
    public String snapshotJson() {
        StringWriter out = new StringWriter(256);
        try (JsonGenerator json = VacancyLinesConverter.GENERATORS.createGenerator(out)) {
            json.writeStartObject();
            json.write("version", version);
            json.write("reportedAt", reportedAt.toString());
            json.write("accepting", accepting);
            writeOrNull(json, "notAcceptingReason", notAcceptingReason);
            if (weeklyFee == null) {
                json.writeNull("weeklyFee");
            } else {
                json.write("weeklyFee", weeklyFee);
            }
            json.write("doubleHandedCalls", doubleHandedCalls);
            json.writeStartArray("roomFeatures");
            roomFeatures().forEach(f -> json.write(f.name()));
            json.writeEnd();
            json.writeStartArray("lines");
            lines.forEach(line -> line.write(json));
            json.writeEnd();
            json.writeEnd();
        }
        return out.toString();
    }

    private static void writeOrNull(JsonGenerator json, String name, String value) {
        if (value == null) {
            json.writeNull(name);
        } else {
            json.write(name, value);
        }
    }

    /** The report as the audit and the history keep it. */
    public Map<String, Object> snapshot() {
        Map<String, Object> state = new LinkedHashMap<>();
        state.put("version", version);
        state.put("reportedAt", reportedAt.toString());
        state.put("accepting", accepting);
        state.put("notAcceptingReason", notAcceptingReason);
        state.put("weeklyFee", weeklyFee);
        state.put("doubleHandedCalls", doubleHandedCalls);
        state.put("roomFeatures", roomFeatures().stream().map(Enum::name).toList());
        state.put("lines", lines.stream().map(VacancyLine::toMap).toList());
        return state;
    }

    public String serviceId() {
        return serviceId;
    }

    public long version() {
        return version;
    }

    public Instant reportedAt() {
        return reportedAt;
    }

    public boolean accepting() {
        return accepting;
    }

    public String reportedBy() {
        return reportedBy;
    }
}
