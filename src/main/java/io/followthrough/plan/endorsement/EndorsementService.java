package io.followthrough.plan.endorsement;

import io.followthrough.people.CurrentPerson;
import io.followthrough.plan.Endorsement;
import io.followthrough.plan.Plan;
import io.followthrough.plan.PlanStatus;
import io.followthrough.platform.Actor;
import io.followthrough.platform.AuditTrail;
import io.followthrough.platform.FieldError;
import io.followthrough.platform.InvalidInputException;
import io.followthrough.platform.NotFoundException;
import io.followthrough.platform.PersonalData;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Recording the decision that endorsed a plan: the body, the meeting, its minute and the published report version it
 * endorsed. The plan must be ready for endorsement ({@link Plan#endorse}); the move is audited like the others.
 */
@ApplicationScoped
public class EndorsementService {

    /** What the endorsement page shows: the plan, the report version offered, and the decision once recorded. */
    public record EndorsementView(long planId, String planTitle, PlanStatus status, String reviewTitle,
                                  EndorsementReports.Version reportVersion, EndorsementJson endorsement) {

        /** The resolution as the Middlesbrough minutes word it, for the form to start from. */
        public String suggestedResolution() {
            return "That the outcomes of the " + (reviewTitle == null ? "review" : reviewTitle)
                    + " be noted and the accompanying action plan be endorsed.";
        }
    }

    private final EndorsementReports reports;
    private final AuditTrail audit;
    private final CurrentPerson currentPerson;
    private final Actor actor;
    private final Clock clock;

    public EndorsementService(EndorsementReports reports, AuditTrail audit, CurrentPerson currentPerson, Actor actor,
                              Clock clock) {
        this.reports = reports;
        this.audit = audit;
        this.currentPerson = currentPerson;
        this.actor = actor;
        this.clock = clock;
    }

    /** The page's view; {@code reportId} and {@code reportVersion} name the version the lead came from, if any. */
    @Transactional
    public EndorsementView view(long planId, Long reportId, Integer reportVersion) {
        Plan plan = requirePlan(planId);
        EndorsementReports.Version version = null;
        if (reportVersion != null) {
            List<EndorsementReports.Version> found = reports.published(planId, reportId, reportVersion);
            version = found.size() == 1 ? found.get(0) : null;
        }
        return new EndorsementView(plan.id, plan.title, plan.status,
                plan.reviews.stream().findFirst().map(r -> r.title).orElse(null), version, json(plan).orElse(null));
    }

    @Transactional
    public Optional<EndorsementJson> find(long planId) {
        return json(requirePlan(planId));
    }

    @Transactional
    public EndorsementJson endorse(long planId, @Valid @NotNull EndorsementInput input) {
        Plan plan = requirePlan(planId);
        LocalDate today = LocalDate.now(clock);
        List<FieldError> errors = new ArrayList<>(plan.endorsementProblems(input.meetingDate(), today));
        List<EndorsementReports.Version> versions = reports.published(planId, input.reportId(), input.reportVersion());
        if (versions.isEmpty()) {
            errors.add(new FieldError("reportVersion", "There is no published version " + input.reportVersion()
                    + " of " + (input.reportId() == null ? "an endorsement report about this plan"
                    : "endorsement report " + input.reportId() + " about this plan")
                    + ": publish the report the body endorsed, then record its decision"));
        } else if (versions.size() > 1) {
            errors.add(new FieldError("reportId", "This plan has " + versions.size()
                    + " endorsement reports with a published version " + input.reportVersion()
                    + ": give the id of the report the body endorsed"));
        }
        PersonalData.check("body", input.body(), errors);
        PersonalData.check("minuteReference", input.minuteReference(), errors);
        PersonalData.checkRecorded("resolution", input.resolution(), errors);
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
        EndorsementReports.Version version = versions.get(0);
        Endorsement decision = new Endorsement();
        decision.body = input.body().strip();
        decision.meetingDate = input.meetingDate();
        decision.minuteReference = input.minuteReference().strip();
        decision.resolution = input.resolution() == null || input.resolution().isBlank() ? null
                : input.resolution().strip();
        decision.reportId = version.reportId();
        decision.reportVersion = version.number();
        decision.recordedBy = currentPerson.get().map(p -> p.name).orElseGet(actor::name);
        decision.recordedAt = clock.instant();
        PlanStatus before = plan.status;
        plan.endorse(decision, today);
        audit.changed("Plan", planId, "status", before, plan.status);
        audit.changed("Plan", planId, "endorsement", null, decision.toString());
        return EndorsementJson.of(plan, version);
    }

    private Optional<EndorsementJson> json(Plan plan) {
        if (plan.endorsement == null) {
            return Optional.empty();
        }
        return Optional.of(EndorsementJson.of(plan,
                reports.version(plan.endorsement.reportId, plan.endorsement.reportVersion).orElse(null)));
    }

    private static Plan requirePlan(long planId) {
        return Plan.<Plan>findByIdOptional(planId).orElseThrow(() -> new NotFoundException("plan", planId));
    }
}
