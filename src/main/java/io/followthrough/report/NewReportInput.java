package io.followthrough.report;

import io.followthrough.platform.TextLimits;
import jakarta.validation.constraints.Size;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;

import java.time.LocalDate;

public record NewReportInput(
        @NotNull(message = "Choose the kind of report: ENDORSEMENT or PROGRESS") ReportKind kind,
        @NotBlank(message = "Enter the body the report goes to, like Executive") @Size(max = TextLimits.NAME, message = "The body must be " + TextLimits.NAME_TEXT + " characters or fewer") String body,
        @NotNull(message = "Enter the meeting date") LocalDate meetingDate) {
}
