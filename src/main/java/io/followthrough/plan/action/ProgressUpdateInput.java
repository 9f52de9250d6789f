package io.followthrough.plan.action;

import io.followthrough.platform.TextLimits;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import java.util.List;

public record ProgressUpdateInput(
        @NotBlank(message = "Enter what has happened") @Size(max = TextLimits.NARRATIVE, message = "What has happened must be " + TextLimits.NARRATIVE_TEXT + " characters or fewer") String narrative,
        @NotNull(message = "Choose the action's status") ActionStatus status,
        @NotNull(message = "Choose a RAG rating") Rag rag,
        @Size(max = TextLimits.NARRATIVE, message = "The reason must be " + TextLimits.NARRATIVE_TEXT + " characters or fewer") String reason,
        @Size(max = TextLimits.NARRATIVE, message = "The impact must be " + TextLimits.NARRATIVE_TEXT + " characters or fewer") String impact,
        @Size(max = 20, message = "Give at most 20 evidence links") List<@Size(max = TextLimits.LINK, message = "An evidence link must be " + TextLimits.LINK_TEXT + " characters or fewer") String> evidenceLinks,
        Long correctsId) {
}
