package io.followthrough.plan.datechange;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;

import java.time.LocalDate;

public record DateChangeInput(
        @NotNull(message = "Enter the new target date you are asking for") LocalDate requestedDate,
        @NotBlank(message = "Explain why the target date needs to move") String reason) {
}
