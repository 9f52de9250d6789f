package io.followthrough.termlyreview;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.followthrough.people.CurrentPerson;
import io.followthrough.people.Person;
import io.followthrough.plan.Plan;
import io.followthrough.plan.action.Action;
import io.followthrough.plan.action.ActionStatus;
import io.followthrough.plan.action.Direction;
import io.followthrough.plan.action.Exceptions;
import io.followthrough.plan.action.Movement;
import io.followthrough.plan.action.ProgressUpdate;
import io.followthrough.plan.action.Rag;
import io.followthrough.platform.Actor;
import io.followthrough.platform.AuditTrail;
import io.followthrough.platform.ConflictException;
import io.followthrough.platform.FieldError;
import io.followthrough.platform.InvalidInputException;
import io.followthrough.platform.NotFoundException;
import io.followthrough.platform.PersonalData;
import io.followthrough.plan.coverage.PlanCoverage;
import io.followthrough.platform.security.CurrentUser;
import io.followthrough.platform.web.Formats;
import io.followthrough.term.Term;
import io.quarkus.security.ForbiddenException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The Senior Leadership Team's termly review of a plan (DOMAIN.md, "Termly review"): scheduled by the plan lead,
 * recorded by members in the meeting, signed off by the chair, frozen from then on and changed only by an amendment.
 */
@ApplicationScoped
public class TermlyReviewService {

    private static final ZoneId UK = ZoneId.of("Europe/London");

    private final CurrentUser user;
    private final CurrentPerson currentPerson;
    private final AuditTrail audit;
    private final Actor actor;
    private final Clock clock;
    private final ObjectMapper json;

    public TermlyReviewService(CurrentUser user, CurrentPerson currentPerson, AuditTrail audit, Actor actor, Clock clock,
                               ObjectMapper json) {
        this.user = user;
        this.currentPerson = currentPerson;
        this.audit = audit;
        this.actor = actor;
        this.clock = clock;
        this.json = json;
    }

    @Transactional
    public TermlyReviewJson schedule(long planId, @Valid @NotNull ScheduleInput input) {
        Plan plan = Plan.<Plan>findByIdOptional(planId).orElseThrow(() -> new NotFoundException("plan", planId));
        List<FieldError> errors = new ArrayList<>();
        Term term = Term.<Term>findByIdOptional(input.termId()).orElse(null);
        if (term == null) {
            errors.add(new FieldError("termId", "There is no term with id " + input.termId()));
        }
        Person chair = Person.<Person>findByIdOptional(input.chairId()).orElse(null);
        if (chair == null) {
            errors.add(new FieldError("chairId", "There is no person with id " + input.chairId()));
        }
        List<Person> members = new ArrayList<>();
        for (Long memberId : input.memberIds() == null ? List.<Long>of() : input.memberIds()) {
            Person.<Person>findByIdOptional(memberId).ifPresentOrElse(members::add,
                    () -> errors.add(new FieldError("memberIds", "There is no person with id " + memberId)));
        }
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
        TermlyReview review = new TermlyReview();
        review.plan = plan;
        review.term = term;
        review.meetingDate = input.meetingDate();
        review.body = input.body().strip();
        review.chair = chair;
        review.chairName = chair.name;
        review.members.addAll(members);
        review.persist();
        audit.created("TermlyReview", review.id, review.body + " review of " + plan.title + ", " + term.name());
        return toJson(review, List.of());
    }

    @Transactional
    public Optional<TermlyReviewJson> find(long id) {
        return TermlyReview.withDetails(id).map(r -> {
            checkReadable(r);
            return toJson(r, TermlyReviewEntry.ofReview(id));
        });
    }

    /** Councillors read what the SLT has signed off, not a review still in progress. */
    private void checkReadable(TermlyReview review) {
        if (!review.isFrozen() && user.isCouncillorOnly()) {
            throw new ForbiddenException("Councillors see a termly review once it is signed off.");
        }
    }

    @Transactional
    public List<TermlyReviewJson> ofPlan(long planId) {
        return TermlyReview.ofPlan(planId).stream().map(r -> toJson(r, List.of())).toList();
    }

    @Transactional
    public TermlyReviewJson.EntryJson record(long reviewId, long actionId, @Valid @NotNull EntryInput input) {
        TermlyReview review = require(reviewId);
        if (review.isFrozen()) {
            throw new ConflictException("This review is signed off and cannot change. The plan lead can amend it.");
        }
        Person me = currentPerson.get().orElse(null);
        boolean member = me != null && (review.chair.id.equals(me.id) || review.members.stream().anyMatch(m -> m.id.equals(me.id)));
        if (!member) {
            throw new ForbiddenException("Only the chair and members of this review record what the meeting agrees.");
        }
        Action action = Action.<Action>findByIdOptional(actionId)
                .filter(a -> a.plan.id.equals(review.plan.id))
                .orElseThrow(() -> new NotFoundException("action of this plan", actionId));
        List<FieldError> errors = new ArrayList<>();
        PersonalData.check("comment", input.comment(), errors);
        PersonalData.check("decision", input.decision(), errors);
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
        TermlyReviewEntry entry = TermlyReviewEntry.of(reviewId, actionId).orElseGet(() -> {
            TermlyReviewEntry created = new TermlyReviewEntry();
            created.review = review;
            created.action = action;
            return created;
        });
        refuseLostEntry(entry, input, me);
        entry.agreedRag = input.agreedRag();
        entry.comment = blankToNull(input.comment());
        entry.decision = blankToNull(input.decision());
        entry.decisionOwner = blankToNull(input.decisionOwner());
        entry.recordedBy = me.name;
        entry.persistAndFlush();
        return entryJson(entry);
    }

    /**
     * Two members recording the same action must never silently replace each other's words: a write carrying the
     * version read must match it, and a write made without one (nothing was recorded when the member opened the
     * action) may only create the entry or change the member's own.
     */
    private static void refuseLostEntry(TermlyReviewEntry entry, EntryInput input, Person me) {
        if (entry.id == null) {
            return;
        }
        boolean stale = input.version() != null
                ? input.version() != entry.version
                : !me.name.equals(entry.recordedBy);
        if (stale) {
            throw new ConflictException("Someone else recorded this action since you opened it. Nothing of yours was "
                    + "saved. " + (entry.recordedBy == null ? "They" : entry.recordedBy) + " recorded: "
                    + describe(entry.agreedRag, entry.comment, entry.decision) + ". You entered: "
                    + describe(input.agreedRag(), input.comment(), input.decision())
                    + ". Reload to see what they recorded, then add yours.");
        }
    }

    private static String describe(Rag rag, String comment, String decision) {
        StringBuilder text = new StringBuilder(rag == null ? "no RAG" : rag.label());
        if (comment != null && !comment.isBlank()) {
            text.append(", comment \u201c").append(comment.strip()).append("\u201d");
        }
        if (decision != null && !decision.isBlank()) {
            text.append(", decision \u201c").append(decision.strip()).append("\u201d");
        }
        return text.toString();
    }

    /**
     * The chair signs off: every action's state is frozen into its entry. An amendment keeps the snapshots of the
     * version it amends, and only on its sign-off does it become the version of record.
     */
    @Transactional
    public TermlyReviewJson signOff(long reviewId) {
        TermlyReview review = require(reviewId);
        if (review.isFrozen()) {
            throw new ConflictException("This review is already signed off.");
        }
        Person me = currentPerson.get().orElse(null);
        if (me == null || !me.id.equals(review.chair.id)) {
            throw new ForbiddenException("Only the chair, " + review.chairName + ", signs the review off.");
        }
        if (!review.canBeSignedOffOn(LocalDate.now(clock))) {
            throw new InvalidInputException("meetingDate", tooEarly(review.meetingDate));
        }
        List<TermlyReviewEntry> recorded = TermlyReviewEntry.ofReview(reviewId);
        if (review.amends != null) {
            List<String> missing = recorded.stream()
                    .filter(e -> snapshotOf(e).map(ActionSnapshot::status).orElse(null) != ActionStatus.COMPLETE)
                    .filter(e -> e.agreedRag == null)
                    .map(e -> snapshotOf(e).map(ActionSnapshot::reference).orElse(e.action.reference)).sorted().toList();
            refuseMissing(missing);
        } else {
            snapshotActions(review, recorded);
        }
        TermlyReviewEntry.getEntityManager().flush();
        review.planTitle = review.amends != null ? review.amends.planTitle : review.plan.title;
        review.memberNames = review.amends != null ? review.amends.memberNames : String.join("\n",
                review.members.stream().map(m -> m.name).sorted().toList());
        review.state = TermlyReviewState.SIGNED_OFF;
        review.signedOffAt = clock.instant();
        review.signedOffBy = me.name;
        if (review.amends != null) {
            review.amends.state = TermlyReviewState.SUPERSEDED;
            audit.changed("TermlyReview", review.amends.id, "state", TermlyReviewState.SIGNED_OFF,
                    TermlyReviewState.SUPERSEDED);
        }
        audit.changed("TermlyReview", reviewId, "state", TermlyReviewState.SCHEDULED, TermlyReviewState.SIGNED_OFF);
        TermlyReviewEntry.getEntityManager().flush();
        Action.recordAgreedRatings(review.plan.id, TermlyReviewEntry.latestAgreedRags(review.plan.id));
        return toJson(review, TermlyReviewEntry.ofReview(reviewId));
    }

    /** A review records what a meeting agreed, so it is signed off on the day of the meeting or later, never before. */
    static String tooEarly(LocalDate meetingDate) {
        return "This review can be signed off from " + Formats.date(meetingDate)
                + ", the day of its meeting, not before.";
    }

    /**
     * What signing off would freeze, and anything that stops it now: the meeting not held yet, someone other than the
     * chair, or actions not complete whose RAG the meeting has not agreed.
     */
    @Transactional
    public SignOffView signOffView(long reviewId) {
        TermlyReview review = require(reviewId);
        Pack pack = pack(reviewId);
        Person me = currentPerson.get().orElse(null);
        boolean chair = me != null && me.id.equals(review.chair.id);
        List<Pack.Row> missing = pack.rows().stream()
                .filter(r -> r.status() != ActionStatus.COMPLETE && r.agreedRag() == null).toList();
        return new SignOffView(pack, chair, review.canBeSignedOffOn(LocalDate.now(clock)) ? null : tooEarly(review.meetingDate),
                missing);
    }

    private void snapshotActions(TermlyReview review, List<TermlyReviewEntry> recorded) {
        Map<Long, TermlyReviewEntry> entries = new HashMap<>();
        recorded.forEach(e -> entries.put(e.action.id, e));
        List<Action> actions = Action.ofPlanWithPartners(review.plan.id);
        refuseMissing(actions.stream()
                .filter(a -> a.status != ActionStatus.COMPLETE)
                .filter(a -> entries.get(a.id) == null || entries.get(a.id).agreedRag == null)
                .map(a -> a.reference).toList());
        Map<Long, ActionSnapshot> snapshots = new HashMap<>();
        liveSnapshots(review.plan.id).forEach(s -> snapshots.put(s.actionId(), s));
        for (Action action : actions) {
            TermlyReviewEntry entry = entries.computeIfAbsent(action.id, id -> {
                TermlyReviewEntry created = new TermlyReviewEntry();
                created.review = review;
                created.action = action;
                return created;
            });
            entry.snapshotJson = write(snapshots.get(action.id));
            if (entry.id == null) {
                entry.persist();
            }
        }
    }

    private static void refuseMissing(List<String> references) {
        if (!references.isEmpty()) {
            throw new InvalidInputException("agreedRag", "Agree a RAG for every action not complete before signing off: "
                    + String.join(", ", references));
        }
    }

    /**
     * A mistake in a signed-off review is fixed by a new version that starts from what was signed off: the same
     * snapshots, the same agreed RAGs and comments. The old version stays the version of record, in the trend and the
     * direction of travel, until the amendment is signed off; it is kept exactly as it was.
     */
    @Transactional
    public TermlyReviewJson amend(long reviewId, @Valid @NotNull AmendmentInput input) {
        TermlyReview old = require(reviewId);
        if (old.state != TermlyReviewState.SIGNED_OFF) {
            throw new ConflictException("Only the current signed-off version of a review can be amended.");
        }
        TermlyReview.draftAmendmentOf(reviewId).ifPresent(draft -> {
            throw new ConflictException("Version " + draft.versionNumber + " of this review is already being prepared; "
                    + "sign it off before amending again.");
        });
        TermlyReview amended = new TermlyReview();
        amended.plan = old.plan;
        amended.term = old.term;
        amended.meetingDate = old.meetingDate;
        amended.body = old.body;
        amended.chair = old.chair;
        amended.chairName = old.chairName;
        amended.members.addAll(old.members);
        amended.planTitle = old.planTitle;
        amended.memberNames = old.memberNames;
        amended.versionNumber = old.versionNumber + 1;
        amended.amends = old;
        amended.amendmentReason = input.reason().strip();
        amended.persist();
        for (TermlyReviewEntry entry : TermlyReviewEntry.ofReview(reviewId)) {
            TermlyReviewEntry copy = new TermlyReviewEntry();
            copy.review = amended;
            copy.action = entry.action;
            copy.agreedRag = entry.agreedRag;
            copy.comment = entry.comment;
            copy.decision = entry.decision;
            copy.decisionOwner = entry.decisionOwner;
            copy.recordedBy = entry.recordedBy;
            copy.snapshotJson = entry.snapshotJson;
            copy.persist();
        }
        audit.created("TermlyReview", amended.id, "amends version " + old.versionNumber + ": " + amended.amendmentReason);
        return toJson(amended, TermlyReviewEntry.ofReview(amended.id));
    }

    /** Read without a transaction, as rows where the live plan is concerned: nothing loaded is dirty-checked. */
    public Pack pack(long reviewId) {
        TermlyReview review = require(reviewId);
        checkReadable(review);
        List<TermlyReviewEntry> entries = TermlyReviewEntry.ofReview(reviewId);
        TermlyReviewJson json = toJson(review, entries);
        Map<Long, TermlyReviewJson.EntryJson> entryByAction = new HashMap<>();
        json.entries().forEach(e -> entryByAction.put(e.actionId(), e));
        Optional<TermlyReview> last = TermlyReview.lastSignedOffBefore(review.plan.id, review.meetingDate);
        List<TermlyReviewEntry.Agreed> lastEntries = last.map(l -> TermlyReviewEntry.agreedIn(l.id)).orElse(List.of());
        Map<Long, Rag> lastAgreed = new HashMap<>();
        lastEntries.forEach(e -> {
            if (e.agreedRag() != null) {
                lastAgreed.put(e.actionId(), e.agreedRag());
            }
        });
        boolean fromSnapshots = review.isFrozen() || review.amends != null;
        List<ActionSnapshot> snapshots = fromSnapshots
                ? json.entries().stream().map(TermlyReviewJson.EntryJson::snapshot).filter(java.util.Objects::nonNull).toList()
                : liveSnapshots(review.plan.id);
        List<Pack.Row> rows = new ArrayList<>();
        for (ActionSnapshot s : snapshots) {
            Rag before = lastAgreed.get(s.actionId());
            Direction direction = Direction.between(before, s.proposedRag());
            List<String> reasons = new ArrayList<>(Exceptions.reasons(s.status(), s.proposedRag(), s.overdue(),
                    direction, "Worse than last term"));
            if (s.reprogrammed()) {
                reasons.add("Reprogrammed");
            }
            rows.add(new Pack.Row(s.actionId(), s.reference(), s.title(), s.leadName(), s.targetDate(), s.status(),
                    s.proposedRag(), s.ragReason(), s.latestUpdate(), s.latestUpdateOn(), before, direction,
                    s.overdue(), s.reprogrammed(), reasons, entryByAction.get(s.actionId())));
        }
        rows.sort(java.util.Comparator.comparing(Pack.Row::reference));
        List<String> uncovered = fromSnapshots ? List.of() : PlanCoverage.uncoveredTexts(review.plan.id);
        boolean signedOff = review.isFrozen();
        List<Pack.Group> groups = new ArrayList<>();
        if (signedOff) {
            for (RagCounts.Column column : RagCounts.Column.values()) {
                List<Pack.Row> under = rows.stream().filter(r -> r.agreedColumn() == column).toList();
                if (!under.isEmpty()) {
                    groups.add(new Pack.Group(column, under));
                }
            }
        } else if (!rows.isEmpty()) {
            groups.add(new Pack.Group(null, rows));
        }
        RagCounts now = RagCounts.of(rows.stream().map(r -> RagCounts.Column.of(r.status(), r.proposedRag())).toList());
        RagCounts agreed = signedOff ? RagCounts.of(rows.stream().map(Pack.Row::agreedColumn).toList()) : null;
        RagCounts lastCounts = last.map(l -> RagCounts.of(lastEntries.stream()
                .map(e -> RagCounts.Column.of(snapshot(e.snapshotJson()).map(ActionSnapshot::status).orElse(null),
                        e.agreedRag()))
                .toList())).orElse(null);
        return new Pack(json, dates(json, LocalDate.now(clock)), now, agreed, lastCounts,
                last.map(l -> l.term.name()).orElse(null),
                rows.stream().filter(r -> !r.reasons().isEmpty()).toList(), uncovered, rows, groups);
    }

    /** "Meeting held on 12 March 2026; signed off on 14 March 2026." */
    private static String dates(TermlyReviewJson review, LocalDate today) {
        String meeting = Formats.date(review.meetingDate());
        if (review.signedOffAt() != null) {
            return "Meeting held on " + meeting + "; signed off on "
                    + Formats.date(review.signedOffAt().atZone(UK).toLocalDate()) + ".";
        }
        return today.isBefore(review.meetingDate()) ? "Meeting to be held on " + meeting + "; not signed off yet."
                : "Meeting held on " + meeting + "; not signed off yet.";
    }

    /** The progress summary of a signed-off review: counts, movement, exceptions with comments, decisions. */
    @Transactional
    public Summary summary(long reviewId) {
        Pack pack = pack(reviewId);
        if (pack.review().state() == TermlyReviewState.SCHEDULED) {
            throw new ConflictException("The summary is made from a signed-off review; this one is not signed off yet.");
        }
        Movement movement = Movement.of(pack.rows().stream()
                .map(row -> Direction.between(row.lastAgreedRag(), row.agreedRag())).toList());
        List<Pack.Row> decisions = pack.rows().stream()
                .filter(r -> r.entry() != null && r.entry().decision() != null).toList();
        return new Summary(pack.review(), pack.dates(), pack.agreed(), pack.lastReviewTerm(), movement.improved(), movement.same(),
                movement.worse(), movement.notCompared(),
                pack.exceptions(), decisions);
    }

    /** RAG counts per signed-off term of a plan, and each action's agreed RAG in each term. */
    @Transactional
    public TermTrend trend(long planId) {
        Plan.<Plan>findByIdOptional(planId).orElseThrow(() -> new NotFoundException("plan", planId));
        List<TermTrend.TermCounts> terms = new ArrayList<>();
        Map<Long, TermTrend.ActionHistory> actions = new LinkedHashMap<>();
        List<TermlyReview> reviews = TermlyReview.signedOff(planId);
        for (int t = 0; t < reviews.size(); t++) {
            TermlyReview review = reviews.get(t);
            List<RagCounts.Column> columns = new ArrayList<>();
            for (TermlyReviewEntry entry : TermlyReviewEntry.ofReview(review.id)) {
                ActionSnapshot snapshot = snapshotOf(entry).orElse(null);
                RagCounts.Column column = RagCounts.Column.of(snapshot == null ? null : snapshot.status(), entry.agreedRag);
                columns.add(column);
                TermTrend.ActionHistory history = actions.computeIfAbsent(entry.action.id, id ->
                        new TermTrend.ActionHistory(id, snapshot == null ? "" : snapshot.reference(),
                                snapshot == null ? "" : snapshot.title(), new ArrayList<>()));
                while (history.agreed().size() < t) {
                    history.agreed().add(null);
                }
                history.agreed().add(column);
            }
            terms.add(new TermTrend.TermCounts(review.id, review.term.name(), review.meetingDate, RagCounts.of(columns)));
        }
        actions.values().forEach(h -> {
            while (h.agreed().size() < reviews.size()) {
                h.agreed().add(null);
            }
        });
        List<TermTrend.ActionHistory> histories = new ArrayList<>(actions.values());
        histories.sort(java.util.Comparator.comparing(TermTrend.ActionHistory::reference));
        return new TermTrend(planId, terms, histories);
    }

    /**
     * Everything a pack or a summary shows of each live action of a plan, as it stands now, in reference order: read as
     * rows in three statements (the actions, their newest updates, their partners), no entity loaded.
     */
    private List<ActionSnapshot> liveSnapshots(long planId) {
        Map<Long, ProgressUpdate.Latest> latest = ProgressUpdate.latestOfPlan(planId);
        Map<Long, List<String>> partners = Action.partnerNamesOfPlan(planId);
        LocalDate today = LocalDate.now(clock);
        return Action.rowsOfPlan(planId).stream().map(a -> {
            ProgressUpdate.Latest u = latest.get(a.id());
            return new ActionSnapshot(a.id(), a.reference(), a.title(), a.leadName(), a.leadJobTitle(), a.targetDate(),
                    a.isReprogrammed(), a.isOverdueOn(today), a.status(), a.rag(), a.ragReason(),
                    u == null ? null : u.narrative(), u == null ? null : u.createdAt().atZone(UK).toLocalDate(),
                    a.description(), a.successCriteria(), partners.getOrDefault(a.id(), List.of()));
        }).toList();
    }

    private TermlyReviewJson toJson(TermlyReview r, List<TermlyReviewEntry> entries) {
        List<String> memberNames = r.memberNames != null
                ? (r.memberNames.isEmpty() ? List.of() : List.of(r.memberNames.split("\n")))
                : r.members.stream().map(m -> m.name).toList();
        return new TermlyReviewJson(r.id, r.plan.id, r.planTitle != null ? r.planTitle : r.plan.title, r.term.id,
                r.term.name(), r.meetingDate, r.body, r.chair.id, r.chairName, r.members.stream().map(m -> m.id).toList(),
                memberNames, r.state, r.versionNumber,
                r.amends == null ? null : r.amends.id, r.amendmentReason, r.signedOffAt, r.signedOffBy,
                entries.stream().map(this::entryJson).toList());
    }

    private TermlyReviewJson.EntryJson entryJson(TermlyReviewEntry e) {
        return new TermlyReviewJson.EntryJson(e.action.id, e.agreedRag, e.comment, e.decision, e.decisionOwner,
                e.recordedBy, e.version, snapshotOf(e).orElse(null));
    }

    private Optional<ActionSnapshot> snapshotOf(TermlyReviewEntry entry) {
        return snapshot(entry.snapshotJson);
    }

    /** A snapshot as it was written at sign-off; none for an entry recorded before it. */
    private Optional<ActionSnapshot> snapshot(String snapshotJson) {
        if (snapshotJson == null) {
            return Optional.empty();
        }
        try {
            return Optional.of(json.readValue(snapshotJson, ActionSnapshot.class));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("A review snapshot cannot be read", e);
        }
    }

    private String write(ActionSnapshot snapshot) {
        try {
            return json.writeValueAsString(snapshot);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("A review snapshot cannot be written", e);
        }
    }

    private static TermlyReview require(long id) {
        return TermlyReview.withDetails(id).orElseThrow(() -> new NotFoundException("termly review", id));
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }
}
