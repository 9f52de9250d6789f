package io.followthrough.review;

import io.followthrough.platform.TextLimits;
import jakarta.validation.constraints.Size;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;

public record FindingInput(
        @NotNull(message = "Choose whether this is a strength or an area for consideration") FindingKind kind,
        @NotBlank(message = "Enter the finding's text") @Size(max = TextLimits.NARRATIVE, message = "The finding must be " + TextLimits.NARRATIVE_TEXT + " characters or fewer") String text) {
}
