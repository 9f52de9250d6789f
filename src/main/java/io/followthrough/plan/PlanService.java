package io.followthrough.plan;

import io.followthrough.people.Person;
import io.followthrough.plan.action.Action;
import io.followthrough.plan.action.ActionFilter;
import io.followthrough.plan.action.ActionJson;
import io.followthrough.plan.action.ActionRow;
import io.followthrough.platform.AuditTrail;
import io.followthrough.platform.FieldError;
import io.followthrough.platform.InvalidInputException;
import io.followthrough.platform.NotFoundException;
import io.followthrough.platform.PageOf;
import io.followthrough.platform.PageRequest;
import io.followthrough.plan.coverage.PlanCoverage;
import io.followthrough.review.Review;
import io.followthrough.review.Theme;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.transaction.Transactional;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

@ApplicationScoped
public class PlanService {

    /** Rows of the plan table on one page: enough to scan, few enough to stay quick on a large plan. */
    static final int PAGE_SIZE = 100;

    private final AuditTrail audit;
    private final Clock clock;

    public PlanService(AuditTrail audit, Clock clock) {
        this.audit = audit;
        this.clock = clock;
    }

    @Transactional
    public PageOf<PlanJson> list(PageRequest page) {
        return PageOf.of(Plan.byTitle(), page, this::toJson);
    }

    @Transactional
    public List<PlanJson> all() {
        return Plan.allByTitle().stream().map(this::toJson).toList();
    }

    @Transactional
    public Optional<PlanJson> find(long id) {
        return Plan.<Plan>findByIdOptional(id).map(this::toJson);
    }

    @Transactional
    public PlanJson create(@Valid @NotNull PlanInput input) {
        Plan plan = new Plan();
        apply(plan, input);
        plan.persist();
        audit.created("Plan", plan.id, plan.title);
        return toJson(plan);
    }

    @Transactional
    public PlanJson update(long id, @Valid @NotNull PlanInput input) {
        Plan plan = Plan.<Plan>findByIdOptional(id).orElseThrow(() -> new NotFoundException("plan", id));
        String lead = plan.lead.name;
        String title = plan.title;
        apply(plan, input);
        audit.changed("Plan", id, "title", title, plan.title);
        audit.changed("Plan", id, "lead", lead, plan.lead.name);
        return toJson(plan);
    }

    /**
     * Everything the plan page shows, in a constant number of queries whatever the number of actions; read without a
     * transaction, the actions as rows.
     */
    public Optional<PlanView> view(long id, ActionFilter filter, int page) {
        return Plan.<Plan>findByIdOptional(id).map(plan -> {
            LocalDate today = LocalDate.now(clock);
            int index = Math.max(page, 0);
            List<ActionRow> rows = Action.rowsOfPlan(id, filter, today, index, PAGE_SIZE);
            List<ActionJson> actions = rows.stream().map(row -> ActionJson.summary(row, today)).toList();
            Action.Counts planCounts = Action.countsOf(id, today);
            PlanJson json = json(plan, planCounts);
            List<PlanView.RagCount> counts = json.ragCounts().entrySet().stream()
                    .map(e -> new PlanView.RagCount(e.getKey(), e.getValue())).toList();
            List<ThemeHeading> themes = new ArrayList<>();
            for (Review review : plan.reviews) {
                Theme.ofReview(review.id).forEach(t -> themes.add(new ThemeHeading(t.id, t.heading())));
            }
            long matching = !rows.isEmpty() ? rows.get(0).matching()
                    : index == 0 ? 0 : Action.ofPlan(id, filter, today).count();
            PlanView.Paging paging = new PlanView.Paging(index, PageOf.pageCount(matching, PAGE_SIZE), matching,
                    PAGE_SIZE);
            return new PlanView(json, plan.reviews.stream().map(r -> new PlanView.ReviewLink(r.id, r.title)).toList(),
                    themes, actions, !filter.isEmpty(), counts, planCounts.reprogrammed(),
                    (int) PlanCoverage.countUncovered(id), paging, Action.countWithdrawn(id));
        });
    }

    private static void apply(Plan plan, PlanInput input) {
        List<FieldError> errors = new ArrayList<>();
        Person lead = Person.<Person>findByIdOptional(input.leadId()).orElse(null);
        if (lead == null) {
            errors.add(new FieldError("leadId", "There is no person with id " + input.leadId()));
        } else if (lead.hasLeft() && (plan.lead == null || !lead.id.equals(plan.lead.id))) {
            errors.add(new FieldError("leadId", lead.name + " has left and cannot lead a plan"));
        }
        List<Review> reviews = new ArrayList<>();
        if (input.reviewIds() != null) {
            for (Long reviewId : input.reviewIds()) {
                Review.<Review>findByIdOptional(reviewId).ifPresentOrElse(reviews::add,
                        () -> errors.add(new FieldError("reviewIds", "There is no review with id " + reviewId)));
            }
        }
        PlanKind kind = input.kind() == null ? PlanKind.REVIEW_ACTION_PLAN : input.kind();
        if (kind == PlanKind.REVIEW_ACTION_PLAN && reviews.isEmpty() && errors.stream().noneMatch(e -> e.field().equals("reviewIds"))) {
            errors.add(new FieldError("reviewIds", "Choose the review this plan answers"));
        }
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
        plan.title = input.title().strip();
        plan.kind = kind;
        plan.lead = lead;
        plan.reviews.clear();
        plan.reviews.addAll(reviews);
    }

    private PlanJson toJson(Plan plan) {
        return json(plan, Action.countsOf(plan.id, LocalDate.now(clock)));
    }

    private static PlanJson json(Plan plan, Action.Counts counts) {
        return new PlanJson(plan.id, plan.title, plan.kind, plan.status, plan.reviews.stream().map(r -> r.id).toList(),
                plan.lead.id, plan.lead.name, counts.actions(), counts.complete(), counts.overdue(), counts.rag(),
                PlanJson.Endorsed.of(plan.endorsement), PlanJson.Closed.of(plan.closure));
    }
}
