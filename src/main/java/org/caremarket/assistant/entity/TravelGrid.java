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
public final class TravelGrid {

    /** The most a PA can say they will travel. */
    public static final int MAX_TRAVEL_KM = 50;
    static final int[] BANDS = {5, 10, 15, 20, 30, MAX_TRAVEL_KM};
    static final double CELL_LATITUDE = 0.1;
    static final double CELL_LONGITUDE = 0.15;
    /** The mean radius of the Earth, as {@link Coordinate} uses it. */
    static final double EARTH_RADIUS_KM = 6371.0088;

    private final int size;
    /** The grid's extent: the rows and columns that hold any PA. */
    private final long firstRow;
    private final long firstColumn;
    private final int rows;
    private final int columns;
    /** For each band of travel distance, the PAs of each cell, row by row (null: none). */
    private final Cell[][] grids = new Cell[BANDS.length][];

    /**
     * The PAs of one cell, with what the scan reads of each laid out side by side in one array (x, y, z on the unit
     * sphere and the squared chord of the travel distance), so that deciding who is in reach reads memory in order.
     */
    private static final class Cell {
        final Listing[] listings;
        final double[] reach;

        Cell(List<Listing> in) {
            listings = in.toArray(Listing[]::new);
            reach = new double[listings.length * 4];
            for (int i = 0; i < listings.length; i++) {
                reach[4 * i] = listings[i].x;
                reach[4 * i + 1] = listings[i].y;
                reach[4 * i + 2] = listings[i].z;
                reach[4 * i + 3] = listings[i].travelDistricts().length > 0 ? -1 : listings[i].reachChord2;
            }
        }
    }
    private final Map<String, Listing[]> byTravelDistrict = new HashMap<>();

    public TravelGrid(java.util.Collection<Listing> listings) {
        this.size = listings.size();
        long minRow = Long.MAX_VALUE;
        long maxRow = Long.MIN_VALUE;
        long minColumn = Long.MAX_VALUE;
        long maxColumn = Long.MIN_VALUE;
        for (Listing l : listings) {
            minRow = Math.min(minRow, row(l.latitude()));
            maxRow = Math.max(maxRow, row(l.latitude()));
            minColumn = Math.min(minColumn, column(l.longitude()));
            maxColumn = Math.max(maxColumn, column(l.longitude()));
        }
        this.firstRow = listings.isEmpty() ? 0 : minRow;
        this.firstColumn = listings.isEmpty() ? 0 : minColumn;
        this.rows = listings.isEmpty() ? 0 : (int) (maxRow - minRow + 1);
        this.columns = listings.isEmpty() ? 0 : (int) (maxColumn - minColumn + 1);
        List<List<List<Listing>>> cells = new ArrayList<>();
        for (int b = 0; b < BANDS.length; b++) {
            List<List<Listing>> band = new ArrayList<>(rows * columns);
            for (int i = 0; i < rows * columns; i++) {
                band.add(null);
            }
            cells.add(band);
        }
        Map<String, List<Listing>> districts = new HashMap<>();
        for (Listing l : listings) {
            List<List<Listing>> band = cells.get(band(l.travelKm()));
            int at = (int) ((row(l.latitude()) - firstRow) * columns + (column(l.longitude()) - firstColumn));
            if (band.get(at) == null) {
                band.set(at, new ArrayList<>());
            }
            band.get(at).add(l);
            for (String d : l.travelDistricts()) {
                districts.computeIfAbsent(d, x -> new ArrayList<>()).add(l);
            }
        }
        for (int b = 0; b < BANDS.length; b++) {
            Cell[] grid = new Cell[rows * columns];
            List<List<Listing>> band = cells.get(b);
            for (int i = 0; i < grid.length; i++) {
                grid[i] = band.get(i) == null ? null : new Cell(band.get(i));
            }
            grids[b] = grid;
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
    public record Outcome(List<Ranked> results, int matched, int inReach, Map<AssistantExclusion, Integer> excluded) {
    }

    public Outcome search(SearchCriteria c, SearchWeights w, LocalDate today) {
        Ranking.Prepared prepared = Ranking.Prepared.of(c, w, today);
        PriorityQueue<Ranked> best = new PriorityQueue<>(TravelGrid::worseFirst);
        int[] excluded = new int[AssistantExclusion.values().length];
        int[] counts = new int[2]; // in reach, matched
        double[] point = unit(c.latitude(), c.longitude());
        double px = point[0];
        double py = point[1];
        double pz = point[2];
        for (int b = 0; b < BANDS.length; b++) {
            Cell[] grid = grids[b];
            Coordinate.BoundingBox box = new Coordinate(c.latitude(), c.longitude(), Precision.EXACT).boxAround(BANDS[b] * 1.01 + 0.1);
            long fromRow = Math.max(firstRow, row(box.minLatitude()));
            long toRow = Math.min(firstRow + rows - 1, row(box.maxLatitude()));
            long fromColumn = Math.max(firstColumn, column(box.minLongitude()));
            long toColumn = Math.min(firstColumn + columns - 1, column(box.maxLongitude()));
            for (long row = fromRow; row <= toRow; row++) {
                for (long column = fromColumn; column <= toColumn; column++) {
                    Cell cell = grid[(int) ((row - firstRow) * columns + (column - firstColumn))];
                    if (cell == null) {
                        continue;
                    }
                    double[] r = cell.reach;
                    for (int i = 0, n = cell.listings.length; i < n; i++) {
                        // the straight-line chord between two points on the sphere orders them exactly as the great
                        // circle does, so comparing squared chords decides reach exactly, with no trigonometry
                        double dx = r[4 * i] - px;
                        double dy = r[4 * i + 1] - py;
                        double dz = r[4 * i + 2] - pz;
                        double chord2 = dx * dx + dy * dy + dz * dz;
                        double limit = r[4 * i + 3];
                        if (chord2 > limit) {
                            // out of reach; or (limit −1) a PA who names districts: out of reach unless found below
                            if (limit >= 0) {
                                continue;
                            }
                            Listing l = cell.listings[i];
                            if (chord2 > l.reachChord2 || l.travelsTo(c.district())) {
                                continue;
                            }
                        }
                        consider(cell.listings[i], chord2, false, false, prepared, best, excluded, counts);
                    }
                }
            }
        }
        Listing[] named = byTravelDistrict.get(c.district());
        if (named != null) {
            for (Listing l : named) {
                double km = Coordinate.distanceKm(c.latitude(), c.longitude(), l.latitude(), l.longitude());
                consider(l, km, true, km > l.travelKm(), prepared, best, excluded, counts);
            }
        }
        List<Ranked> results = new ArrayList<>(best.size());
        for (Ranked r : best) {
            Listing l = r.listing();
            results.add(new Ranked(l, Coordinate.distanceKm(c.latitude(), c.longitude(), l.latitude(), l.longitude()),
                    r.overlapHours(), r.score(), r.parts()));
        }
        results.sort(TravelGrid::worseFirst);
        java.util.Collections.reverse(results);
        Map<AssistantExclusion, Integer> why = new EnumMap<>(AssistantExclusion.class);
        for (AssistantExclusion e : AssistantExclusion.values()) {
            if (excluded[e.ordinal()] > 0) {
                why.put(e, excluded[e.ordinal()]);
            }
        }
        return new Outcome(results, counts[1], counts[0], why);
    }

    /**
     * Counts a PA in reach under its exclusion, or scores them (distance from the squared chord, only now) and keeps them
     * if they are among the best so far; the parts of the score are kept only for those.
     */
    private static void consider(Listing l, double chord2OrKm, boolean isKm, boolean byDistrict, Ranking.Prepared p,
                                 PriorityQueue<Ranked> best, int[] excluded, int[] counts) {
        counts[0]++;
        AssistantExclusion out = Ranking.exclusion(l, p);
        if (out != null) {
            excluded[out.ordinal()]++;
            return;
        }
        counts[1]++;
        double km = isKm ? chord2OrKm : kilometres(chord2OrKm);
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

    /** A latitude and longitude as a point on the unit sphere. */
    static double[] unit(double latitude, double longitude) {
        double phi = Math.toRadians(latitude);
        double lambda = Math.toRadians(longitude);
        return new double[] {Math.cos(phi) * Math.cos(lambda), Math.cos(phi) * Math.sin(lambda), Math.sin(phi)};
    }

    /** The chord on the unit sphere of a great-circle distance. */
    static double chord(double km) {
        return 2 * Math.sin(km / (2 * EARTH_RADIUS_KM));
    }

    /**
     * The great-circle distance of a squared chord: 2R·asin(c/2), by its series R·c·(1 + c²/24), which at 50 km
     * is within a micrometre.
     */
    static double kilometres(double chord2) {
        return EARTH_RADIUS_KM * Math.sqrt(chord2) * (1 + chord2 / 24);
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

    /** Pounds to two places, for sentences. */
    static String pounds(BigDecimal amount) {
        return "£" + amount.setScale(2, RoundingMode.HALF_UP).toPlainString();
    }
}
