package io.followthrough.review;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;

public record FindingInput(
        @NotNull(message = "Choose whether this is a strength or an area for consideration") FindingKind kind,
        @NotBlank(message = "Enter the finding's text") String text,
        String noActionReason) {
}
