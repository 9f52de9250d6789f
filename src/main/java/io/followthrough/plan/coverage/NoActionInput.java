package io.followthrough.plan.coverage;

import io.followthrough.platform.TextLimits;
import jakarta.validation.constraints.Size;
import jakarta.validation.constraints.NotBlank;

public record NoActionInput(@NotBlank(message = "Say why this area for consideration needs no action") @Size(max = TextLimits.NARRATIVE, message = "The reason must be " + TextLimits.NARRATIVE_TEXT + " characters or fewer") String reason) {
}
