package io.followthrough.plan.datechange;

import io.followthrough.platform.TextLimits;
import jakarta.validation.constraints.Size;
import jakarta.validation.constraints.NotNull;

public record DecisionInput(
        @NotNull(message = "Choose whether to approve or refuse the new date") Boolean approved,
        @Size(max = TextLimits.NARRATIVE, message = "The comment must be " + TextLimits.NARRATIVE_TEXT + " characters or fewer") String comment) {
}
