package io.followthrough.report;

import jakarta.validation.constraints.NotNull;

public record SectionInput(@NotNull(message = "Send the section's text") String text) {
}
