package io.followthrough.people;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

public record PartnerInput(
        @NotBlank(message = "Enter the partner's name") @Size(max = 120, message = "The name must be 120 characters or fewer") String name) {
}
