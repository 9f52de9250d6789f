package io.followthrough.people;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

public record PersonInput(
        @NotBlank(message = "Enter the person's name") @Size(max = 200, message = "The name must be 200 characters or fewer") String name,
        @NotBlank(message = "Enter the person's job title") @Size(max = 200, message = "The job title must be 200 characters or fewer") String jobTitle,
        @Size(max = 200, message = "The team must be 200 characters or fewer") String team,
        @NotBlank(message = "Enter the person's email address") @Email(message = "Enter an email address in the correct format, like name@example.gov.uk") String email,
        String partner,
        @Size(max = 200, message = "The sign-in name must be 200 characters or fewer") String signInName) {
}
