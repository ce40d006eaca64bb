package org.caremarket.sufficiency.boundary;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.caremarket.sufficiency.control.MonthlySnapshots;
import org.caremarket.sufficiency.control.Projections;
import org.caremarket.sufficiency.control.RatingGrid;
import org.caremarket.sufficiency.entity.Indicator;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The sufficiency API's wire records. */
public final class Views {

    private Views() {
    }

    @Schema(name = "SufficiencyIndicators", description = "A market's indicators: the council, the cut (service kind and "
            + "locality, ALL when not cut), when they were computed, and each indicator with its definition, numerator, "
            + "denominator, unit, date of the data, source and England comparator.")
    public record IndicatorsView(String councilCode, String councilName, String market, String locality, Instant computedAt,
                          List<Indicator> indicators) {
    }

    @Schema(name = "SufficiencyTile", description = "A dashboard tile: an indicator's value against its England comparator, "
            + "with a red/amber/green status and the rule that set it.")
    public record Tile(String id, String name, Double value, String unit, Indicator.Status status, String note,
                Indicator.Comparator comparator,
                Rag rag, String ragRule) {
    }

    @Schema(name = "Rag", description = "Red, amber or green by the tile's rule; NONE where it has no rule or no value.")
    public enum Rag {
        RED, AMBER, GREEN, NONE
    }

    @Schema(name = "SufficiencyDashboard", description = "Tiles for a council's market dashboard.")
    public record DashboardView(String councilCode, String councilName, Instant computedAt, List<Tile> tiles) {
    }

    @Schema(name = "MonthlySnapshots", description = "A market's monthly snapshots on the Capacity Tracker window, oldest first.")
    public record SnapshotsView(String councilCode, String market, String locality, List<MonthlySnapshots.Snapshot> months) {
    }

    @Schema(name = "DemandProjections", description = "Method A (constant use rates × projected population) and method B "
            + "(trend) side by side, yearly to +10 years and at +15 and +20, with the caveats to print with them.")
    public record ProjectionsView(String councilCode, String councilName, List<Projections.Projection> projections) {
    }

    @Schema(name = "MarketRatingGrid", description = "The six dimensions of each market, rule-derived and as set.")
    public record GridView(String councilCode, String councilName, List<RatingGrid.Row> markets) {
    }

    @Schema(name = "PopulationProjection", description = "A council's projected population by age band and year.")
    public record PopulationView(String councilCode, String councilName, String source, int firstYear, int lastYear,
                          List<Year> years) {
    }

    @Schema(name = "PopulationYear", description = "Persons by age band in one year (band label → persons, rounded).")
    public record Year(int year, Map<String, Long> bands) {
    }

    @Schema(name = "PopulationImport", description = "What an import of ONS's projection CSV replaced.")
    public record ImportedView(List<String> areas, int firstYear, int lastYear, int figures) {
    }
}
