package io.followthrough.review.importing;

import java.util.List;

/**
 * One line of text read from a document, before its structure is known.
 *
 * @param page the page it is on, where the format has pages; otherwise null
 * @param headingLevel 1 for a title or top heading, 2, 3… for lower ones, as the document's styles say; 0 when
 *                     the format says nothing about headings (a plain text line)
 * @param startsParagraph true when the format says a new paragraph starts here, as a blank line does in text
 * @param cells for a row of a table, the text of each of its cells; otherwise null
 */
record DocumentLine(String text, Integer page, int headingLevel, boolean startsParagraph, List<String> cells) {

    DocumentLine(String text, Integer page, int headingLevel, boolean startsParagraph) {
        this(text, page, headingLevel, startsParagraph, null);
    }

    static DocumentLine row(List<String> cells) {
        return new DocumentLine(String.join(" | ", cells), null, 0, true, List.copyOf(cells));
    }

    static DocumentLine plain(String text) {
        return new DocumentLine(text, null, 0, false);
    }
}
