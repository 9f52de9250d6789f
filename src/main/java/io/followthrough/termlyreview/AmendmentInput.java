package io.followthrough.termlyreview;

import io.followthrough.platform.TextLimits;
import jakarta.validation.constraints.Size;
import jakarta.validation.constraints.NotBlank;

public record AmendmentInput(@NotBlank(message = "Say what was wrong and why it is being amended") @Size(max = TextLimits.NARRATIVE, message = "The reason must be " + TextLimits.NARRATIVE_TEXT + " characters or fewer") String reason) {
}
