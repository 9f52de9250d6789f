package io.followthrough.termlyreview;

import java.util.List;

/**
 * The termly progress summary of a signed-off review, for the Corporate Parenting Board: the agreed RAG counts,
 * movement since the last term, the exceptions with the SLT's comments, and the decisions taken.
 *
 * @param dates when the meeting was held and when it was signed off, as a sentence
 */
public record Summary(TermlyReviewJson review, String dates, RagCounts agreed, String lastReviewTerm, long improved,
                      long same, long worse, long notCompared, List<Pack.Row> exceptions, List<Pack.Row> decisions) {
}
