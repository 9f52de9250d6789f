package io.followthrough.plan.action;

import io.followthrough.platform.TextLimits;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/**
 * Which stored text of a progress update to redact ({@code narrative}, {@code reason}, {@code impact},
 * {@code evidenceLinks[n]} or {@code evidenceFiles[n]}), the words to replace by "[redacted]" exactly as they appear,
 * and why.
 */
public record RedactionInput(
        @NotBlank(message = "Choose the text to redact") String field,
        @NotBlank(message = "Enter the words to remove, exactly as they appear") @Size(max = TextLimits.NARRATIVE, message = "The words must be " + TextLimits.NARRATIVE_TEXT + " characters or fewer") String words,
        @NotBlank(message = "Say why the words are being removed") @Size(max = TextLimits.NARRATIVE, message = "The reason must be " + TextLimits.NARRATIVE_TEXT + " characters or fewer") String reason) {
}
