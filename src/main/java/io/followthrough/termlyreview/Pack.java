package io.followthrough.termlyreview;

import io.followthrough.plan.action.ActionStatus;
import io.followthrough.plan.action.Direction;
import io.followthrough.plan.action.Rag;

import java.time.LocalDate;
import java.util.List;

/**
 * The review pack: counts now and at the last signed-off review, the exceptions first, then every action with its
 * latest update, the officer's RAG and the RAG agreed last term. For a signed-off review, everything comes from the
 * snapshots taken at sign-off, the RAG the meeting agreed is counted in {@code agreed}, and the actions are grouped
 * under it; before sign-off there is one group, in reference order, and {@code agreed} is null.
 *
 * @param dates when the meeting was (or will be) and when it was signed off, as a sentence
 */
public record Pack(TermlyReviewJson review, String dates, RagCounts now, RagCounts agreed, RagCounts lastReview,
                   String lastReviewTerm, List<Row> exceptions, List<String> uncoveredAreas, List<Row> rows,
                   List<Group> groups) {

    public boolean signedOff() {
        return agreed != null;
    }

    /** The actions the meeting has recorded something for so far, in reference order. */
    public List<Row> recorded() {
        return rows.stream().filter(r -> r.entry() != null).toList();
    }

    /** Actions listed together; {@code column} (and so a heading) only once the meeting has agreed their RAG. */
    public record Group(RagCounts.Column column, List<Row> rows) {
    }

    public record Row(long actionId, String reference, String title, String leadName, LocalDate targetDate,
                      ActionStatus status, Rag proposedRag, String ragReason, String latestUpdate,
                      LocalDate latestUpdateOn, Rag lastAgreedRag, Direction direction, boolean overdue,
                      boolean reprogrammed, List<String> reasons, TermlyReviewJson.EntryJson entry) {

        /** The RAG the meeting agreed, once recorded. */
        public Rag agreedRag() {
            return entry == null ? null : entry.agreedRag();
        }

        /** Where the meeting's decision counts this action: Complete, or under the RAG agreed. */
        public RagCounts.Column agreedColumn() {
            return RagCounts.Column.of(status, agreedRag());
        }

        public String comment() {
            return entry == null || entry.comment() == null ? "" : entry.comment();
        }

        public String decision() {
            return entry == null || entry.decision() == null ? "" : entry.decision();
        }

        public String decisionOwner() {
            return entry == null || entry.decisionOwner() == null ? "" : entry.decisionOwner();
        }
    }
}
