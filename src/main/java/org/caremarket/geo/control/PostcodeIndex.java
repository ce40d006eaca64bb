package org.caremarket.geo.control;

import java.util.Arrays;
import java.util.Optional;
import java.util.function.Consumer;
import org.caremarket.geo.entity.Postcode;

/**
 * Postcode coordinates held compactly enough for the whole UK (2.7 million postcodes in about
 * 50 MiB): each postcode is packed into a {@code long}, kept sorted for binary search, beside
 * coordinates in units of 10<sup>-5</sup> degree (about a metre) and an optional
 * council.
 */
final class PostcodeIndex {

    static final short NO_COUNCIL = -1;

    private final long[] keys;
    private final int[] latitudes;
    private final int[] longitudes;
    private final short[] councils;
    private final String[] councilCodes;

    private PostcodeIndex(long[] keys, int[] latitudes, int[] longitudes, short[] councils, String[] councilCodes) {
        this.keys = keys;
        this.latitudes = latitudes;
        this.longitudes = longitudes;
        this.councils = councils;
        this.councilCodes = councilCodes;
    }

    record Entry(double latitude, double longitude, Optional<String> councilCode) {
    }

    Optional<Entry> find(Postcode postcode) {
        int at = Arrays.binarySearch(keys, pack(postcode));
        if (at < 0) {
            return Optional.empty();
        }
        short council = councils[at];
        return Optional.of(new Entry(latitudes[at] / 1e5, longitudes[at] / 1e5,
                council == NO_COUNCIL ? Optional.empty() : Optional.of(councilCodes[council])));
    }

    int size() {
        return keys.length;
    }

    /** Every postcode in a district, in no particular order. */
    void forEachIn(String district, Consumer<Postcode> action) {
        for (long key : keys) {
            Postcode postcode = unpack(key);
            if (postcode.outward().equals(district)) {
                action.accept(postcode);
            }
        }
    }

    static long pack(Postcode postcode) {
        String compact = postcode.outward() + postcode.inward();
        long key = 0;
        for (int i = 0; i < 7; i++) {
            key = key * 37 + (i < compact.length() ? code(compact.charAt(i)) : 0);
        }
        return key;
    }

    static Postcode unpack(long key) {
        char[] chars = new char[7];
        int length = 0;
        for (int i = 6; i >= 0; i--) {
            int code = (int) (key % 37);
            key /= 37;
            chars[i] = code == 0 ? ' ' : code <= 10 ? (char) ('0' + code - 1) : (char) ('A' + code - 11);
            if (code != 0) {
                length++;
            }
        }
        String compact = new String(chars, 0, length);
        return new Postcode(compact.substring(0, length - 3), compact.substring(length - 3));
    }

    private static int code(char c) {
        return c >= '0' && c <= '9' ? c - '0' + 1 : c - 'A' + 11;
    }

    /** Collects postcodes in any order; a later entry for the same postcode replaces an earlier one. */
    static final class Builder {
        private long[] keys = new long[1 << 16];
        private int[] latitudes = new int[1 << 16];
        private int[] longitudes = new int[1 << 16];
        private short[] councils = new short[1 << 16];
        private final java.util.List<String> councilCodes = new java.util.ArrayList<>();
        private final java.util.Map<String, Short> councilIndex = new java.util.HashMap<>();
        private int size;

        void add(Postcode postcode, double latitude, double longitude, String councilCode) {
            if (size == keys.length) {
                int grown = size * 2;
                keys = Arrays.copyOf(keys, grown);
                latitudes = Arrays.copyOf(latitudes, grown);
                longitudes = Arrays.copyOf(longitudes, grown);
                councils = Arrays.copyOf(councils, grown);
            }
            keys[size] = pack(postcode);
            latitudes[size] = (int) Math.round(latitude * 1e5);
            longitudes[size] = (int) Math.round(longitude * 1e5);
            councils[size] = councilCode == null ? NO_COUNCIL : councilIndex.computeIfAbsent(councilCode, code -> {
                councilCodes.add(code);
                return (short) (councilCodes.size() - 1);
            });
            size++;
        }

        PostcodeIndex build() {
            Integer[] order = new Integer[size];
            for (int i = 0; i < size; i++) {
                order[i] = i;
            }
            // stable sort: for duplicates, the later entry ends last and wins below
            Arrays.sort(order, (a, b) -> Long.compare(keys[a], keys[b]));
            int unique = 0;
            long[] k = new long[size];
            int[] lat = new int[size];
            int[] lon = new int[size];
            short[] c = new short[size];
            for (int i = 0; i < size; i++) {
                int from = order[i];
                if (unique > 0 && k[unique - 1] == keys[from]) {
                    unique--;
                }
                k[unique] = keys[from];
                lat[unique] = latitudes[from];
                lon[unique] = longitudes[from];
                c[unique] = councils[from];
                unique++;
            }
            return new PostcodeIndex(Arrays.copyOf(k, unique), Arrays.copyOf(lat, unique), Arrays.copyOf(lon, unique),
                    Arrays.copyOf(c, unique), councilCodes.toArray(String[]::new));
        }
    }
}
