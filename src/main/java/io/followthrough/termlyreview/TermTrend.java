package io.followthrough.termlyreview;


import java.time.LocalDate;
import java.util.List;

/** A plan's RAG term by term, from its signed-off termly reviews. */
public record TermTrend(long planId, List<TermCounts> terms, List<ActionHistory> actions) {

    /** The RAG agreed at one term's review, counted as the pack and the summary count it. */
    public record TermCounts(long reviewId, String term, LocalDate meetingDate, RagCounts counts) {
    }

    /**
     * One action's standing in each term, in the order of {@link TermTrend#terms()}: the agreed RAG, or Complete; null
     * where the action was not part of that term's review.
     */
    public record ActionHistory(long actionId, String reference, String title, List<RagCounts.Column> agreed) {
    }
}
