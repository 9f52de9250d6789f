package io.followthrough.plan.overview;

import io.followthrough.people.CurrentPerson;
import io.followthrough.people.Partner;
import io.followthrough.people.Person;
import io.followthrough.plan.Plan;
import io.followthrough.plan.action.Action;
import io.followthrough.plan.action.ActionJson;
import io.followthrough.plan.action.ActionStatus;
import io.followthrough.plan.action.Exceptions;
import io.followthrough.plan.action.Rag;
import io.followthrough.platform.NotFoundException;
import io.followthrough.platform.security.CurrentUser;
import io.followthrough.review.Theme;
import io.followthrough.term.Term;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** The views that hold a plan to account: exceptions, theme roll-up, partners, and each officer's own actions. */
@ApplicationScoped
public class OverviewService {

    private final Clock clock;
    private final CurrentUser user;
    private final CurrentPerson currentPerson;

    public OverviewService(Clock clock, CurrentUser user, CurrentPerson currentPerson) {
        this.clock = clock;
        this.user = user;
        this.currentPerson = currentPerson;
    }

    /** Red, overdue and worsening actions with their latest reason: what a board reads first. */
    @Transactional
    public List<ExceptionJson> exceptions(long planId) {
        requirePlan(planId);
        List<ExceptionJson> exceptions = new ArrayList<>();
        LocalDate today = LocalDate.now(clock);
        for (ActionJson action : Action.rowsOfPlan(planId).stream().map(row -> ActionJson.summary(row, today)).toList()) {
            List<String> reasons = Exceptions.reasons(action.status(), action.rag(), action.overdue(),
                    action.direction(), "Worse than before");
            if (!reasons.isEmpty()) {
                exceptions.add(new ExceptionJson(action, reasons));
            }
        }
        exceptions.sort(Comparator.comparing((ExceptionJson e) -> -e.action().rag().severity())
                .thenComparing(e -> e.action().targetDate()));
        return exceptions;
    }

    @Transactional
    public List<ThemeSummaryJson> themes(long planId) {
        Plan plan = requirePlan(planId);
        Map<Long, ThemeCounts> counts = new LinkedHashMap<>();
        plan.reviews.forEach(review -> Theme.ofReview(review.id)
                .forEach(theme -> counts.put(theme.id, new ThemeCounts(theme.id, theme.heading()))));
        ThemeCounts unthemed = new ThemeCounts(null, "No theme");
        for (Action action : Action.ofPlan(planId)) {
            ThemeCounts theme = action.theme == null ? unthemed
                    : counts.computeIfAbsent(action.theme.id, id -> new ThemeCounts(id, action.theme.heading()));
            theme.add(action);
        }
        List<ThemeSummaryJson> summary = new ArrayList<>(counts.values().stream().map(ThemeCounts::toJson).toList());
        if (unthemed.actions > 0) {
            summary.add(unthemed.toJson());
        }
        return summary;
    }

    @Transactional
    public List<PartnerSummaryJson> partners(long planId) {
        requirePlan(planId);
        List<Action> found = Action.ofPlanWithPartners(planId);
        List<ActionJson> actions = actionsOf(found);
        Map<Long, Action> byId = new LinkedHashMap<>();
        found.forEach(a -> byId.put(a.id, a));
        List<PartnerSummaryJson> summary = new ArrayList<>();
        for (Partner partner : Partner.allByName()) {
            List<ActionJson> leads = new ArrayList<>();
            List<ActionJson> supports = new ArrayList<>();
            for (ActionJson json : actions) {
                Action action = byId.get(json.id());
                if (action.lead.partner != null && action.lead.partner.id.equals(partner.id)) {
                    leads.add(json);
                } else if (action.partners.stream().anyMatch(p -> p.id.equals(partner.id))) {
                    supports.add(json);
                }
            }
            if (!leads.isEmpty() || !supports.isEmpty()) {
                Map<Rag, Long> rag = emptyRagCounts();
                leads.forEach(a -> count(rag, a));
                supports.forEach(a -> count(rag, a));
                summary.add(new PartnerSummaryJson(partner.id, partner.name, leads, supports, rag));
            }
        }
        return summary;
    }

    /** The signed-in person's actions, across plans: those they lead and those their partner supports. */
    @Transactional
    public Optional<MyActionsJson> mine() {
        Optional<Person> person = currentPerson.get();
        if (person.isEmpty()) {
            return Optional.empty();
        }
        Person me = person.get();
        LocalDate today = LocalDate.now(clock);
        Optional<Term> term = Term.containing(today);
        List<ActionJson> overdue = new ArrayList<>();
        List<ActionJson> thisTerm = new ArrayList<>();
        List<ActionJson> later = new ArrayList<>();
        for (ActionJson action : actionsOf(Action.ledOrSupportedBy(me))) {
            if (action.status() == ActionStatus.COMPLETE) {
                later.add(action);
            } else if (action.overdue()) {
                overdue.add(action);
            } else if (term.isPresent() && !action.targetDate().isAfter(term.get().endDate)) {
                thisTerm.add(action);
            } else {
                later.add(action);
            }
        }
        return Optional.of(new MyActionsJson(me.name, term.map(Term::name).orElse(null), overdue, thisTerm, later));
    }

    private List<ActionJson> actionsOf(List<Action> actions) {
        LocalDate today = LocalDate.now(clock);
        Map<Long, Rag> previous = Action.previousRatings(actions.stream().map(a -> a.id).toList());
        return actions.stream().map(a -> ActionJson.summary(a, previous.get(a.id), today)).toList();
    }

    private static Plan requirePlan(long planId) {
        return Plan.<Plan>findByIdOptional(planId).orElseThrow(() -> new NotFoundException("plan", planId));
    }

    static Map<Rag, Long> emptyRagCounts() {
        Map<Rag, Long> counts = new EnumMap<>(Rag.class);
        for (Rag rag : Rag.values()) {
            counts.put(rag, 0L);
        }
        return counts;
    }

    private static void count(Map<Rag, Long> rag, ActionJson action) {
        if (action.status() != ActionStatus.COMPLETE) {
            rag.merge(action.rag(), 1L, Long::sum);
        }
    }

    private static final class ThemeCounts {
        private final Long id;
        private final String heading;
        private final Map<Rag, Long> rag = emptyRagCounts();
        private final Map<ActionStatus, Long> status = new EnumMap<>(ActionStatus.class);
        private long actions;

        ThemeCounts(Long id, String heading) {
            this.id = id;
            this.heading = heading;
            for (ActionStatus s : ActionStatus.values()) {
                status.put(s, 0L);
            }
        }

        void add(Action action) {
            actions++;
            status.merge(action.status, 1L, Long::sum);
            if (action.status != ActionStatus.COMPLETE) {
                rag.merge(action.rag, 1L, Long::sum);
            }
        }

        ThemeSummaryJson toJson() {
            return new ThemeSummaryJson(id, heading, actions, rag, status);
        }
    }
}
