package io.followthrough.plan.overview;

import io.followthrough.plan.action.ActionStatus;
import io.followthrough.plan.action.Rag;

import java.util.List;
import java.util.Locale;

/**
 * A server-made SVG bar chart of a plan's themes: one stacked bar per theme. Every segment carries its count and a
 * letter as text, a legend names each colour, and the page gives the same figures as a table, so nothing depends on
 * seeing colour.
 */
public final class ThemeChart {

    private static final int LABEL_WIDTH = 70;
    private static final int BAR_WIDTH = 560;
    private static final int ROW_HEIGHT = 34;
    private static final int BAR_HEIGHT = 24;

    private record Segment(String name, String letter, String fill, String text) {
    }

    private static final List<Segment> SEGMENTS = List.of(
            new Segment("Red", "R", "#d4351c", "#ffffff"),
            new Segment("Amber", "A", "#ffdd00", "#0b0c0c"),
            new Segment("Green", "G", "#00703c", "#ffffff"),
            new Segment("Not yet rated", "N", "#b1b4b6", "#0b0c0c"),
            new Segment("Complete", "C", "#1d70b8", "#ffffff"));

    private ThemeChart() {
    }

    public static String svg(List<ThemeSummaryJson> themes, String title) {
        long most = Math.max(1, themes.stream().mapToLong(ThemeSummaryJson::actions).max().orElse(1));
        int height = themes.size() * ROW_HEIGHT + 60;
        StringBuilder svg = new StringBuilder();
        svg.append("<svg xmlns=\"http://www.w3.org/2000/svg\" role=\"img\" aria-labelledby=\"chart-title chart-desc\"")
                .append(" viewBox=\"0 0 ").append(LABEL_WIDTH + BAR_WIDTH + 10).append(' ').append(height)
                .append("\" class=\"app-chart\" font-family=\"arial, sans-serif\" font-size=\"14\">");
        svg.append("<title id=\"chart-title\">").append(escape(title)).append("</title>");
        svg.append("<desc id=\"chart-desc\">").append(escape(describe(themes))).append("</desc>");
        int y = 10;
        for (ThemeSummaryJson theme : themes) {
            String label = theme.heading().split(" ")[0];
            svg.append("<text x=\"0\" y=\"").append(y + 17).append("\" fill=\"#0b0c0c\">").append(escape(label))
                    .append("</text>");
            double x = LABEL_WIDTH;
            for (int i = 0; i < SEGMENTS.size(); i++) {
                long count = count(theme, i);
                if (count == 0) {
                    continue;
                }
                double width = BAR_WIDTH * (double) count / most;
                Segment segment = SEGMENTS.get(i);
                svg.append(String.format(Locale.UK,
                        "<rect x=\"%.1f\" y=\"%d\" width=\"%.1f\" height=\"%d\" fill=\"%s\" stroke=\"#ffffff\"/>",
                        x, y, width, BAR_HEIGHT, segment.fill()));
                if (width >= 34) {
                    svg.append(String.format(Locale.UK, "<text x=\"%.1f\" y=\"%d\" fill=\"%s\">%s %d</text>",
                            x + 5, y + 17, segment.text(), segment.letter(), count));
                }
                x += width;
            }
            y += ROW_HEIGHT;
        }
        int legendX = 0;
        for (Segment segment : SEGMENTS) {
            svg.append("<rect x=\"").append(legendX).append("\" y=\"").append(y + 8)
                    .append("\" width=\"14\" height=\"14\" fill=\"").append(segment.fill())
                    .append("\" stroke=\"#0b0c0c\"/>");
            svg.append("<text x=\"").append(legendX + 20).append("\" y=\"").append(y + 20).append("\" fill=\"#0b0c0c\">")
                    .append(segment.letter()).append(": ").append(segment.name()).append("</text>");
            legendX += 130;
        }
        return svg.append("</svg>").toString();
    }

    private static long count(ThemeSummaryJson theme, int segment) {
        return switch (segment) {
            case 0 -> theme.rag().get(Rag.RED);
            case 1 -> theme.rag().get(Rag.AMBER);
            case 2 -> theme.rag().get(Rag.GREEN);
            case 3 -> theme.rag().get(Rag.NOT_YET_RATED);
            default -> theme.status().get(ActionStatus.COMPLETE);
        };
    }

    private static String describe(List<ThemeSummaryJson> themes) {
        StringBuilder text = new StringBuilder();
        for (ThemeSummaryJson theme : themes) {
            text.append(theme.heading()).append(": ").append(theme.actions()).append(" actions");
            for (int i = 0; i < SEGMENTS.size(); i++) {
                text.append(", ").append(count(theme, i)).append(' ').append(SEGMENTS.get(i).name().toLowerCase(Locale.UK));
            }
            text.append(". ");
        }
        return text.toString().strip();
    }

    private static String escape(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }
}
