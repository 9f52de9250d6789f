package io.followthrough.plan;

import io.followthrough.plan.action.ActionJson;
import io.followthrough.plan.action.ActionStatus;
import io.followthrough.plan.action.Rag;
import io.followthrough.platform.web.Option;

import java.util.List;

/**
 * The plan page: the plan, the reviews it answers, its live actions as filtered, the filter's choices, and how many
 * actions were withdrawn.
 */
public record PlanView(PlanJson plan, List<ReviewLink> reviews, List<ActionJson> actions, boolean filtered,
                       List<Option> themes, List<Option> statuses, List<Option> rags, List<Option> leads,
                       List<Option> overdue, List<Option> partners, List<Option> terms, List<Option> reprogrammed,
                       List<Option> sorts, List<RagCount> ragCounts, long reprogrammedCount, int uncovered,
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

    public static List<Option> statusOptions(ActionStatus selected, String anyLabel) {
        List<Option> options = new java.util.ArrayList<>();
        if (anyLabel != null) {
            options.add(new Option("", anyLabel, selected == null));
        }
        for (ActionStatus s : ActionStatus.values()) {
            options.add(new Option(s.name(), s.label(), s == selected));
        }
        return options;
    }

    public static List<Option> ragOptions(Rag selected, String anyLabel) {
        List<Option> options = new java.util.ArrayList<>();
        if (anyLabel != null) {
            options.add(new Option("", anyLabel, selected == null));
        }
        for (Rag r : Rag.values()) {
            options.add(new Option(r.name(), r.label(), r == selected));
        }
        return options;
    }
}
