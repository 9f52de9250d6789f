package io.followthrough.plan.action;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import io.followthrough.platform.TextLimits;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import java.time.LocalDate;
import java.util.List;

/**
 * An action as the API and the action form take it. On update, {@code version} must be the version that was read:
 * a stale one is refused so nobody's work is lost. What {@link ActionJson} adds (its id, plan, names and derived
 * values) is read-only and ignored, so a client can send back what it read; any other unknown field is refused.
 */
@JsonIgnoreProperties({"id", "planId", "themeNumber", "leadName", "leadJobTitle", "originalTargetDate", "reprogrammed",
        "previousRag", "direction", "overdue", "withdrawn", "carriedToActionId", "carriedFromActionId", "updates"})
public record ActionInput(
        @Size(max = 40, message = "The reference must be 40 characters or fewer") String reference,
        @NotBlank(message = "Enter what will be done") @Size(max = 500, message = "The title must be 500 characters or fewer") String title,
        @Size(max = TextLimits.NARRATIVE, message = "The description must be " + TextLimits.NARRATIVE_TEXT + " characters or fewer") String description,
        Long themeId,
        List<@NotNull(message = "A finding id cannot be empty") Long> findingIds,
        @NotNull(message = "Choose the lead officer") Long leadId,
        List<@NotNull(message = "A partner id cannot be empty") Long> partnerIds,
        LocalDate startDate,
        @NotNull(message = "Enter the target date") LocalDate targetDate,
        @Size(max = TextLimits.NARRATIVE, message = "The success criteria must be " + TextLimits.NARRATIVE_TEXT + " characters or fewer") String successCriteria,
        ActionStatus status,
        Rag rag,
        @Size(max = TextLimits.NARRATIVE, message = "The reason must be " + TextLimits.NARRATIVE_TEXT + " characters or fewer") String ragReason,
        Long version) {
}
