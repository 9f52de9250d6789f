package io.followthrough.review;

import io.followthrough.platform.TextLimits;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

public record ThemeInput(
        @Size(max = 20, message = "The number must be 20 characters or fewer") String number,
        @NotBlank(message = "Enter the theme's title") @Size(max = TextLimits.HEADING, message = "The title must be " + TextLimits.HEADING_TEXT + " characters or fewer") String title) {
}
