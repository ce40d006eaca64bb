package org.caremarket.brokerage.entity;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.caremarket.geo.entity.Coordinate;

/**
 * The services of one kind, arranged so that a match reads only what it can consider: those of the
 * request's council, and those in grid cells (0.1° of latitude by 0.15° of longitude, about 11 by 10
 * km in England) that overlap the boxes around the person and the family. Scanning every one of
 * 15,000 care homes for each match costs more in memory traffic than the matching itself.
 */
public final class MarketSlice {

    static final double CELL_LATITUDE = 0.1;
    static final double CELL_LONGITUDE = 0.15;

    private final Supply[] all;
    private final Map<String, Supply[]> byCouncil;
    private final Map<Long, Supply[]> byCell;

    public MarketSlice(List<Supply> services) {
        this.all = services.toArray(Supply[]::new);
        Map<String, List<Supply>> councils = new HashMap<>();
        Map<Long, List<Supply>> cells = new HashMap<>();
        for (Supply s : all) {
            councils.computeIfAbsent(s.councilCode(), c -> new ArrayList<>()).add(s);
            cells.computeIfAbsent(cell(row(s.latitude()), column(s.longitude())), c -> new ArrayList<>()).add(s);
        }
        this.byCouncil = new HashMap<>();
        councils.forEach((code, list) -> byCouncil.put(code, list.toArray(Supply[]::new)));
        this.byCell = new HashMap<>();
        cells.forEach((cell, list) -> byCell.put(cell, list.toArray(Supply[]::new)));
    }

    /** Every service of the kind. */
    public Supply[] all() {
        return all;
    }

    public int size() {
        return all.length;
    }

    /**
     * The services a match for these criteria may consider: a superset of the council's and of those
     * within the distance; each once.
     */
    public Supply[] candidates(Criteria c) {
        List<Supply> found = new ArrayList<>();
        Supply[] own = byCouncil.get(c.councilCode());
        if (own != null) {
            found.addAll(List.of(own));
        }
        Set<Long> seen = new HashSet<>();
        addCells(c.latitude(), c.longitude(), c.maxDistanceKm(), c.councilCode(), seen, found);
        if (c.familyLatitude() != null) {
            addCells(c.familyLatitude(), c.familyLongitude(), c.maxDistanceKm(), c.councilCode(), seen, found);
        }
        return found.toArray(Supply[]::new);
    }

    private void addCells(double latitude, double longitude, double km, String council, Set<Long> seen, List<Supply> found) {
        Coordinate.BoundingBox box = new Coordinate(latitude, longitude, org.caremarket.geo.entity.Precision.EXACT).boxAround(km);
        for (long row = row(box.minLatitude()); row <= row(box.maxLatitude()); row++) {
            for (long column = column(box.minLongitude()); column <= column(box.maxLongitude()); column++) {
                long key = cell(row, column);
                Supply[] inCell = seen.add(key) ? byCell.get(key) : null;
                if (inCell != null) {
                    for (Supply s : inCell) {
                        if (!s.councilCode().equals(council)) {
                            found.add(s);
                        }
                    }
                }
            }
        }
    }

    private static long row(double latitude) {
        return (long) Math.floor(latitude / CELL_LATITUDE);
    }

    private static long column(double longitude) {
        return (long) Math.floor(longitude / CELL_LONGITUDE);
    }

    private static long cell(long row, long column) {
        return (row << 32) ^ (column & 0xffffffffL);
    }
}
