package io.followthrough.review.importing;

/**
 * Where a piece of the draft came from: lines of {@link ReviewDraft#lines()}, numbered from 1, both inclusive.
 *
 * @param page the page the piece starts on, for PDF documents; null for other formats
 */
public record SourceLocation(int fromLine, int toLine, Integer page) {
}
