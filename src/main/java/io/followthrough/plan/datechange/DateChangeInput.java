package io.followthrough.plan.datechange;

import io.followthrough.platform.TextLimits;
import jakarta.validation.constraints.Size;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;

import java.time.LocalDate;

public record DateChangeInput(
        @NotNull(message = "Enter the new target date you are asking for") LocalDate requestedDate,
        @NotBlank(message = "Explain why the target date needs to move") @Size(max = TextLimits.NARRATIVE, message = "The reason must be " + TextLimits.NARRATIVE_TEXT + " characters or fewer") String reason) {
}
