package io.followthrough.term;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;

import java.time.LocalDate;

public record TermInput(
        @NotBlank(message = "Enter the academic year, like 2026-27") String academicYear,
        @NotNull(message = "Choose the term: AUTUMN, SPRING or SUMMER") Season season,
        @NotNull(message = "Enter the first day of the term") LocalDate startDate,
        @NotNull(message = "Enter the last day of the term") LocalDate endDate) {
}
