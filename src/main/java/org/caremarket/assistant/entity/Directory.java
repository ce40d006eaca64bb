package org.caremarket.assistant.entity;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.PriorityQueue;
import org.caremarket.geo.entity.Coordinate;
import org.caremarket.geo.entity.Precision;

/**
 * Every listed PA, arranged so that a search reads only those who could travel to the person: a grid
 * of cells (0.1° of latitude by 0.15° of longitude, about 11 by 10 km in England) for each band of
 * travel distance, so a PA who travels 5 km is looked for only within 5 km; and, by postcode
 * district, those who name districts they will work in. Immutable: a change builds a new one.
 */
public final class Directory {

    /** The most a PA can say they will travel. */
    public static final int MAX_TRAVEL_KM = 50;
    static final int[] BANDS = {5, 10, 15, 20, 30, MAX_TRAVEL_KM};
    static final double CELL_LATITUDE = 0.1;
    static final double CELL_LONGITUDE = 0.15;

    private final int size;
    private final List<Map<Long, Listing[]>> grids = new ArrayList<>();
    private final Map<String, Listing[]> byTravelDistrict = new HashMap<>();

    public Directory(java.util.Collection<Listing> listings) {
        this.size = listings.size();
        List<Map<Long, List<Listing>>> cells = new ArrayList<>();
        for (int ignored : BANDS) {
            cells.add(new HashMap<>());
        }
        Map<String, List<Listing>> districts = new HashMap<>();
        for (Listing l : listings) {
            cells.get(band(l.travelKm())).computeIfAbsent(cell(row(l.latitude()), column(l.longitude())),
                    c -> new ArrayList<>()).add(l);
            for (String d : l.travelDistricts()) {
                districts.computeIfAbsent(d, x -> new ArrayList<>()).add(l);
            }
        }
        for (Map<Long, List<Listing>> band : cells) {
            Map<Long, Listing[]> grid = new HashMap<>();
            band.forEach((cell, list) -> grid.put(cell, list.toArray(Listing[]::new)));
            grids.add(grid);
        }
        districts.forEach((d, list) -> byTravelDistrict.put(d, list.toArray(Listing[]::new)));
    }

    public int size() {
        return size;
    }

    /** A PA in the results: how far, how many of the hours needed they are free for, the score and its parts. */
    public record Ranked(Listing listing, double distanceKm, int overlapHours, double score, double[] parts) {
    }

    /** The best {@code limit} PAs, and how many of those who travel to the person were left out, and why. */
    public record Outcome(List<Ranked> results, int matched, int inReach, Map<Exclusion, Integer> excluded) {
    }

    public Outcome search(SearchCriteria c, SearchWeights w, LocalDate today) {
        Ranking.Prepared prepared = Ranking.Prepared.of(c, w, today);
        PriorityQueue<Ranked> best = new PriorityQueue<>(Directory::worseFirst);
        int[] excluded = new int[Exclusion.values().length];
        int[] counts = new int[2]; // in reach, matched
        double cosLatitude = Math.cos(Math.toRadians(c.latitude()));
        for (int b = 0; b < BANDS.length; b++) {
            Map<Long, Listing[]> grid = grids.get(b);
            if (grid.isEmpty()) {
                continue;
            }
            Coordinate.BoundingBox box = new Coordinate(c.latitude(), c.longitude(), Precision.EXACT).boxAround(BANDS[b]);
            for (long row = row(box.minLatitude()); row <= row(box.maxLatitude()); row++) {
                for (long column = column(box.minLongitude()); column <= column(box.maxLongitude()); column++) {
                    Listing[] inCell = grid.get(cell(row, column));
                    if (inCell == null) {
                        continue;
                    }
                    for (Listing l : inCell) {
                        // a quick flat-earth distance first; the great circle only for those near enough
                        double dy = (l.latitude() - c.latitude()) * 111.2;
                        double dx = (l.longitude() - c.longitude()) * 111.2 * cosLatitude;
                        double limit = l.travelKm() * 1.01 + 0.1;
                        if (dx * dx + dy * dy > limit * limit || l.travelsTo(c.district())) {
                            continue; // out of reach, or reached by district below
                        }
                        double km = Coordinate.distanceKm(c.latitude(), c.longitude(), l.latitude(), l.longitude());
                        if (km > l.travelKm()) {
                            continue;
                        }
                        consider(l, km, false, prepared, best, excluded, counts);
                    }
                }
            }
        }
        Listing[] named = byTravelDistrict.get(c.district());
        if (named != null) {
            for (Listing l : named) {
                double km = Coordinate.distanceKm(c.latitude(), c.longitude(), l.latitude(), l.longitude());
                consider(l, km, km > l.travelKm(), prepared, best, excluded, counts);
            }
        }
        List<Ranked> results = new ArrayList<>(best);
        results.sort(Directory::worseFirst);
        java.util.Collections.reverse(results);
        Map<Exclusion, Integer> why = new EnumMap<>(Exclusion.class);
        for (Exclusion e : Exclusion.values()) {
            if (excluded[e.ordinal()] > 0) {
                why.put(e, excluded[e.ordinal()]);
            }
        }
        return new Outcome(results, counts[1], counts[0], why);
    }

    private static void consider(Listing l, double km, boolean byDistrict, Ranking.Prepared p, PriorityQueue<Ranked> best,
                                 int[] excluded, int[] counts) {
        counts[0]++;
        Exclusion out = Ranking.exclusion(l, p);
        if (out != null) {
            excluded[out.ordinal()]++;
            return;
        }
        counts[1]++;
        double[] parts = Ranking.parts(l, km, byDistrict, p);
        double score = Ranking.total(parts);
        if (best.size() < p.c().limit()) {
            best.add(new Ranked(l, km, Week.hours(l.week() & p.needed()), score, parts));
        } else if (score > best.peek().score() || (score == best.peek().score() && l.id().compareTo(best.peek().listing().id()) < 0)) {
            best.poll();
            best.add(new Ranked(l, km, Week.hours(l.week() & p.needed()), score, parts));
        }
    }

    /** Lower score first; on a tie, the later id first (so the earlier id is kept and listed first). */
    private static int worseFirst(Ranked a, Ranked b) {
        int byScore = Double.compare(a.score(), b.score());
        return byScore != 0 ? byScore : b.listing().id().compareTo(a.listing().id());
    }

    static int band(int travelKm) {
        for (int b = 0; b < BANDS.length; b++) {
            if (travelKm <= BANDS[b]) {
                return b;
            }
        }
        return BANDS.length - 1;
    }

    static long row(double latitude) {
        return (long) Math.floor(latitude / CELL_LATITUDE);
    }

    static long column(double longitude) {
        return (long) Math.floor(longitude / CELL_LONGITUDE);
    }

    static long cell(long row, long column) {
        return row * 100_000L + column;
    }

    /** Pounds to two places, for sentences. */
    static String pounds(BigDecimal amount) {
        return "£" + amount.setScale(2, RoundingMode.HALF_UP).toPlainString();
    }
}
