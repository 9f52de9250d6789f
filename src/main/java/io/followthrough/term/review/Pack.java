package io.followthrough.term.review;

import io.followthrough.plan.action.ActionStatus;
import io.followthrough.plan.action.Direction;
import io.followthrough.plan.action.Rag;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/**
 * The review pack: counts now and at the last signed-off review, the exceptions first, then every action with its
 * latest update, the officer's proposed RAG and the RAG agreed last term. For a signed-off review, everything comes
 * from the snapshots taken at sign-off.
 */
public record Pack(TermlyReviewJson review, Counts now, Counts lastReview, String lastReviewTerm,
                   List<Row> exceptions, List<String> uncoveredAreas, List<Row> rows) {

    public record Counts(long actions, long complete, Map<Rag, Long> rag) {

        public long red() {
            return rag.getOrDefault(Rag.RED, 0L);
        }

        public long amber() {
            return rag.getOrDefault(Rag.AMBER, 0L);
        }

        public long green() {
            return rag.getOrDefault(Rag.GREEN, 0L);
        }

        public long notYetRated() {
            return rag.getOrDefault(Rag.NOT_YET_RATED, 0L);
        }
    }

    public record Row(long actionId, String reference, String title, String leadName, LocalDate targetDate,
                      ActionStatus status, Rag proposedRag, String ragReason, String latestUpdate,
                      LocalDate latestUpdateOn, Rag lastAgreedRag, Direction direction, boolean overdue,
                      boolean reprogrammed, List<String> reasons, TermlyReviewJson.EntryJson entry) {

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
