package org.caremarket.sufficiency.entity;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.caremarket.platform.control.Csv;
import org.caremarket.platform.entity.FieldError;
import org.caremarket.platform.entity.InvalidInput;

/**
 * Reads ONS's subnational population projection CSV as published (persons by single year of age):
 * {@code AREA_CODE,AREA_NAME,COMPONENT,SEX,AGE_GROUP,2022,…}. Rows for males or females only, components other
 * than Population and the "All ages" total are passed over; every area must then have each age 0–89 and
 * "90 and over" exactly once, with a number of persons (0 or more) for every year. A file with any fault is
 * refused whole, naming the lines.
 */
public final class PopulationCsv {

    /** At most this many faults are named; the file is refused either way. */
    static final int MOST_FAULTS = 20;

    private PopulationCsv() {
    }

    public static Map<String, Population> read(String text, String source) {
        List<FieldError> faults = new ArrayList<>();
        String[] lines = text.split("\r?\n");
        if (lines.length == 0 || lines[0].isBlank()) {
            throw InvalidInput.of("body", "is empty: send ONS's projection CSV (AREA_CODE,AREA_NAME,COMPONENT,SEX,AGE_GROUP,2022,…)");
        }
        List<String> header = Csv.split(lines[0]).stream().map(h -> h.strip().replace("\uFEFF", "")).toList();
        int code = Csv.column(header, "AREA_CODE");
        int name = Csv.column(header, "AREA_NAME");
        int component = Csv.column(header, "COMPONENT");
        int sex = Csv.column(header, "SEX");
        int age = Csv.column(header, "AGE_GROUP");
        List<Integer> yearColumns = new ArrayList<>();
        for (int i = 0; i < header.size(); i++) {
            if (header.get(i).matches("\\d{4}")) {
                yearColumns.add(i);
            }
        }
        if (code < 0 || age < 0 || yearColumns.isEmpty()) {
            throw InvalidInput.of("body", "line 1 must be ONS's header: AREA_CODE, AGE_GROUP and one column per year "
                    + "(AREA_CODE,AREA_NAME,COMPONENT,SEX,AGE_GROUP,2022,…)");
        }
        int firstYear = Integer.parseInt(header.get(yearColumns.get(0)));
        for (int i = 1; i < yearColumns.size(); i++) {
            if (Integer.parseInt(header.get(yearColumns.get(i))) != firstYear + i) {
                throw InvalidInput.of("body", "line 1: the year columns must be consecutive years from " + firstYear);
            }
        }
        int years = yearColumns.size();
        Map<String, double[][]> areas = new LinkedHashMap<>();
        Map<String, String> names = new LinkedHashMap<>();
        Map<String, boolean[]> seen = new LinkedHashMap<>();
        for (int n = 1; n < lines.length && faults.size() < MOST_FAULTS; n++) {
            if (lines[n].isBlank()) {
                continue;
            }
            String where = "line " + (n + 1);
            List<String> row = Csv.split(lines[n]);
            if (row.size() != header.size()) {
                faults.add(new FieldError(where, "has " + row.size() + " fields where the header has " + header.size()));
                continue;
            }
            if (sex >= 0 && !row.get(sex).strip().equalsIgnoreCase("persons")
                    || component >= 0 && !row.get(component).strip().equalsIgnoreCase("Population")) {
                continue;
            }
            String areaCode = row.get(code).strip();
            if (!areaCode.matches("E\\d{8}")) {
                faults.add(new FieldError(where, "AREA_CODE " + shown(areaCode) + " is not an English GSS code (E06000016)"));
                continue;
            }
            String ageText = row.get(age).strip();
            int a;
            if (ageText.equalsIgnoreCase("All ages")) {
                continue;
            } else if (ageText.equalsIgnoreCase("90 and over") || ageText.equals("90+")) {
                a = Population.OLDEST;
            } else if (ageText.matches("\\d{1,2}") && Integer.parseInt(ageText) < Population.OLDEST) {
                a = Integer.parseInt(ageText);
            } else {
                faults.add(new FieldError(where, "AGE_GROUP " + shown(ageText) + " is not 0–89, \"90 and over\" or \"All ages\""));
                continue;
            }
            double[][] persons = areas.computeIfAbsent(areaCode, c -> new double[years][Population.OLDEST + 1]);
            boolean[] ages = seen.computeIfAbsent(areaCode, c -> new boolean[Population.OLDEST + 1]);
            if (ages[a]) {
                faults.add(new FieldError(where, areaCode + " age " + ageText + " is listed twice"));
                continue;
            }
            ages[a] = true;
            names.putIfAbsent(areaCode, name >= 0 ? row.get(name).strip() : areaCode);
            for (int y = 0; y < years; y++) {
                String value = row.get(yearColumns.get(y)).strip();
                try {
                    double p = Double.parseDouble(value);
                    if (!Double.isFinite(p) || p < 0 || p > 10_000_000) {
                        throw new NumberFormatException();
                    }
                    persons[y][a] = p;
                } catch (NumberFormatException e) {
                    faults.add(new FieldError(where, (firstYear + y) + " " + shown(value) + " is not a number of persons"));
                }
            }
        }
        seen.forEach((areaCode, ages) -> {
            for (int a = 0; a <= Population.OLDEST; a++) {
                if (!ages[a] && faults.size() < MOST_FAULTS) {
                    faults.add(new FieldError("body", areaCode + " has no row for age " + (a == Population.OLDEST ? "90 and over" : a)));
                }
            }
        });
        if (areas.isEmpty() && faults.isEmpty()) {
            faults.add(new FieldError("body", "holds no rows of persons (SEX persons, COMPONENT Population)"));
        }
        if (!faults.isEmpty()) {
            throw new InvalidInput(faults);
        }
        Map<String, Population> read = new LinkedHashMap<>();
        areas.forEach((c, persons) -> read.put(c, new Population(c, names.get(c), firstYear, persons, source)));
        return read;
    }

    private static String shown(String value) {
        String v = value.length() > 40 ? value.substring(0, 40) + "…" : value;
        return "'" + v + "'";
    }
}
