package io.followthrough.review;

import java.util.List;

/**
 * What answers a review, as the review sees it. Plans answer reviews, and reviews know nothing about plans: this is
 * the review's side of that relationship, implemented by the plan feature, so that nothing here depends on it.
 */
public interface ReviewAnswers {

    /** The plans answering the review, by title, for the review page. */
    List<ReviewView.PlanLink> answering(long reviewId);

    /**
     * Called in the same transaction when a review gains an area for consideration (a new finding, or a strength
     * changed into one): every plan answering the review has one more area to answer.
     */
    void areaAdded(long reviewId, long findingId);
}
