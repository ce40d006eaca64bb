package org.caremarket.sufficiency.control;

import java.util.List;
import java.util.Locale;

/**
 * Hand-written accessible SVG charts: {@code role="img"} labelled by the chart's {@code <title>} and {@code <desc>},
 * text as text (not paths), series told apart by colour and by dash or marker too, and a legend in words. The
 * table beside each chart holds the same figures; the chart is an aid to it.
 */
public final class Charts {

    static final int W = 640;
    static final int H = 320;
    static final int LEFT = 64;
    static final int RIGHT = 150;
    static final int TOP = 20;
    static final int BOTTOM = 48;
    /** Colours with at least 3:1 contrast against white, distinct for common colour blindness (Okabe–Ito). */
    static final String[] COLOURS = {"#0072B2", "#D55E00", "#009E73", "#CC79A7", "#56B4E9", "#E69F00", "#000000"};
    static final String[] DASHES = {"", "6 3", "2 3", "8 3 2 3", "1 2", "10 4", "4 4"};

    private Charts() {
    }

    /** A named series of values, one per category (null: no value); dashed draws it as a scenario. */
    public record Series(String name, List<Double> values, boolean dashed) {
    }

    static String esc(String s) {
        return Html.esc(s);
    }

    static String head(String id, String title, String desc) {
        return "<svg class=\"chart\" xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 " + W + " " + H + "\" role=\"img\" "
                + "aria-labelledby=\"" + id + "-title " + id + "-desc\" focusable=\"false\">"
                + "<title id=\"" + id + "-title\">" + esc(title) + "</title><desc id=\"" + id + "-desc\">" + esc(desc) + "</desc>";
    }

    static String num(double v) {
        if (Math.abs(v) >= 1000) {
            return String.format(Locale.UK, "%,.0f", v);
        }
        return v == Math.rint(v) ? String.valueOf((long) v) : String.format(Locale.UK, "%.1f", v);
    }

    /** A scale from lo to hi with about five round ticks. */
    static double[] ticks(double lo, double hi) {
        if (hi <= lo) {
            hi = lo + 1;
        }
        double raw = (hi - lo) / 5;
        double mag = Math.pow(10, Math.floor(Math.log10(raw)));
        double step = raw / mag < 1.5 ? mag : raw / mag < 3 ? 2 * mag : raw / mag < 7 ? 5 * mag : 10 * mag;
        double start = Math.floor(lo / step) * step;
        double end = Math.ceil(hi / step) * step;
        int n = (int) Math.round((end - start) / step);
        double[] t = new double[n + 1];
        for (int i = 0; i <= n; i++) {
            t[i] = start + i * step;
        }
        return t;
    }

    static String axes(StringBuilder svg, List<String> categories, double[] t, String yUnit, boolean bandCentres) {
        double lo = t[0];
        double hi = t[t.length - 1];
        int plotW = W - LEFT - RIGHT;
        int plotH = H - TOP - BOTTOM;
        for (double v : t) {
            double y = TOP + plotH - (v - lo) / (hi - lo) * plotH;
            svg.append(String.format(Locale.ROOT, "<line x1=\"%d\" y1=\"%.1f\" x2=\"%d\" y2=\"%.1f\" stroke=\"#b1b4b6\" stroke-width=\"1\"/>",
                    LEFT, y, LEFT + plotW, y));
            svg.append(String.format(Locale.ROOT, "<text x=\"%d\" y=\"%.1f\" text-anchor=\"end\">%s</text>", LEFT - 6, y + 4, esc(num(v))));
        }
        svg.append(String.format(Locale.ROOT, "<text x=\"12\" y=\"%d\" transform=\"rotate(-90 12 %d)\" text-anchor=\"middle\">%s</text>",
                TOP + plotH / 2, TOP + plotH / 2, esc(yUnit)));
        int every = Math.max(1, (int) Math.ceil(categories.size() / 12.0));
        for (int i = 0; i < categories.size(); i += every) {
            double x = x(i, categories.size(), bandCentres);
            svg.append(String.format(Locale.ROOT, "<text x=\"%.1f\" y=\"%d\" text-anchor=\"middle\">%s</text>", x, H - BOTTOM + 18,
                    esc(categories.get(i))));
        }
        svg.append(String.format(Locale.ROOT, "<line x1=\"%d\" y1=\"%d\" x2=\"%d\" y2=\"%d\" stroke=\"#0b0c0c\"/>", LEFT, TOP + plotH,
                LEFT + plotW, TOP + plotH));
        return "";
    }

    static double x(int i, int n, boolean bandCentres) {
        int plotW = W - LEFT - RIGHT;
        if (bandCentres) {
            return LEFT + (i + 0.5) * plotW / n;
        }
        return n == 1 ? LEFT + plotW / 2.0 : LEFT + (double) i * plotW / (n - 1);
    }

    static double y(double v, double[] t) {
        int plotH = H - TOP - BOTTOM;
        return TOP + plotH - (v - t[0]) / (t[t.length - 1] - t[0]) * plotH;
    }

    static void legend(StringBuilder svg, List<String> names, boolean lines) {
        for (int i = 0; i < names.size(); i++) {
            int y = TOP + 10 + i * 20;
            int x = W - RIGHT + 12;
            String c = COLOURS[i % COLOURS.length];
            if (lines) {
                svg.append(String.format(Locale.ROOT, "<line x1=\"%d\" y1=\"%d\" x2=\"%d\" y2=\"%d\" stroke=\"%s\" stroke-width=\"3\"%s/>",
                        x, y, x + 22, y, c, DASHES[i % DASHES.length].isEmpty() ? "" : " stroke-dasharray=\"" + DASHES[i % DASHES.length] + "\""));
            } else {
                svg.append(String.format(Locale.ROOT, "<rect x=\"%d\" y=\"%d\" width=\"14\" height=\"14\" fill=\"%s\"/>", x, y - 7, c));
            }
            svg.append(String.format(Locale.ROOT, "<text x=\"%d\" y=\"%d\">%s</text>", x + 28, y + 4, esc(names.get(i))));
        }
    }

    /** Lines over categories (years, months); a dashed series is a scenario. */
    public static String line(String id, String title, String desc, List<String> categories, List<Series> series, String yUnit,
                              boolean fromZero) {
        double lo = fromZero ? 0 : Double.MAX_VALUE;
        double hi = -Double.MAX_VALUE;
        for (Series s : series) {
            for (Double v : s.values()) {
                if (v != null) {
                    lo = Math.min(lo, v);
                    hi = Math.max(hi, v);
                }
            }
        }
        if (hi == -Double.MAX_VALUE) {
            lo = 0;
            hi = 1;
        }
        double[] t = ticks(lo, hi);
        StringBuilder svg = new StringBuilder(head(id, title, desc));
        axes(svg, categories, t, yUnit, false);
        for (int s = 0; s < series.size(); s++) {
            Series one = series.get(s);
            StringBuilder points = new StringBuilder();
            for (int i = 0; i < one.values().size(); i++) {
                Double v = one.values().get(i);
                if (v != null) {
                    points.append(String.format(Locale.ROOT, "%.1f,%.1f ", x(i, categories.size(), false), y(v, t)));
                }
            }
            String dash = one.dashed() ? "6 4" : DASHES[s % DASHES.length];
            svg.append(String.format(Locale.ROOT, "<polyline fill=\"none\" stroke=\"%s\" stroke-width=\"2.5\"%s points=\"%s\"/>",
                    COLOURS[s % COLOURS.length], dash.isEmpty() ? "" : " stroke-dasharray=\"" + dash + "\"", points.toString().strip()));
        }
        legend(svg, series.stream().map(Series::name).toList(), true);
        return svg.append("</svg>").toString();
    }

    /** Grouped bars: one group per category, one bar per series. */
    public static String bars(String id, String title, String desc, List<String> categories, List<Series> series, String yUnit) {
        double lo = 0;
        double hi = 0;
        for (Series s : series) {
            for (Double v : s.values()) {
                if (v != null) {
                    lo = Math.min(lo, v);
                    hi = Math.max(hi, v);
                }
            }
        }
        double[] t = ticks(lo, hi == lo ? lo + 1 : hi);
        StringBuilder svg = new StringBuilder(head(id, title, desc));
        axes(svg, categories, t, yUnit, true);
        int plotW = W - LEFT - RIGHT;
        double band = (double) plotW / Math.max(1, categories.size());
        double barW = band * 0.8 / Math.max(1, series.size());
        for (int s = 0; s < series.size(); s++) {
            for (int i = 0; i < categories.size(); i++) {
                Double v = series.get(s).values().get(i);
                if (v == null) {
                    continue;
                }
                double x = LEFT + i * band + band * 0.1 + s * barW;
                double y0 = y(0, t);
                double y1 = y(v, t);
                svg.append(String.format(Locale.ROOT, "<rect x=\"%.1f\" y=\"%.1f\" width=\"%.1f\" height=\"%.1f\" fill=\"%s\"/>",
                        x, Math.min(y0, y1), barW * 0.92, Math.abs(y0 - y1), COLOURS[s % COLOURS.length]));
            }
        }
        legend(svg, series.stream().map(Series::name).toList(), false);
        return svg.append("</svg>").toString();
    }

    /** 100% stacked bars: each category's parts as shares of their sum. */
    public static String stacked(String id, String title, String desc, List<String> categories, List<Series> parts) {
        double[] t = {0, 20, 40, 60, 80, 100};
        StringBuilder svg = new StringBuilder(head(id, title, desc));
        axes(svg, categories, t, "% of total", true);
        int plotW = W - LEFT - RIGHT;
        double band = (double) plotW / Math.max(1, categories.size());
        for (int i = 0; i < categories.size(); i++) {
            double total = 0;
            for (Series p : parts) {
                Double v = p.values().get(i);
                total += v == null ? 0 : v;
            }
            if (total == 0) {
                continue;
            }
            double from = 0;
            for (int s = 0; s < parts.size(); s++) {
                Double v = parts.get(s).values().get(i);
                double share = (v == null ? 0 : v) * 100 / total;
                double y1 = y(from, t);
                double y2 = y(from + share, t);
                svg.append(String.format(Locale.ROOT, "<rect x=\"%.1f\" y=\"%.1f\" width=\"%.1f\" height=\"%.1f\" fill=\"%s\"/>",
                        LEFT + i * band + band * 0.1, y2, band * 0.8, y1 - y2, COLOURS[s % COLOURS.length]));
                from += share;
            }
        }
        legend(svg, parts.stream().map(Series::name).toList(), false);
        return svg.append("</svg>").toString();
    }
}
