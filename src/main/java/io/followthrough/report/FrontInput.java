package io.followthrough.report;

import io.followthrough.platform.TextLimits;
import jakarta.validation.constraints.Size;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;

import java.util.List;

/** The front of a report as the author edits it. */
public record FrontInput(
        List<@Size(max = TextLimits.NAME, message = "An executive member must be " + TextLimits.NAME_TEXT + " characters or fewer") String> executiveMembers,
        @Size(max = TextLimits.NAME, message = "The director must be " + TextLimits.NAME_TEXT + " characters or fewer") String director,
        @NotBlank(message = "Enter the proposed decision") @Size(max = TextLimits.NARRATIVE, message = "The proposed decision must be " + TextLimits.NARRATIVE_TEXT + " characters or fewer") String proposedDecision,
        @NotBlank(message = "Say whether the report is for information or decision") @Size(max = TextLimits.NAME, message = "Report for must be " + TextLimits.NAME_TEXT + " characters or fewer") String reportFor,
        boolean keyDecision,
        @Size(max = TextLimits.HEADING, message = "Confidential must be " + TextLimits.HEADING_TEXT + " characters or fewer") String confidential,
        boolean urgent,
        @Size(max = TextLimits.NAME, message = "The Strategic Plan period must be " + TextLimits.NAME_TEXT + " characters or fewer") String strategicPlanPeriod,
        @Size(max = TextLimits.NARRATIVE, message = "People must be " + TextLimits.NARRATIVE_TEXT + " characters or fewer") String people,
        @Size(max = TextLimits.NARRATIVE, message = "Place must be " + TextLimits.NARRATIVE_TEXT + " characters or fewer") String place,
        @Size(max = TextLimits.NARRATIVE, message = "Business must be " + TextLimits.NARRATIVE_TEXT + " characters or fewer") String business,
        @Size(max = TextLimits.HEADING, message = "The wards must be " + TextLimits.HEADING_TEXT + " characters or fewer") String wards,
        List<ReportFront.BackgroundPaper> backgroundPapers,
        @NotBlank(message = "Enter the contact's name") @Size(max = TextLimits.NAME, message = "The contact's name must be " + TextLimits.NAME_TEXT + " characters or fewer") String contactName,
        @NotBlank(message = "Enter the contact's email address") @Email(message = "Enter the contact's email address in the correct format") @Size(max = TextLimits.EMAIL, message = "The contact's email address must be " + TextLimits.EMAIL_TEXT + " characters or fewer") String contactEmail) {

    ReportFront toFront() {
        return new ReportFront(executiveMembers == null ? List.of() : executiveMembers, director, proposedDecision,
                reportFor, keyDecision, confidential, urgent, strategicPlanPeriod, people, place, business, wards,
                backgroundPapers == null ? List.of() : backgroundPapers, contactName, contactEmail);
    }
}
