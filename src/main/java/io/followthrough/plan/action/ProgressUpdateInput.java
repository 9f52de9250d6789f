package io.followthrough.plan.action;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import java.util.List;

public record ProgressUpdateInput(
        @NotBlank(message = "Enter what has happened") String narrative,
        @NotNull(message = "Choose the action's status") ActionStatus status,
        @NotNull(message = "Choose a RAG rating") Rag rag,
        String reason,
        String impact,
        @Size(max = 20, message = "Give at most 20 evidence links") List<String> evidenceLinks,
        Long correctsId) {
}
