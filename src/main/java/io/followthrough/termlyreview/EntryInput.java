package io.followthrough.termlyreview;

import io.followthrough.platform.TextLimits;
import jakarta.validation.constraints.Size;
import io.followthrough.plan.action.Rag;

/** What the meeting records about one action; {@code version}, when sent, must be the entry's version read. */
public record EntryInput(
        Rag agreedRag,
        @Size(max = TextLimits.NARRATIVE, message = "The comment must be " + TextLimits.NARRATIVE_TEXT + " characters or fewer") String comment,
        @Size(max = TextLimits.NARRATIVE, message = "The decision must be " + TextLimits.NARRATIVE_TEXT + " characters or fewer") String decision,
        @Size(max = TextLimits.NAME, message = "The decision owner must be " + TextLimits.NAME_TEXT + " characters or fewer") String decisionOwner,
        Long version) {
}
