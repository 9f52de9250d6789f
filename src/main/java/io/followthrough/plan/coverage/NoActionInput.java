package io.followthrough.plan.coverage;

import jakarta.validation.constraints.NotBlank;

public record NoActionInput(@NotBlank(message = "Say why this area for consideration needs no action") String reason) {
}
