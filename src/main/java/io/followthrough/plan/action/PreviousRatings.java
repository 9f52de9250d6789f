package io.followthrough.plan.action;

import io.followthrough.term.review.TermlyReviewEntry;

import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * What each action was rated before, for its direction of travel: the RAG agreed at the plan's last signed-off
 * termly review, or, for an action no review has rated yet, the RAG of its previous progress update.
 */
public final class PreviousRatings {

    private PreviousRatings() {
    }

    public static Map<Long, Rag> of(Collection<Action> actions) {
        Map<Long, Rag> previous = new HashMap<>(ProgressUpdate.previousRags(actions.stream().map(a -> a.id).toList()));
        Map<Long, List<Long>> byPlan = actions.stream()
                .collect(Collectors.groupingBy(a -> a.plan.id, Collectors.mapping(a -> a.id, Collectors.toList())));
        byPlan.forEach((planId, ids) -> previous.putAll(TermlyReviewEntry.latestAgreedRags(planId, ids)));
        return previous;
    }
}
