package io.followthrough.plan.endorsement;

import io.followthrough.platform.TextLimits;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import java.time.LocalDate;

/**
 * The body of {@code POST /api/plans/{id}/endorsement}: the decision as minuted. {@code reportVersion} is the number
 * of a published version of an endorsement report about the plan; {@code reportId} says which report when the plan
 * has more than one.
 */
public record EndorsementInput(
        @NotBlank(message = "Enter the body that endorsed the plan, for example Executive")
        @Size(max = TextLimits.NAME, message = "The body must be " + TextLimits.NAME_TEXT + " characters or fewer")
        String body,
        @NotNull(message = "Enter the date of the meeting that endorsed the plan")
        LocalDate meetingDate,
        @NotBlank(message = "Enter the minute number, or the address of the published decision")
        @Size(max = TextLimits.LINK, message = "The minute reference must be " + TextLimits.LINK_TEXT
                + " characters or fewer")
        String minuteReference,
        @Size(max = TextLimits.NARRATIVE, message = "The resolution must be " + TextLimits.NARRATIVE_TEXT
                + " characters or fewer")
        String resolution,
        @NotNull(message = "Give the number of the published report version the body endorsed")
        Integer reportVersion,
        Long reportId) {
}
