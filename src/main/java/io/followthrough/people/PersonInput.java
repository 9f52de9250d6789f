package io.followthrough.people;

import io.followthrough.platform.TextLimits;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

public record PersonInput(
        @NotBlank(message = "Enter the person's name") @Size(max = 200, message = "The name must be 200 characters or fewer") String name,
        @NotBlank(message = "Enter the person's job title") @Size(max = 200, message = "The job title must be 200 characters or fewer") String jobTitle,
        @Size(max = 200, message = "The team must be 200 characters or fewer") String team,
        @NotBlank(message = "Enter the person's email address") @Email(message = "Enter an email address in the correct format, like name@example.gov.uk") @Size(max = TextLimits.EMAIL, message = "The email address must be " + TextLimits.EMAIL_TEXT + " characters or fewer") String email,
        @Size(max = TextLimits.NAME, message = "The partner must be " + TextLimits.NAME_TEXT + " characters or fewer") String partner,
        @Size(max = 200, message = "The sign-in name must be 200 characters or fewer") String signInName) {
}
