package io.followthrough.plan.action;

import io.followthrough.people.CurrentPerson;
import io.followthrough.people.Partner;
import io.followthrough.people.PartnerJson;
import io.followthrough.people.Person;
import io.followthrough.people.PersonJson;
import io.followthrough.plan.Plan;
import io.followthrough.plan.ThemeHeading;
import io.followthrough.plan.datechange.DateChangeDecision;
import io.followthrough.plan.datechange.DateChangeJson;
import io.followthrough.plan.datechange.TargetDateChange;
import io.followthrough.platform.Actor;
import io.followthrough.platform.AuditEntry;
import io.followthrough.platform.AuditJson;
import io.followthrough.platform.AuditTrail;
import io.followthrough.platform.ConflictException;
import io.followthrough.platform.FieldError;
import io.followthrough.platform.InvalidInputException;
import io.followthrough.platform.NotFoundException;
import io.followthrough.platform.PageOf;
import io.followthrough.platform.PageRequest;
import io.followthrough.platform.PersonalData;
import io.followthrough.platform.Violations;
import io.followthrough.platform.security.CurrentUser;
import io.followthrough.review.Finding;
import io.followthrough.review.FindingKind;
import io.followthrough.review.Review;
import io.followthrough.review.Theme;
import io.quarkus.security.ForbiddenException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.validation.Valid;
import jakarta.validation.Validator;
import jakarta.validation.constraints.NotNull;
import jakarta.transaction.Transactional;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/** The lines of a plan and their progress: who may change what, and the rules every change must keep. */
@ApplicationScoped
public class ActionService {

    private final AuditTrail audit;
    private final Clock clock;
    private final CurrentUser user;
    private final CurrentPerson currentPerson;
    private final Actor actor;
    private final Validator validator;

    public ActionService(AuditTrail audit, Clock clock, CurrentUser user, CurrentPerson currentPerson, Actor actor,
                         Validator validator) {
        this.audit = audit;
        this.clock = clock;
        this.user = user;
        this.currentPerson = currentPerson;
        this.actor = actor;
        this.validator = validator;
    }

    /**
     * One page of a plan's actions: one statement for a page that has actions (the plan and the count are read apart
     * only for an empty page), no transaction and no entities.
     */
    public PageOf<ActionJson> list(long planId, ActionFilter filter, PageRequest request) {
        io.quarkus.panache.common.Page page = request.toPanache();
        LocalDate today = today();
        List<ActionRow> rows = Action.rowsOfPlan(planId, filter, today, page.index, page.size);
        long total;
        if (rows.isEmpty()) {
            requirePlan(planId);
            total = page.index == 0 ? 0 : Action.ofPlan(planId, filter, today).count();
        } else {
            total = rows.get(0).matching();
        }
        return new PageOf<>(rows.stream().map(row -> ActionJson.summary(row, today)).toList(), page.index, page.size,
                total, PageOf.pageCount(total, page.size));
    }

    /** One action with the ids of its findings and partners: two statements, no transaction. */
    public Optional<ActionJson> find(long id) {
        return Action.row(id).map(row -> {
            Action.LinkedIds linked = Action.linkedIds(id);
            return ActionJson.of(row, linked.findingIds(), linked.partnerIds(), today());
        });
    }

    /** The same, with its most recent updates embedded (GET /api/actions/{id}?include=updates). */
    public Optional<ActionJson> findWithUpdates(long id) {
        return find(id).map(action -> action.withUpdates(ProgressService.newest(id, ActionJson.EMBEDDED_UPDATES)));
    }

    @Transactional
    public ActionJson create(long planId, @Valid @NotNull ActionInput input) {
        Plan plan = requirePlan(planId);
        plan.requireOpen();
        Action action = new Action();
        action.plan = plan;
        apply(action, input, true);
        action.persist();
        audit.created("Action", action.id, action.reference + " " + action.title);
        return toJson(action);
    }

    @Transactional
    public ActionJson update(long id, @Valid @NotNull ActionInput input) {
        Action action = Action.withDetails(id).orElseThrow(() -> new NotFoundException("action", id));
        action.plan.requireOpen();
        if (input.version() == null) {
            throw new InvalidInputException("version", "Send the version of the action you read");
        }
        if (input.version() != action.version) {
            throw new ConflictException("This action changed since you opened it (you had version " + input.version()
                    + ", it is now at version " + action.version + "). Nothing was saved: reload it and re-apply your change.");
        }
        if (action.isWithdrawn()) {
            throw new ConflictException("This action was withdrawn. It stays as it was when withdrawn.");
        }
        ActionJson before = toJson(action);
        apply(action, input, false);
        recordChanges(before, action);
        Action.flush();
        return toJson(action);
    }

    /** Refuses (409) to open a form that would change the plan's actions once the plan is closed. */
    @Transactional
    public void requireOpen(long planId) {
        requirePlan(planId).requireOpen();
    }

    /** What the action form of a plan is chosen from. */
    @Transactional
    public Optional<ActionFormData> formData(long planId) {
        return Plan.<Plan>findByIdOptional(planId).map(plan -> {
            List<ThemeHeading> themes = new ArrayList<>();
            List<ActionFormData.Area> areas = new ArrayList<>();
            for (Review review : plan.reviews) {
                Theme.ofReview(review.id).forEach(t -> themes.add(new ThemeHeading(t.id, t.heading())));
                for (Finding finding : Finding.ofReview(review.id)) {
                    if (finding.kind == FindingKind.AREA_FOR_CONSIDERATION) {
                        areas.add(new ActionFormData.Area(finding.id, finding.theme.heading(), finding.text));
                    }
                }
            }
            return new ActionFormData(plan.title, themes, areas,
                    Person.stillHereByName().stream().map(PersonJson::of).toList(),
                    Partner.allByName().stream().map(PartnerJson::of).toList());
        });
    }

    /** Everything the action page shows, with the newest page of its progress history. */
    @Transactional
    public Optional<ActionView> view(long id) {
        return view(id, 1);
    }

    /** Everything the action page shows, with the given page of its progress history (1 is the newest). */
    @Transactional
    public Optional<ActionView> view(long id, int historyPage) {
        return Action.withDetails(id).map(a -> {
            ActionView.History history = ActionView.History.of(historyPage, ProgressUpdate.countOfAction(id));
            List<DateChangeJson> dateChanges = TargetDateChange.ofAction(id).stream().map(DateChangeJson::of).toList();
            boolean showAudit = user.mayReadAudit();
            return new ActionView(toJson(a), a.plan.title, a.theme == null ? null : a.theme.heading(),
                    a.findings.stream().map(f -> new ActionView.LinkedFinding(f.id, f.theme.review.id,
                            f.theme.heading(), f.text)).toList(),
                    a.partners.stream().map(p -> p.name).toList(),
                    ProgressService.history(id, history.offset(), ActionView.HISTORY_PAGE_SIZE), history,
                    mayUpdate(a), dateChanges,
                    dateChanges.stream().anyMatch(c -> c.decision() == DateChangeDecision.PENDING),
                    showAudit ? AuditEntry.of("Action", id).stream().map(AuditJson::of).toList() : List.of(),
                    showAudit, a.plan.isClosed(),
                    a.isWithdrawn() ? new ActionView.Withdrawal(a.withdrawnAt, withdrawerName(a), a.withdrawalReason)
                            : null,
                    ActionView.CarryLink.of(a.carriedTo), ActionView.CarryLink.of(a.carriedFrom),
                    user.isLead() && a.mayBeWithdrawn().isEmpty());
        });
    }

    /** The withdrawer by name where the sign-in name belongs to someone known, else as recorded. */
    private static String withdrawerName(Action action) {
        return Person.bySignInName(action.withdrawnBy).map(p -> p.name).orElse(action.withdrawnBy);
    }

    /** Every recorded change to the action, newest first; for the plan lead and SLT. */
    @Transactional
    public List<AuditJson> audit(long actionId) {
        requireAction(actionId);
        if (!user.mayReadAudit()) {
            throw new ForbiddenException("Only the plan lead and SLT members see an action's audit trail.");
        }
        return AuditEntry.of("Action", actionId).stream().map(AuditJson::of).toList();
    }

    /** Whether the signed-in user may post progress on this action: the lead may on any, officers on their own. */
    @Transactional
    public boolean canUpdate(long actionId) {
        return Action.withDetails(actionId).map(this::mayUpdate).orElse(false);
    }

    private boolean mayUpdate(Action action) {
        return action.mayBeUpdatedBy(user, currentPerson.get());
    }

    private Optional<Person> currentPerson() {
        return currentPerson.get();
    }

    /**
     * What saving this input as a new action of the plan ({@code actionId} null) or over an action would refuse,
     * without saving anything: the same checks as create and update, run as a dry run by the spreadsheet import.
     */
    @Transactional
    public List<FieldError> check(long planId, Long actionId, ActionInput input) {
        List<FieldError> errors = new ArrayList<>(Violations.of(validator.validate(input)));
        Action action = actionId == null ? null : Action.<Action>findByIdOptional(actionId).orElse(null);
        if (action == null) {
            action = new Action();
            action.plan = requirePlan(planId);
        }
        if (errors.isEmpty()) {
            errors.addAll(resolve(action, input, action.id == null).errors());
        }
        return errors;
    }

    /** An input checked against the plan, with the records it names; nothing is changed yet. */
    private record Resolved(Person lead, Set<Finding> findings, Theme theme, Set<Partner> partners, Rag rag,
                            String reference, List<FieldError> errors) {
    }

    private void apply(Action action, ActionInput input, boolean creating) {
        Resolved resolved = resolve(action, input, creating);
        if (!resolved.errors().isEmpty()) {
            throw new InvalidInputException(resolved.errors());
        }
        Theme theme = resolved.theme();
        String reference = resolved.reference();
        action.theme = theme;
        action.reference = reference != null ? reference
                : action.reference != null ? action.reference : nextReference(action.plan, theme);
        action.title = input.title().strip();
        action.description = blankToNull(input.description());
        action.findings.clear();
        action.findings.addAll(resolved.findings());
        action.lead = resolved.lead();
        action.partners.clear();
        action.partners.addAll(resolved.partners());
        action.startDate = input.startDate();
        action.targetDate = input.targetDate();
        action.successCriteria = blankToNull(input.successCriteria());
        action.status = input.status() == null ? (creating ? ActionStatus.NOT_STARTED : action.status) : input.status();
        action.rag = resolved.rag();
        action.ragReason = blankToNull(input.ragReason());
    }

    private static Resolved resolve(Action action, ActionInput input, boolean creating) {
        List<FieldError> errors = new ArrayList<>();
        Person lead = Person.<Person>findByIdOptional(input.leadId()).orElse(null);
        if (lead == null) {
            errors.add(new FieldError("leadId", "There is no person with id " + input.leadId()));
        } else if (lead.hasLeft() && (action.lead == null || !lead.id.equals(action.lead.id))) {
            errors.add(new FieldError("leadId", lead.name + " has left and cannot lead an action"));
        }
        Set<Long> reviewIds = action.plan.reviews.stream().map(r -> r.id).collect(Collectors.toSet());
        Set<Finding> findings = new LinkedHashSet<>();
        if (input.findingIds() != null && !input.findingIds().isEmpty()) {
            List<Finding> found = Finding.byIds(input.findingIds());
            for (Long findingId : input.findingIds()) {
                Optional<Finding> finding = found.stream().filter(f -> f.id.equals(findingId)).findFirst();
                if (finding.isEmpty()) {
                    errors.add(new FieldError("findingIds", "There is no finding with id " + findingId));
                } else if (!reviewIds.contains(finding.get().theme.review.id)) {
                    errors.add(new FieldError("findingIds", "Finding " + findingId
                            + " belongs to a review this plan does not answer"));
                } else {
                    findings.add(finding.get());
                }
            }
        }
        Theme theme = null;
        if (input.themeId() != null) {
            theme = Theme.<Theme>findByIdOptional(input.themeId()).orElse(null);
            if (theme == null) {
                errors.add(new FieldError("themeId", "There is no theme with id " + input.themeId()));
            } else if (!reviewIds.contains(theme.review.id)) {
                errors.add(new FieldError("themeId", "This theme belongs to a review this plan does not answer"));
            }
        } else if (!findings.isEmpty()) {
            theme = findings.iterator().next().theme;
        }
        Set<Partner> partners = new LinkedHashSet<>();
        if (input.partnerIds() != null) {
            for (Long partnerId : input.partnerIds()) {
                Partner.<Partner>findByIdOptional(partnerId).ifPresentOrElse(partners::add,
                        () -> errors.add(new FieldError("partnerIds", "There is no partner with id " + partnerId)));
            }
        }
        if (input.startDate() != null && input.targetDate().isBefore(input.startDate())) {
            errors.add(new FieldError("targetDate", "The target date must be the same as or after the start date"));
        }
        Rag rag = input.rag() == null ? (creating ? Rag.NOT_YET_RATED : action.rag) : input.rag();
        Action.reasonMissing(rag, input.ragReason()).ifPresent(m -> errors.add(new FieldError("ragReason", m)));
        String reference = blankToNull(input.reference());
        if (reference != null && !reference.equals(action.reference)
                && Action.countWithReference(action.plan.id, reference) > 0) {
            errors.add(new FieldError("reference", "Another action of this plan already has the reference " + reference));
        }
        PersonalData.check("title", input.title(), errors);
        PersonalData.check("description", input.description(), errors);
        PersonalData.check("successCriteria", input.successCriteria(), errors);
        PersonalData.checkRecorded("ragReason", input.ragReason(), errors);
        return new Resolved(lead, findings, theme, partners, rag, reference, errors);
    }

    /** References follow the theme's number (3.2.1, 3.2.2…) and never reuse a number already taken. */
    static String nextReference(Plan plan, Theme theme) {
        String prefix = theme != null && theme.number != null ? theme.number + "." : "A";
        int next = 1;
        for (String taken : Action.referencesOf(plan.id)) {
            if (taken.startsWith(prefix)) {
                try {
                    next = Math.max(next, Integer.parseInt(taken.substring(prefix.length())) + 1);
                } catch (NumberFormatException ignored) {
                    // a hand-written reference in another form does not take a number
                }
            }
        }
        return prefix + next;
    }

    private void recordChanges(ActionJson before, Action after) {
        long id = after.id;
        audit.changed("Action", id, "reference", before.reference(), after.reference);
        audit.changed("Action", id, "title", before.title(), after.title);
        audit.changed("Action", id, "description", before.description(), after.description);
        audit.changed("Action", id, "theme", before.themeNumber(), after.theme == null ? null : after.theme.number);
        audit.changed("Action", id, "findings", before.findingIds(), after.findings.stream().map(f -> f.id).toList());
        audit.changed("Action", id, "lead", before.leadName(), after.lead.name);
        audit.changed("Action", id, "partners", before.partnerIds(), after.partners.stream().map(p -> p.id).toList());
        audit.changed("Action", id, "startDate", before.startDate(), after.startDate);
        audit.changed("Action", id, "targetDate", before.targetDate(), after.targetDate);
        audit.changed("Action", id, "successCriteria", before.successCriteria(), after.successCriteria);
        audit.changed("Action", id, "status", before.status(), after.status);
        audit.changed("Action", id, "rag", before.rag(), after.rag);
        audit.changed("Action", id, "ragReason", before.ragReason(), after.ragReason);
    }

    private ActionJson toJson(Action action) {
        return ActionJson.of(action, Action.previousRatings(List.of(action.id)).get(action.id), today());
    }

    private Plan requirePlan(long planId) {
        return Plan.<Plan>findByIdOptional(planId).orElseThrow(() -> new NotFoundException("plan", planId));
    }

    private Action requireAction(long actionId) {
        return Action.withDetails(actionId).orElseThrow(() -> new NotFoundException("action", actionId));
    }

    private LocalDate today() {
        return LocalDate.now(clock);
    }

    private static boolean isBlank(String value) {
        return value == null || value.isBlank();
    }

    private static String blankToNull(String value) {
        return isBlank(value) ? null : value.strip();
    }
}
