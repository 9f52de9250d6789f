package io.followthrough.review.importing;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;

import java.util.List;

/**
 * A draft as the API shows it and as {@code PUT /api/imports/{id}} takes it back corrected. The id, file name and
 * source lines are the server's; a client may send them back unchanged or leave them out.
 */
@JsonIgnoreProperties(value = {"id", "fileName", "lines", "state", "reviewId"}, allowGetters = true)
public record ImportDraftJson(long id, String fileName, String state, Long reviewId, DraftMetadata metadata,
                              List<DraftTheme> themes, List<UnplacedText> unplaced, List<SourceLine> lines) {

    public static ImportDraftJson of(ReviewImport stored, ReviewDraft draft) {
        return new ImportDraftJson(stored.id, stored.fileName, stored.state.name(), stored.reviewId, draft.metadata(),
                draft.themes(), draft.unplaced(), draft.lines());
    }

    public ReviewDraft toDraft(List<SourceLine> sourceLines) {
        return new ReviewDraft(metadata, themes == null ? List.of() : themes, unplaced == null ? List.of() : unplaced,
                sourceLines);
    }
}
