package io.followthrough.review.importing;

import io.followthrough.review.FindingKind;

import java.time.LocalDate;

/**
 * One strength or area for consideration, in the review's own words. Sub-bullets stay in the text, each on its
 * own line starting with "- ".
 *
 * @param id stable within the draft: "f1", "f2"… in document order
 * @param proposal what the review proposes for the action that answers it, where it says (an audit's table of
 *                 recommendations does); null otherwise
 */
public record DraftFinding(String id, FindingKind kind, String text, SourceLocation source, Proposal proposal) {

    public DraftFinding(String id, FindingKind kind, String text, SourceLocation source) {
        this(id, kind, text, source, null);
    }

    /**
     * The priority, owner, target date and management response a recommendation comes with, as the review words
     * them; each null where it does not say.
     */
    public record Proposal(String priority, String owner, LocalDate targetDate, String targetDateAsWritten,
                           String response) {
    }
}
