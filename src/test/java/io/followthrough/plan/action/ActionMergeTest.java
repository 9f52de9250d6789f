package io.followthrough.plan.action;

import io.followthrough.plan.action.ActionInput;
import io.followthrough.plan.action.ActionMerge;
import io.followthrough.plan.action.ActionStatus;
import io.followthrough.plan.action.Rag;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

class ActionMergeTest {

    private static ActionInput action(String title, String criteria, Rag rag, String reason, List<Long> partners,
                                      long version) {
        return new ActionInput("3.2.1", title, null, 7L, List.of(1L), 3L, partners, null, LocalDate.of(2027, 3, 31),
                criteria, ActionStatus.IN_PROGRESS, rag, reason, version);
    }

    @Test
    void keepsMyChangesAndTheirsWhenWeChangedDifferentFields() {
        ActionInput opened = action("Old title", null, Rag.GREEN, null, List.of(1L, 2L), 0);
        ActionInput mine = action("My title", null, Rag.GREEN, null, List.of(2L, 1L), 0);
        ActionInput theirs = action("Old title", "Their criteria", Rag.AMBER, "Their reason", List.of(1L, 2L, 3L), 1);

        ActionInput merged = ActionMerge.merge(opened, mine, theirs);

        assertEquals("My title", merged.title());
        assertEquals("Their criteria", merged.successCriteria());
        assertEquals(Rag.AMBER, merged.rag());
        assertEquals("Their reason", merged.ragReason());
        assertEquals(List.of(1L, 2L, 3L), merged.partnerIds(), "the same partners in another order is no change");
        assertEquals(1, merged.version());
    }

    @Test
    void myValueWinsWhereWeBothChangedTheSameField() {
        ActionInput opened = action("Old", null, Rag.GREEN, null, List.of(), 0);
        ActionInput merged = ActionMerge.merge(opened, action("Mine", null, Rag.GREEN, null, List.of(), 0),
                action("Theirs", null, Rag.GREEN, null, List.of(), 1));
        assertEquals("Mine", merged.title());
    }
}
