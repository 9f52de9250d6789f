package io.followthrough.report;

import io.followthrough.platform.TextLimits;
import jakarta.validation.constraints.Size;
import jakarta.validation.constraints.NotNull;

public record SectionInput(@NotNull(message = "Send the section's text") @Size(max = TextLimits.SECTION, message = "The section must be " + TextLimits.SECTION_TEXT + " characters or fewer") String text) {
}
