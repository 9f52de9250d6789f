package io.followthrough.review;

import io.followthrough.platform.TextLimits;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import java.time.LocalDate;
import java.util.List;

/** A review as the API and the review form take it. */
public record ReviewInput(
        @NotBlank(message = "Enter the review's title") @Size(max = 300, message = "The title must be 300 characters or fewer") String title,
        @NotNull(message = "Choose the type of review") ReviewType type,
        @NotBlank(message = "Enter the reviewing body") @Size(max = 300, message = "The reviewing body must be 300 characters or fewer") String reviewingBody,
        @NotBlank(message = "Enter the organisation reviewed") @Size(max = 300, message = "The organisation must be 300 characters or fewer") String organisation,
        LocalDate reportDate,
        LocalDate onSiteFrom,
        LocalDate onSiteTo,
        @Size(max = 200, message = "The lead reviewer must be 200 characters or fewer") String leadReviewer,
        List<@NotBlank(message = "A scope question cannot be blank") @Size(max = TextLimits.HEADING, message = "A scope question must be " + TextLimits.HEADING_TEXT + " characters or fewer") String> scope) {
}
