package io.followthrough.review.importing;

import io.followthrough.review.FindingKind;

/**
 * One strength or area for consideration, in the review's own words. Sub-bullets stay in the text, each on its
 * own line starting with "- ".
 *
 * @param id stable within the draft: "f1", "f2"… in document order
 */
public record DraftFinding(String id, FindingKind kind, String text, SourceLocation source) {
}
