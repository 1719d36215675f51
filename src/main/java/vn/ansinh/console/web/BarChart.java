package vn.ansinh.console.web;

import java.util.ArrayList;
import java.util.List;

/**
 * A horizontal bar chart drawn as SVG by the template: the geometry is computed here, in whole pixels, from the
 * values (money stays {@code long}; only bar lengths are scaled). One bar per row, the longest bar the full width.
 */
public record BarChart(String title, int width, int height, List<Bar> bars) {

    public record Entry(String label, long value, String shown) {}

    public record Bar(String label, String shown, int y, int length, int textY, int labelX, int barX, int valueX) {}

    static final int LABEL_WIDTH = 210;
    static final int BAR_AREA = 300;
    static final int ROW = 24;
    static final int BARS_MAX = 12;

    public boolean empty() {
        return bars.isEmpty();
    }

    static BarChart of(String title, List<Entry> entries) {
        var shown = entries.stream().limit(BARS_MAX).toList();
        long largest = shown.stream().mapToLong(Entry::value).max().orElse(0);
        var bars = new ArrayList<Bar>();
        for (int i = 0; i < shown.size(); i++) {
            var entry = shown.get(i);
            int length = largest <= 0 ? 0 : (int) Math.max(1, Math.round((double) entry.value() * BAR_AREA / largest));
            bars.add(new Bar(entry.label(), entry.shown(), i * ROW + 4, length, i * ROW + 19, LABEL_WIDTH - 6, LABEL_WIDTH,
                    LABEL_WIDTH + length + 6));
        }
        return new BarChart(title, LABEL_WIDTH + BAR_AREA + 110, Math.max(ROW, shown.size() * ROW + 8), bars);
    }
}
