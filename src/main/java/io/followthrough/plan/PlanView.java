package io.followthrough.plan;

import io.followthrough.plan.action.ActionJson;
import io.followthrough.plan.action.Rag;

import java.util.List;

/**
 * The plan page: the plan, the reviews it answers and their themes, its live actions as filtered, and how many
 * actions were withdrawn.
 */
public record PlanView(PlanJson plan, List<ReviewLink> reviews, List<ThemeHeading> themes, List<ActionJson> actions,
                       boolean filtered, List<RagCount> ragCounts, long reprogrammedCount, int uncovered,
                       Paging paging, long withdrawnCount) {

    /** Where the table is in the matching actions, counted from page 0. */
    public record Paging(int page, int pageCount, long matching, int size) {

        public boolean hasPrevious() {
            return page > 0;
        }

        public boolean hasNext() {
            return page + 1 < pageCount;
        }

        public int number() {
            return page + 1;
        }

        public int nextNumber() {
            return page + 2;
        }

        public long first() {
            return matching == 0 ? 0 : (long) page * size + 1;
        }

        public long last() {
            return Math.min(matching, (long) (page + 1) * size);
        }
    }

    public record ReviewLink(long id, String title) {
    }

    public record RagCount(Rag rag, long count) {
    }
}
