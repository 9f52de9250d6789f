package io.followthrough.report;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;

import java.util.List;

/** The front of a report as the author edits it. */
public record FrontInput(
        List<String> executiveMembers,
        String director,
        @NotBlank(message = "Enter the proposed decision") String proposedDecision,
        @NotBlank(message = "Say whether the report is for information or decision") String reportFor,
        boolean keyDecision,
        String confidential,
        boolean urgent,
        String strategicPlanPeriod,
        String people,
        String place,
        String business,
        String wards,
        List<ReportFront.BackgroundPaper> backgroundPapers,
        @NotBlank(message = "Enter the contact's name") String contactName,
        @NotBlank(message = "Enter the contact's email address") @Email(message = "Enter the contact's email address in the correct format") String contactEmail) {

    ReportFront toFront() {
        return new ReportFront(executiveMembers == null ? List.of() : executiveMembers, director, proposedDecision,
                reportFor, keyDecision, confidential, urgent, strategicPlanPeriod, people, place, business, wards,
                backgroundPapers == null ? List.of() : backgroundPapers, contactName, contactEmail);
    }
}
