package org.caremarket.vacancy.boundary;

import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import org.caremarket.geo.entity.Postcode;
import org.caremarket.platform.boundary.OneOf;
import org.caremarket.platform.boundary.OneOfValidator;
import org.caremarket.vacancy.entity.BedType;
import org.caremarket.vacancy.entity.Days;
import org.caremarket.vacancy.entity.LineKind;
import org.caremarket.vacancy.entity.PlacementType;
import org.caremarket.vacancy.entity.RoomFeature;
import org.caremarket.vacancy.entity.TimeBand;
import org.caremarket.vacancy.entity.UnitType;
import org.caremarket.vacancy.entity.VacancyLine;
import org.caremarket.vacancy.entity.VacancyReport;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * A whole vacancy report, as a provider's system sends it. A service fills in the part for its
 * kind: beds (care homes), homecare (homecare), units (extra care), placements (Shared Lives) or
 * places (supported living).
 */
@Schema(name = "VacancyReportInput", description = "A service's whole vacancy report; it replaces the previous one. "
        + "roomFeatures (care homes): what the vacant rooms offer or require.")
public record VacancyReportInput(
        @Valid @Schema(description = "Whether the service is taking people on; accepting when left out.") Admissions admissions,
        @Size(max = 20, message = "must list at most 20 bed types") List<@NotNull(message = "must not be null") @Valid Beds> beds,
        @Size(max = 200, message = "must list at most 200 lines") List<@NotNull(message = "must not be null") @Valid HomecareHours> homecare,
        @Schema(description = "Homecare: whether calls needing two carers can be covered.") Boolean doubleHandedCalls,
        @Size(max = 5, message = "must list at most 5 unit types") List<@NotNull(message = "must not be null") @Valid Units> units,
        @Size(max = 5, message = "must list at most 5 placement types") List<@NotNull(message = "must not be null") @Valid Placements> placements,
        @PositiveOrZero(message = "must be zero or more") @Max(value = 2000, message = "must be at most 2000")
        @Schema(description = "Supported living: vacant places.") Integer places,
        @Size(max = 7, message = "must list at most 7 features")
        @Schema(implementation = RoomFeature[].class)
        List<@NotNull(message = "must not be null") @OneOf(RoomFeature.class) String> roomFeatures,
        @DecimalMin(value = "0.01", message = "must be more than 0") @DecimalMax(value = "20000", message = "must be at most 20000")
        @Digits(integer = 5, fraction = 2, message = "must be pounds and pence")
        @Schema(description = "Care homes: the weekly fee, in pounds, for a person paying for their own care.", example = "1150.00")
        BigDecimal weeklyFee) {

    @Schema(name = "Admissions")
    public record Admissions(
            @NotNull(message = "is required") Boolean accepting,
            @Size(max = 200, message = "must be at most 200 characters")
            @Schema(description = "Why not, when not accepting (e.g. outbreak, staffing, refurbishment).") String reason) {
    }

    @Schema(name = "Beds", description = "Beds of one type. Available + held + closed, over all types, cannot exceed the registered beds.")
    public record Beds(
            @NotNull(message = "is required") @OneOf(BedType.class) @Schema(implementation = BedType.class, required = true) String type,
            @NotNull(message = "is required") @PositiveOrZero(message = "must be zero or more") @Max(value = 2000, message = "must be at most 2000")
            @Schema(description = "Empty and ready to take someone now.") Integer available,
            @PositiveOrZero(message = "must be zero or more") @Max(value = 2000, message = "must be at most 2000")
            @Schema(description = "Empty but held for someone being assessed or offered the bed.") Integer held,
            @PositiveOrZero(message = "must be zero or more") @Max(value = 2000, message = "must be at most 2000")
            @Schema(description = "Out of use (refurbishment, infection control, staffing).") Integer closed) {
    }

    @Schema(name = "HomecareHours", description = "Spare homecare hours a week in one postcode district, time band and part of the week.")
    public record HomecareHours(
            @NotBlank(message = "is required") @Size(max = 8, message = "must be a postcode district such as LS6")
            @Schema(example = "LS6") String district,
            @NotNull(message = "is required") @OneOf(TimeBand.class) @Schema(implementation = TimeBand.class, required = true) String timeBand,
            @NotNull(message = "is required") @OneOf(Days.class) @Schema(implementation = Days.class, required = true) String days,
            @NotNull(message = "is required") @PositiveOrZero(message = "must be zero or more") @Max(value = 10000, message = "must be at most 10000")
            Integer hours) {
    }

    @Schema(name = "Units", description = "Vacant extra care units of one type.")
    public record Units(
            @NotNull(message = "is required") @OneOf(UnitType.class) @Schema(implementation = UnitType.class, required = true) String type,
            @NotNull(message = "is required") @PositiveOrZero(message = "must be zero or more") @Max(value = 2000, message = "must be at most 2000")
            Integer available) {
    }

    @Schema(name = "Placements", description = "Shared Lives placements of one type a carer can offer now.")
    public record Placements(
            @NotNull(message = "is required") @OneOf(PlacementType.class) @Schema(implementation = PlacementType.class, required = true) String type,
            @NotNull(message = "is required") @PositiveOrZero(message = "must be zero or more") @Max(value = 2000, message = "must be at most 2000")
            Integer available) {
    }

    VacancyReport toReport() {
        List<VacancyLine> lines = new ArrayList<>();
        if (beds != null) {
            beds.forEach(b -> lines.add(VacancyLine.beds(BedType.valueOf(b.type()), b.available(), zero(b.held()), zero(b.closed()))));
        }
        if (homecare != null) {
            homecare.forEach(h -> lines.add(VacancyLine.homecareHours(
                    Postcode.parseDistrict(h.district()).orElse(h.district().strip().toUpperCase(Locale.ROOT)),
                    TimeBand.valueOf(h.timeBand()), Days.valueOf(h.days()), h.hours())));
        }
        if (units != null) {
            units.forEach(u -> lines.add(VacancyLine.units(UnitType.valueOf(u.type()), u.available())));
        }
        if (placements != null) {
            placements.forEach(p -> lines.add(VacancyLine.placements(PlacementType.valueOf(p.type()), p.available())));
        }
        if (places != null) {
            lines.add(VacancyLine.places(places));
        }
        EnumSet<RoomFeature> features = EnumSet.noneOf(RoomFeature.class);
        if (roomFeatures != null) {
            roomFeatures.forEach(f -> features.add(OneOfValidator.parse(RoomFeature.class, f)));
        }
        boolean accepting = admissions == null || admissions.accepting();
        EnumSet<LineKind> parts = EnumSet.noneOf(LineKind.class);
        if (beds != null) {
            parts.add(LineKind.BED);
        }
        if (homecare != null) {
            parts.add(LineKind.HOMECARE_HOURS);
        }
        if (units != null) {
            parts.add(LineKind.UNIT);
        }
        if (placements != null) {
            parts.add(LineKind.PLACEMENT);
        }
        if (places != null) {
            parts.add(LineKind.PLACE);
        }
        return new VacancyReport(accepting, admissions == null ? null : admissions.reason(), weeklyFee,
                Boolean.TRUE.equals(doubleHandedCalls), features, lines, parts);
    }

    private static int zero(Integer count) {
        return count == null ? 0 : count;
    }
}
