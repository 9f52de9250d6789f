package io.followthrough.term.review;

import java.util.List;

/**
 * The termly progress summary of a signed-off review, for the Corporate Parenting Board: the agreed RAG counts,
 * movement since the last term, the exceptions with the SLT's comments, and the decisions taken.
 */
public record Summary(TermlyReviewJson review, Pack.Counts agreed, String lastReviewTerm, long improved, long same,
                      long worse, long notCompared, List<Pack.Row> exceptions, List<Pack.Row> decisions) {
}
