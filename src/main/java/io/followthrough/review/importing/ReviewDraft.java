package io.followthrough.review.importing;

import java.util.List;

/**
 * What the importer read from a review document, for the plan lead to correct before it becomes a review.
 *
 * @param metadata what the document says about the review itself
 * @param themes the review's themes in document order, each with its findings
 * @param unplaced text from the findings part that the importer could not place in a theme or finding
 * @param lines the document's text as it was read, one entry per line, so a preview can show the original
 *              beside each finding; every {@link SourceLocation} points into this list by line number
 */
public record ReviewDraft(DraftMetadata metadata, List<DraftTheme> themes, List<UnplacedText> unplaced,
                          List<SourceLine> lines) {
}
