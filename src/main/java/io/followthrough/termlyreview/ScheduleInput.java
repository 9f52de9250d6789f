package io.followthrough.termlyreview;

import io.followthrough.platform.TextLimits;
import jakarta.validation.constraints.Size;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;

import java.time.LocalDate;
import java.util.List;

public record ScheduleInput(
        @NotNull(message = "Choose the term being reviewed") Long termId,
        @NotNull(message = "Enter the meeting date") LocalDate meetingDate,
        @NotBlank(message = "Enter the body that meets, like Virtual School SLT") @Size(max = TextLimits.NAME, message = "The body must be " + TextLimits.NAME_TEXT + " characters or fewer") String body,
        @NotNull(message = "Choose the chair") Long chairId,
        List<@NotNull(message = "A member id cannot be empty") Long> memberIds) {
}
