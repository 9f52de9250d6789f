package io.followthrough.plan.action;

import java.util.ArrayList;
import java.util.List;

/**
 * When an action is an exception, written once for the plan's exceptions page, the progress report and the termly
 * review pack: it is Red and not complete, it is overdue, or it is not complete and worse than it was before.
 */
public final class Exceptions {

    private Exceptions() {
    }

    /**
     * The reasons an action is an exception, none if it is not one. {@code worseThan} says what "before" was:
     * "Worse than before" against the previous rating, "Worse than last term" against the last agreed one.
     */
    public static List<String> reasons(ActionStatus status, Rag rag, boolean overdue, Direction direction,
                                       String worseThan) {
        List<String> reasons = new ArrayList<>();
        boolean open = status != ActionStatus.COMPLETE;
        if (open && rag == Rag.RED) {
            reasons.add("Red");
        }
        if (overdue) {
            reasons.add("Overdue");
        }
        if (open && direction == Direction.WORSENED) {
            reasons.add(worseThan);
        }
        return reasons;
    }
}
