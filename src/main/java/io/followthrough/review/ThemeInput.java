package io.followthrough.review;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

public record ThemeInput(
        @Size(max = 20, message = "The number must be 20 characters or fewer") String number,
        @NotBlank(message = "Enter the theme's title") String title) {
}
