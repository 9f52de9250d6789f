package io.followthrough.review.importing;

import io.followthrough.review.importing.SeedLetter.Block;

import java.util.List;

/**
 * The seed letter as a web page, the way a council's intranet or a webmail client shows it before someone prints
 * it to PDF from the browser: headings, paragraphs and nested lists with the browser's own bullets.
 */
final class SeedLetterHtml {

    static final String TITLE = "NAVSH peer challenge letter: Nottinghamshire";

    private SeedLetterHtml() {
    }

    static String page() {
        StringBuilder html = new StringBuilder("""
                <!DOCTYPE html>
                <html lang="en-GB">
                <head>
                <meta charset="utf-8">
                <title>%s</title>
                <style>
                  @page { size: A4; }
                  body { font-family: Arial, "Liberation Sans", sans-serif; font-size: 11pt; line-height: 1.35; }
                  h1 { font-size: 14pt; } h2 { font-size: 13pt; } h3 { font-size: 12pt; } h4 { font-size: 11pt; }
                </style>
                </head>
                <body>
                """.formatted(TITLE));
        List<Block> blocks = SeedLetter.blocks();
        int openLevel = -1;
        for (Block block : blocks) {
            if (block.style() == SeedLetter.Style.BULLET) {
                int level = block.level();
                while (openLevel < level) {
                    html.append(openLevel >= 0 ? "\n" : "").append("<ul>");
                    openLevel++;
                }
                while (openLevel > level) {
                    html.append("</li></ul>");
                    openLevel--;
                }
                if (html.toString().endsWith("<ul>")) {
                    html.append("\n<li>");
                } else {
                    html.append("</li>\n<li>");
                }
                html.append(escape(block.text()));
                continue;
            }
            while (openLevel >= 0) {
                html.append("</li></ul>\n");
                openLevel--;
            }
            String text = escape(block.text());
            switch (block.style()) {
                case TITLE -> html.append("<h1>").append(text).append("</h1>\n");
                case SECTION -> html.append("<h2>").append(text).append("</h2>\n");
                case THEME -> html.append("<h3>").append(text).append("</h3>\n");
                case KIND -> html.append("<h4>").append(text).append("</h4>\n");
                default -> html.append("<p>").append(text).append("</p>\n");
            }
        }
        while (openLevel >= 0) {
            html.append("</li></ul>\n");
            openLevel--;
        }
        return html.append("</body>\n</html>\n").toString();
    }

    private static String escape(String text) {
        return text.replace("**", "").replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
    }
}
