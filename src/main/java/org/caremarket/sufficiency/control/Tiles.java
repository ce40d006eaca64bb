package org.caremarket.sufficiency.control;

import java.util.ArrayList;
import java.util.List;
import org.caremarket.sufficiency.entity.Indicator;

/**
 * The dashboard's tiles (MARKET-SUFFICIENCY.md §7) and their red/amber/green rules, taken from the rating grid's
 * thresholds: occupancy, spare admittable beds, beds per 100 aged 75+, beds rated Good or Outstanding, placements
 * with Good or Outstanding homes, time to source, unsourced requests, awards above the usual rate, the gap to the Fair
 * Cost of Care, homes under 80% and entries/exits.
 */
public final class Tiles {

    private Tiles() {
    }

    public record Tile(Indicator indicator, String rag, String rule) {
    }

    public static List<Tile> of(List<Indicator> all) {
        List<Tile> tiles = new ArrayList<>();
        add(tiles, all, "CH4", v -> v < 80 ? "RED" : v < 85 || v > 95 ? "AMBER" : "GREEN",
                "green 85–95%; amber 80–85% or above 95%; red under 80%");
        add(tiles, all, "CH5", v -> v < 2 ? "RED" : v < 5 ? "AMBER" : "GREEN", "green 5% or more; amber 2–5%; red under 2%");
        add(tiles, all, "CH7", v -> "NONE", "no rule");
        add(tiles, all, "CH3", v -> v < 0.9 * 8.8 ? "AMBER" : "GREEN", "amber when under 90% of England's 8.8");
        add(tiles, all, "CH8", v -> v < 65 ? "RED" : v < 80 ? "AMBER" : "GREEN", "green 80% or more; amber 65–80%; red under 65%");
        add(tiles, all, "CH9", v -> v < 65 ? "RED" : v < 80 ? "AMBER" : "GREEN", "green 80% or more; amber 65–80%; red under 65%");
        add(tiles, all, "HC5", v -> v < 2 ? "RED" : v < 5 ? "AMBER" : "GREEN", "green 5% or more; amber 2–5%; red under 2%");
        add(tiles, all, "B2.median", v -> v > 14 ? "RED" : v > 7 ? "AMBER" : "GREEN", "green 7 days or less; amber 7–14; red over 14");
        add(tiles, all, "B2.p90", v -> v > 28 ? "RED" : v > 14 ? "AMBER" : "GREEN", "green 14 days or less; amber 14–28; red over 28");
        add(tiles, all, "B4", v -> "NONE", "no rule");
        add(tiles, all, "B5", v -> v > 10 ? "RED" : v > 5 ? "AMBER" : "GREEN", "green 5% or less; amber 5–10%; red over 10%");
        add(tiles, all, "B7", v -> "NONE", "no rule");
        add(tiles, all, "B6", v -> v > 25 ? "AMBER" : "GREEN", "amber when more than 25% of awards are above the usual rate");
        for (Indicator i : all) {
            if (i.id().startsWith("F4.")) {
                tiles.add(new Tile(i, i.value() == null ? "NONE" : i.value() < 0 ? "AMBER" : "GREEN",
                        "amber when the average price is below the Fair Cost of Care median"));
            }
        }
        add(tiles, all, "CH13", v -> v > 0 ? "AMBER" : "GREEN", "amber when any home has run under 80% for three months");
        add(tiles, all, "M1.entries", v -> "NONE", "no rule");
        add(tiles, all, "M1.exits", v -> "NONE", "no rule");
        return tiles;
    }

    private static void add(List<Tile> tiles, List<Indicator> all, String id, java.util.function.DoubleFunction<String> rag, String rule) {
        Indicators.find(all, id).ifPresent(i -> tiles.add(new Tile(i, i.value() == null ? "NONE" : rag.apply(i.value()), rule)));
    }
}
