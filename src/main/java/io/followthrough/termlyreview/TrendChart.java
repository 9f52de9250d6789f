package io.followthrough.termlyreview;

import java.util.Locale;

/**
 * A server-made SVG bar chart of RAG counts per term: one group of bars per term (Red, Amber, Green and Complete, which
 * is counted apart from Green), each labelled with its letter and count, so the figures never depend on colour. The
 * page also gives them as a table.
 */
public final class TrendChart {

    private TrendChart() {
    }

    public static String svg(TermTrend trend, String title) {
        int groupWidth = 190;
        int width = Math.max(300, trend.terms().size() * groupWidth + 40);
        long most = Math.max(1, trend.terms().stream()
                .mapToLong(t -> Math.max(Math.max(t.counts().red(), t.counts().amber()),
                        Math.max(t.counts().green(), t.counts().complete()))).max().orElse(1));
        int plot = 160;
        StringBuilder svg = new StringBuilder("<svg xmlns=\"http://www.w3.org/2000/svg\" role=\"img\" "
                + "aria-labelledby=\"trend-title trend-desc\" class=\"app-chart\" font-family=\"arial, sans-serif\" "
                + "font-size=\"14\" viewBox=\"0 0 " + width + " " + (plot + 60) + "\">");
        svg.append("<title id=\"trend-title\">").append(escape(title)).append("</title><desc id=\"trend-desc\">");
        trend.terms().forEach(t -> svg.append(escape(t.term())).append(": ").append(t.counts().red()).append(" red, ")
                .append(t.counts().amber()).append(" amber, ").append(t.counts().green()).append(" green, ")
                .append(t.counts().complete()).append(" complete. "));
        svg.append("</desc>");
        int x = 20;
        for (TermTrend.TermCounts term : trend.terms()) {
            RagCounts c = term.counts();
            long[] counts = {c.red(), c.amber(), c.green(), c.complete()};
            String[] fills = {"#d4351c", "#ffdd00", "#00703c", "#1d70b8"};
            String[] letters = {"R", "A", "G", "C"};
            for (int i = 0; i < counts.length; i++) {
                int height = (int) Math.round(plot * (double) counts[i] / most);
                int barX = x + i * 42;
                svg.append(String.format(Locale.UK, "<rect x=\"%d\" y=\"%d\" width=\"36\" height=\"%d\" fill=\"%s\"/>",
                        barX, 10 + plot - height, height, fills[i]));
                svg.append(String.format(Locale.UK, "<text x=\"%d\" y=\"%d\" fill=\"#0b0c0c\">%s %d</text>",
                        barX + 2, 10 + plot - height - 4 < 14 ? 24 : 10 + plot - height - 4, letters[i], counts[i]));
            }
            svg.append(String.format(Locale.UK, "<text x=\"%d\" y=\"%d\" fill=\"#0b0c0c\">%s</text>", x, plot + 32,
                    escape(term.term())));
            x += groupWidth;
        }
        return svg.append("</svg>").toString();
    }

    private static String escape(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
    }
}
