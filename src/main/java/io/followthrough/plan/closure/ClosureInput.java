package io.followthrough.plan.closure;

import io.followthrough.platform.TextLimits;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** The body of {@code POST /api/plans/{id}/closure}: the plan lead's closing statement. */
public record ClosureInput(
        @NotBlank(message = "Enter the closing statement: what the plan achieved, and what happens next")
        @Size(max = TextLimits.NARRATIVE, message = "The closing statement must be " + TextLimits.NARRATIVE_TEXT
                + " characters or fewer")
        String statement) {
}
