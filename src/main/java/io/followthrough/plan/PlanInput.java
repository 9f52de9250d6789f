package io.followthrough.plan;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import java.util.List;

public record PlanInput(
        @NotBlank(message = "Enter the plan's title") @Size(max = 300, message = "The title must be 300 characters or fewer") String title,
        PlanKind kind,
        List<@NotNull(message = "A review id cannot be empty") Long> reviewIds,
        @NotNull(message = "Choose the plan lead") Long leadId) {
}
