package io.followthrough.term.review;

import io.followthrough.plan.action.Rag;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/** A plan's RAG term by term, from its signed-off termly reviews. */
public record TermTrend(long planId, List<TermCounts> terms, List<ActionHistory> actions) {

    public record TermCounts(long reviewId, String term, LocalDate meetingDate, Map<Rag, Long> rag) {

        public long red() {
            return rag.get(Rag.RED);
        }

        public long amber() {
            return rag.get(Rag.AMBER);
        }

        public long green() {
            return rag.get(Rag.GREEN);
        }
    }

    /** One action's agreed RAG in each term, in the order of {@link TermTrend#terms()}; null where none was agreed. */
    public record ActionHistory(long actionId, String reference, String title, List<Rag> agreed) {
    }
}
