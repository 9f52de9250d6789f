package io.followthrough.plan.withdrawal;

import io.followthrough.platform.TextLimits;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** The body of {@code POST /api/actions/{id}/withdrawal}. */
public record WithdrawalInput(
        @NotBlank(message = "Say why the action is withdrawn")
        @Size(max = TextLimits.NARRATIVE, message = "The reason must be " + TextLimits.NARRATIVE_TEXT
                + " characters or fewer") String reason) {
}
