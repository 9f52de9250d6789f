package io.followthrough.plan.action;

/**
 * Direction of travel: an action's RAG now against the RAG it had before (at the last termly review once those exist;
 * until then, at the previous progress update). Shown as an arrow with text, never the arrow alone.
 */
public enum Direction {
    IMPROVED("Improved", "↑"),
    SAME("No change", "→"),
    WORSENED("Worse", "↓"),
    NOT_COMPARED("No earlier rating", "–");

    private final String label;
    private final String arrow;

    Direction(String label, String arrow) {
        this.label = label;
        this.arrow = arrow;
    }

    public String label() {
        return label;
    }

    public String arrow() {
        return arrow;
    }

    public static Direction between(Rag before, Rag now) {
        if (before == null || now == null || before == Rag.NOT_YET_RATED || now == Rag.NOT_YET_RATED) {
            return NOT_COMPARED;
        }
        int change = Integer.compare(now.severity(), before.severity());
        return change < 0 ? IMPROVED : change > 0 ? WORSENED : SAME;
    }
}
