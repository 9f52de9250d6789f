package io.followthrough.review.importing;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;

import java.time.Instant;
import java.util.List;

/**
 * A draft as the API shows it and as {@code PUT /api/imports/{id}} takes it back corrected. The id, file name,
 * source lines and duplicate are the server's; a client may send them back unchanged or leave them out.
 *
 * @param duplicate an earlier import of the very same file (same bytes), when this one is still a draft; else null
 */
@JsonIgnoreProperties(value = {"id", "fileName", "lines", "state", "reviewId", "duplicate"}, allowGetters = true)
public record ImportDraftJson(long id, String fileName, String state, Long reviewId, DraftMetadata metadata,
                              List<DraftTheme> themes, List<UnplacedText> unplaced, List<SourceLine> lines,
                              Duplicate duplicate) {

    /**
     * An earlier import of the same document: the review it became, or the import itself while still a draft.
     *
     * @param href the API address of that review, or of that import when it is not yet confirmed
     */
    public record Duplicate(long importId, String fileName, Instant importedAt, Long reviewId, String reviewTitle,
                            String href) {

        /** The page to go to instead: the review, or the unfinished import. */
        public String page() {
            return reviewId == null ? "/imports/" + importId : "/reviews/" + reviewId;
        }
    }

    public static ImportDraftJson of(ReviewImport stored, ReviewDraft draft, Duplicate duplicate) {
        return new ImportDraftJson(stored.id, stored.fileName, stored.state.name(), stored.reviewId, draft.metadata(),
                draft.themes(), draft.unplaced(), draft.lines(), duplicate);
    }

    public ReviewDraft toDraft(List<SourceLine> sourceLines) {
        return new ReviewDraft(metadata, themes == null ? List.of() : themes, unplaced == null ? List.of() : unplaced,
                sourceLines);
    }
}
