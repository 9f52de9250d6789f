package io.followthrough.review.importing;

/**
 * One line of the document as the importer read it. For Word documents a line is a paragraph, with its list
 * bullet or number written out; PDF lines have their running headers, footers and page numbers removed.
 *
 * @param number from 1
 * @param page for PDF documents; null for other formats
 */
public record SourceLine(int number, Integer page, String text) {
}
