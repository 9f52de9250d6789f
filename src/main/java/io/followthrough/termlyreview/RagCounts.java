package io.followthrough.termlyreview;

import io.quarkus.qute.TemplateEnum;

import io.followthrough.plan.action.ActionStatus;
import io.followthrough.plan.action.Rag;

import java.util.Collection;
import java.util.EnumMap;
import java.util.Map;

/**
 * Actions counted by RAG, with Complete counted apart: a complete action is shown as status, never as a RAG colour
 * (DOMAIN.md, "Status and RAG"), so it is never counted as Green. The pack, the summary and the term trend all count
 * with this one rule, so their figures agree; the columns always add up to {@link #actions()}.
 */
public record RagCounts(long actions, long complete, Map<Rag, Long> rag) {

    /** Where one action is counted: under its RAG, or under Complete whatever its RAG. */
    @TemplateEnum
    public enum Column {
        RED("Red"),
        AMBER("Amber"),
        GREEN("Green"),
        NOT_YET_RATED("Not yet rated"),
        COMPLETE("Complete");

        private final String label;

        Column(String label) {
            this.label = label;
        }

        public String label() {
            return label;
        }

        /** An action without a RAG (none agreed, none given) is Not yet rated. */
        public static Column of(ActionStatus status, Rag rag) {
            if (status == ActionStatus.COMPLETE) {
                return COMPLETE;
            }
            if (rag == null) {
                return NOT_YET_RATED;
            }
            return switch (rag) {
                case RED -> RED;
                case AMBER -> AMBER;
                case GREEN -> GREEN;
                case NOT_YET_RATED -> NOT_YET_RATED;
            };
        }

        /** The RAG this column counts; none for Complete. */
        public Rag rag() {
            return switch (this) {
                case RED -> Rag.RED;
                case AMBER -> Rag.AMBER;
                case GREEN -> Rag.GREEN;
                case NOT_YET_RATED -> Rag.NOT_YET_RATED;
                case COMPLETE -> null;
            };
        }
    }

    public static RagCounts of(Collection<Column> columns) {
        Map<Rag, Long> rag = new EnumMap<>(Rag.class);
        for (Rag r : Rag.values()) {
            rag.put(r, 0L);
        }
        long complete = 0;
        for (Column column : columns) {
            if (column == Column.COMPLETE) {
                complete++;
            } else {
                rag.merge(column.rag(), 1L, Long::sum);
            }
        }
        return new RagCounts(columns.size(), complete, rag);
    }

    public long red() {
        return rag.getOrDefault(Rag.RED, 0L);
    }

    public long amber() {
        return rag.getOrDefault(Rag.AMBER, 0L);
    }

    public long green() {
        return rag.getOrDefault(Rag.GREEN, 0L);
    }

    public long notYetRated() {
        return rag.getOrDefault(Rag.NOT_YET_RATED, 0L);
    }
}
