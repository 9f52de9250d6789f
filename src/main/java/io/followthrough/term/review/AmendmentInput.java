package io.followthrough.term.review;

import jakarta.validation.constraints.NotBlank;

public record AmendmentInput(@NotBlank(message = "Say what was wrong and why it is being amended") String reason) {
}
