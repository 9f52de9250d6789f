package io.followthrough.plan.coverage;

import io.followthrough.plan.Plan;
import io.followthrough.review.ReviewAnswers;
import io.followthrough.review.ReviewView;
import jakarta.enterprise.context.ApplicationScoped;

import java.util.List;

/** The plans' side of answering reviews: the review feature calls it through {@link ReviewAnswers}, which it owns. */
@ApplicationScoped
public class PlansAnsweringReviews implements ReviewAnswers {

    private final CoverageService coverage;

    public PlansAnsweringReviews(CoverageService coverage) {
        this.coverage = coverage;
    }

    @Override
    public List<ReviewView.PlanLink> answering(long reviewId) {
        return Plan.answering(reviewId).stream().map(plan -> new ReviewView.PlanLink(plan.id, plan.title)).toList();
    }

    /** A new area is unanswered in every plan answering the review, so none of them is ready for endorsement. */
    @Override
    public void areaAdded(long reviewId, long findingId) {
        Plan.answering(reviewId).forEach(coverage::backToDraftIfUncovered);
    }
}
