package io.followthrough.demo;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.followthrough.people.Partner;
import io.followthrough.people.Person;
import io.followthrough.plan.Plan;
import io.followthrough.plan.PlanKind;
import io.followthrough.plan.action.Action;
import io.followthrough.plan.action.ActionStatus;
import io.followthrough.plan.action.ProgressUpdate;
import io.followthrough.plan.action.Rag;
import io.followthrough.plan.coverage.AreaCoverage;
import io.followthrough.plan.coverage.CoverageService;
import io.followthrough.plan.coverage.NoActionInput;
import io.followthrough.plan.datechange.DateChangeInput;
import io.followthrough.plan.datechange.DateChangeService;
import io.followthrough.plan.datechange.DecisionInput;
import io.followthrough.platform.Clocks;
import io.followthrough.platform.security.DemoConfig;
import io.followthrough.platform.security.Roles;
import io.followthrough.report.FrontInput;
import io.followthrough.report.NewReportInput;
import io.followthrough.report.PublishInput;
import io.followthrough.report.ReportFront;
import io.followthrough.report.ReportJson;
import io.followthrough.report.ReportKind;
import io.followthrough.report.ReportPublishing;
import io.followthrough.report.ReportService;
import io.followthrough.report.SectionInput;
import io.followthrough.review.Finding;
import io.followthrough.review.FindingInput;
import io.followthrough.review.FindingKind;
import io.followthrough.review.Review;
import io.followthrough.review.ReviewService;
import io.followthrough.review.ReviewType;
import io.followthrough.review.Theme;
import io.followthrough.review.importing.ImportService;
import io.followthrough.term.AcademicYear;
import io.followthrough.term.Term;
import io.followthrough.term.TermService;
import io.followthrough.termlyreview.EntryInput;
import io.followthrough.termlyreview.ScheduleInput;
import io.followthrough.termlyreview.TermlyReviewJson;
import io.followthrough.termlyreview.TermlyReviewService;
import io.quarkus.arc.Arc;
import io.quarkus.arc.ManagedContext;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.runtime.StartupEvent;
import io.quarkus.security.identity.CurrentIdentityAssociation;
import io.quarkus.security.runtime.QuarkusPrincipal;
import io.quarkus.security.runtime.QuarkusSecurityIdentity;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import org.jboss.logging.Logger;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.temporal.ChronoUnit;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.UnaryOperator;

/**
 * The demo: the Nottinghamshire peer challenge of June 2017, read by the review importer, and a plan answering it, the
 * Middlesbrough peer review, six people, six partners and the terms of last, this and next academic year. The plan
 * tells one story: its updates, a target date moved with approval and one waiting for a decision, every area of the
 * review answered (by an action, or marked "no action" with a reason), the plan endorsed by the Executive through a
 * published report, and the SLT's review of last term signed off. What people do in the story is done through the
 * services, as the person who would do it, so it keeps the rules the app enforces. Loaded only into an empty
 * database, only when {@code followthrough.demo.data} is on (dev and demo profiles).
 */
@ApplicationScoped
public class DemoData {

    private static final Logger LOG = Logger.getLogger(DemoData.class);
    private static final List<String> PARTNERS = List.of("Social Care", "Schools", "Health", "Early Years", "Post-16",
            "Educational Psychology");

    private final DemoConfig config;
    private final ObjectMapper json;
    private final TermService terms;
    private final ImportService imports;
    private final Clock clock;
    private final Story story;

    public DemoData(DemoConfig config, ObjectMapper json, TermService terms, ImportService imports, Clock clock,
                    Story story) {
        this.config = config;
        this.json = json;
        this.terms = terms;
        this.imports = imports;
        this.clock = clock;
        this.story = story;
    }

    /** The services the people of the story act through (a singleton: its fields are read directly, not through a proxy). */
    @jakarta.inject.Singleton
    public static class Story {
        final CoverageService coverage;
        final DateChangeService dateChanges;
        final TermlyReviewService termlyReviews;
        final ReportService reports;
        final ReportPublishing publishing;
        final CurrentIdentityAssociation identities;
        final ReviewService reviews;

        public Story(CoverageService coverage, DateChangeService dateChanges, TermlyReviewService termlyReviews,
                     ReportService reports, ReportPublishing publishing, CurrentIdentityAssociation identities,
                     ReviewService reviews) {
            this.reviews = reviews;
            this.coverage = coverage;
            this.dateChanges = dateChanges;
            this.termlyReviews = termlyReviews;
            this.reports = reports;
            this.publishing = publishing;
            this.identities = identities;
        }

        /** Does what a signed-in person would do: in a request of its own, as that person with their role. */
        <T> T as(String signInName, String role, java.util.function.Supplier<T> work) {
            ManagedContext request = Arc.container().requestContext();
            request.activate();
            try {
                identities.setIdentity(QuarkusSecurityIdentity.builder()
                        .setPrincipal(new QuarkusPrincipal(signInName)).addRole(role).build());
                return work.get();
            } finally {
                request.terminate();
            }
        }
    }

    void onStart(@Observes StartupEvent event) {
        if (config.data()) {
            load();
        }
    }

    /** One transaction, with room for rendering the published report's PDF and Word files on a slow machine. */
    public void load() {
        QuarkusTransaction.requiringNew().timeout(600).run(this::loadIntoEmptyDatabase);
    }

    private void loadIntoEmptyDatabase() {
        if (Review.count() > 0) {
            LOG.info("Demo data not loaded: the database already has reviews");
            return;
        }
        Map<String, Partner> partners = new HashMap<>();
        for (String name : PARTNERS) {
            Partner partner = new Partner();
            partner.name = name;
            partner.persist();
            partners.put(name, partner);
        }
        Map<String, Person> people = new HashMap<>();
        person(people, "Dr Ruth Ainsley", "Virtual School Head", "Virtual School", "head@virtualschool.example.gov.uk", null, "lead");
        person(people, "Priya Shah", "Virtual School Officer", "Virtual School", "officer@virtualschool.example.gov.uk", partners.get("Schools"), "officer");
        person(people, "Gareth Lloyd", "Designated Nurse for Looked After Children", "Health", "health@virtualschool.example.gov.uk", partners.get("Health"), null);
        person(people, "Helen Marsh", "Head Teacher, Virtual School SLT member", "Schools", "slt@virtualschool.example.gov.uk", partners.get("Schools"), "slt");
        person(people, "Marcus Reid", "Service Manager, Children in Care, Virtual School SLT member", "Social Care", "slt2@virtualschool.example.gov.uk", null, "slt2");
        person(people, "Cllr Sam Okafor", "Executive Member for Children's Services", "Elected members", "councillor@virtualschool.example.gov.uk", null, "councillor");

        Review nottinghamshire = imported("demo/nottinghamshire-peer-challenge.md");
        review(read("demo/middlesbrough-review.json", ReviewFile.class));
        PlanFile file = read("demo/nottinghamshire-plan.json", PlanFile.class);
        AcademicYear thisYear = AcademicYear.containing(LocalDate.now(clock));
        for (int year = thisYear.startYear() - 1; year <= thisYear.startYear() + 1; year++) {
            terms.ofYear(new AcademicYear(year));
        }
        Plan plan = plan(file, nottinghamshire, people, partners);
        Action.getEntityManager().flush();
        dateChanges(file, plan);
        endorse(file, plan);
        reviewLastTerm(plan);
        LOG.info("Demo data loaded");
    }

    /** The plan lead's decisions on target dates: one approved (the action is reprogrammed), one still waiting. */
    private void dateChanges(PlanFile file, Plan plan) {
        for (ActionFile a : file.actions()) {
            if (a.dateChange() == null) {
                continue;
            }
            Action action = actionTitled(plan, a.title());
            DateChangeFile change = a.dateChange();
            long id = story.as(action.lead.signInName, Roles.OFFICER, () -> story.dateChanges.request(action.id,
                    new DateChangeInput(shift.apply(change.requestedDate()), change.reason()))).id();
            if (change.approved()) {
                story.as("lead", Roles.LEAD, () -> story.dateChanges.decide(id, new DecisionInput(true,
                        change.decisionComment())));
            }
        }
    }

    /**
     * Every area for consideration the plan has no action for is marked "no action" with the plan's reason, so the
     * plan is ready for endorsement; the Executive's report is then written and published.
     */
    private void endorse(PlanFile file, Plan plan) {
        EndorsementFile endorsement = file.endorsement();
        story.as("lead", Roles.LEAD, () -> {
            for (AreaCoverage area : story.coverage.coverage(plan.id).uncoveredAreas()) {
                String flat = area.text().replaceAll("\\s+", " ");
                NoActionFile reason = file.noAction().stream().filter(n -> flat.startsWith(n.area())).findFirst()
                        .orElseThrow(() -> new IllegalStateException("The demo plan gives no reason for having no "
                                + "action on the area '" + flat.substring(0, Math.min(60, flat.length())) + "'"));
                story.coverage.markNoAction(plan.id, area.findingId(), new NoActionInput(reason.reason()));
            }
            story.coverage.markReady(plan.id);
            ReportJson report = story.reports.create(plan.id, new NewReportInput(ReportKind.ENDORSEMENT,
                    endorsement.body(), shift.apply(endorsement.meetingDate())));
            for (Map.Entry<String, String> section : endorsement.sections().entrySet()) {
                story.reports.updateSection(report.id(), section.getKey(), new SectionInput(section.getValue()));
            }
            ReportFront front = report.front();
            story.reports.updateFront(report.id(), new FrontInput(front.executiveMembers(), front.director(),
                    front.proposedDecision(), front.reportFor(), front.keyDecision(), front.confidential(),
                    front.urgent(), front.strategicPlanPeriod(), endorsement.people(), endorsement.place(),
                    endorsement.business(), front.wards(), front.backgroundPapers(), front.contactName(),
                    front.contactEmail()));
            return story.publishing.publish(report.id(), new PublishInput(List.of(), null));
        });
    }

    /**
     * The SLT's review of the plan last term, signed off by its chair: for each action, the RAG the meeting agreed is
     * the one the action's latest update before the meeting gave.
     */
    private void reviewLastTerm(Plan plan) {
        LocalDate today = LocalDate.now(clock);
        Term last = Term.inOrder().stream().filter(t -> t.endDate.isBefore(today))
                .max(Comparator.comparing((Term t) -> t.endDate))
                .orElseThrow(() -> new IllegalStateException("The demo has no term before today"));
        LocalDate meeting = last.endDate.minusWeeks(2).isAfter(last.startDate) ? last.endDate.minusWeeks(2)
                : last.endDate;
        Person chair = Person.bySignInName("slt").orElseThrow();
        Person member = Person.bySignInName("slt2").orElseThrow();
        TermlyReviewJson review = story.as("lead", Roles.LEAD, () -> story.termlyReviews.schedule(plan.id,
                new ScheduleInput(last.id, meeting, "Virtual School SLT", chair.id, List.of(chair.id, member.id))));
        story.as("slt", Roles.SLT, () -> {
            for (Action action : Action.<Action>list("plan.id", plan.id)) {
                if (action.status == ActionStatus.COMPLETE) {
                    continue;
                }
                Rag agreed = ProgressUpdate.ofActionNewestFirst(action.id).stream()
                        .filter(u -> !LocalDate.ofInstant(u.createdAt, Clocks.UK).isAfter(meeting))
                        .findFirst().map(u -> u.rag).orElse(Rag.NOT_YET_RATED);
                story.termlyReviews.record(review.id(), action.id, new EntryInput(agreed, comment(agreed), null, null,
                        null));
            }
            return story.termlyReviews.signOff(review.id());
        });
    }

    private static String comment(Rag agreed) {
        return switch (agreed) {
            case RED -> "Red agreed. The chair will raise the delay with the Service Manager before the next meeting.";
            case AMBER -> "Amber agreed: the mitigation is in hand. To be checked again next term.";
            case GREEN -> "On track, as reported.";
            default -> "Not yet rated: no progress recorded before the meeting.";
        };
    }

    private static Action actionTitled(Plan plan, String title) {
        return Action.<Action>list("plan.id", plan.id).stream().filter(a -> a.title.equals(title)).findFirst()
                .orElseThrow(() -> new IllegalStateException("The demo plan has no action '" + title + "'"));
    }

    /**
     * The Nottinghamshire letter goes through the importer as a plan lead's upload would, and is confirmed as read.
     * The letter's sub-bullets ("- We heard…", "-- We heard…") come through inside the finding they belong to; the
     * plan lead then tidies them into plain sentences, as they would on the review page.
     */
    private Review imported(String resource) {
        byte[] document = bytes(resource);
        String name = resource.substring(resource.lastIndexOf('/') + 1);
        long draftId = imports.upload(name, document).id();
        Review review = Review.findById(imports.confirm(draftId));
        story.as("lead", Roles.LEAD, () -> {
            for (Finding finding : Finding.ofReview(review.id)) {
                String tidy = tidied(finding.text);
                if (!tidy.equals(finding.text)) {
                    story.reviews.updateFinding(finding.id, new FindingInput(finding.kind, tidy));
                }
            }
            return review;
        });
        return review;
    }

    /** A finding's text without the list marks the letter's layout left in it. */
    static String tidied(String text) {
        return text.replaceAll("\\s*-{2,}\\s*", "\n\n").replaceAll(" +- +(?=[A-Z])", "\n\n")
                .replaceAll("(?m)^[ \\t]*[-•][ \\t]+", "")
                .replaceAll("^\\s*[-•]\\s*", "").strip();
    }

    private static void person(Map<String, Person> people, String name, String jobTitle, String team, String email,
                               Partner partner, String signInName) {
        Person person = new Person();
        person.name = name;
        person.jobTitle = jobTitle;
        person.team = team;
        person.email = email;
        person.partner = partner;
        person.signInName = signInName;
        person.persist();
        people.put(email, person);
    }

    private static Review review(ReviewFile file) {
        Review review = new Review();
        review.title = file.title();
        review.type = file.type();
        review.reviewingBody = file.reviewingBody();
        review.organisation = file.organisation();
        review.reportDate = file.reportDate();
        review.onSiteFrom = file.onSiteFrom();
        review.onSiteTo = file.onSiteTo();
        review.leadReviewer = file.leadReviewer();
        if (file.scope() != null) {
            review.scope.addAll(file.scope());
        }
        for (ThemeFile themeFile : file.themes()) {
            Theme theme = review.addTheme(themeFile.number(), themeFile.title());
            for (FindingFile finding : themeFile.findings()) {
                theme.addFinding(finding.kind(), finding.text());
            }
        }
        review.persist();
        return review;
    }

    /**
     * The plan was written in 2017-18; the demo moves all its dates by the same number of days so that its latest
     * update was a week ago. Overdue, due this term and progress then read as they would on a live plan.
     */
    private UnaryOperator<LocalDate> shift;

    private Plan plan(PlanFile file, Review review, Map<String, Person> people, Map<String, Partner> partners) {
        LocalDate latestUpdate = file.actions().stream().filter(a -> a.updates() != null)
                .flatMap(a -> a.updates().stream()).map(UpdateFile::date).max(LocalDate::compareTo).orElseThrow();
        long days = ChronoUnit.DAYS.between(latestUpdate, LocalDate.now(clock).minusWeeks(1));
        shift = date -> date.plusDays(days);
        AcademicYear written = AcademicYear.containing(file.actions().stream().map(ActionFile::startDate)
                .filter(java.util.Objects::nonNull).min(LocalDate::compareTo).orElseThrow());
        AcademicYear moved = AcademicYear.containing(shift.apply(LocalDate.of(written.startYear(), 9, 1)));
        Plan plan = new Plan();
        plan.title = file.title().replace(written.toString().replace('-', '–'), moved.toString().replace('-', '–'));
        plan.kind = PlanKind.REVIEW_ACTION_PLAN;
        plan.lead = people.get(file.leadEmail());
        plan.reviews.add(review);
        plan.persist();
        Map<String, Integer> numbers = new HashMap<>();
        for (ActionFile a : file.actions()) {
            Theme theme = review.themes.stream().filter(t -> a.theme().equals(t.number)).findFirst()
                    .orElseThrow(() -> new IllegalStateException("Demo plan names unknown theme " + a.theme()));
            List<Finding> areas = theme.findings.stream()
                    .filter(f -> f.kind == FindingKind.AREA_FOR_CONSIDERATION).toList();
            // The plan names the areas it answers by how their text begins.
            java.util.function.Function<String, Finding> area = start -> areas.stream()
                    .filter(f -> f.text.replaceAll("\\s+", " ").startsWith(start)).findFirst()
                    .orElseThrow(() -> new IllegalStateException("Theme " + theme.number + " has no area starting '"
                            + start + "'"));
            Action action = new Action();
            action.plan = plan;
            action.theme = theme;
            action.reference = theme.number + "." + numbers.merge(theme.number, 1, Integer::sum);
            action.title = a.title();
            action.description = a.description();
            a.areas().forEach(start -> action.findings.add(area.apply(start)));
            action.lead = people.get(a.leadEmail());
            a.partners().forEach(name -> action.partners.add(partners.get(name)));
            action.startDate = a.startDate() == null ? null : shift.apply(a.startDate());
            action.targetDate = shift.apply(a.targetDate());
            action.successCriteria = a.successCriteria();
            action.status = a.status();
            action.rag = a.rag();
            action.ragReason = a.ragReason();
            action.persist();
            if (a.updates() != null) {
                for (UpdateFile u : a.updates()) {
                    ProgressUpdate update = new ProgressUpdate();
                    update.action = action;
                    update.author = people.get(u.authorEmail());
                    update.authorName = update.author.name;
                    update.narrative = u.narrative();
                    update.status = u.status();
                    update.rag = u.rag();
                    update.reason = u.reason();
                    update.impact = u.impact();
                    update.createdAt = shift.apply(u.date()).atTime(LocalTime.of(10, 0)).atZone(Clocks.UK).toInstant();
                    update.persist();
                }
            }
        }
        return plan;
    }

    private <T> T read(String resource, Class<T> type) {
        try {
            return json.readValue(bytes(resource), type);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read demo resource " + resource, e);
        }
    }

    private static byte[] bytes(String resource) {
        try (InputStream in = Thread.currentThread().getContextClassLoader().getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("Missing demo resource " + resource);
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read demo resource " + resource, e);
        }
    }

    record ReviewFile(String title, ReviewType type, String reviewingBody, String organisation, LocalDate reportDate,
                      LocalDate onSiteFrom, LocalDate onSiteTo, String leadReviewer, List<String> scope,
                      List<ThemeFile> themes) {
    }

    record ThemeFile(String number, String title, List<FindingFile> findings) {
    }

    record FindingFile(FindingKind kind, String text) {
    }

    record PlanFile(String title, String leadEmail, List<ActionFile> actions, List<NoActionFile> noAction,
                    EndorsementFile endorsement) {
    }

    record ActionFile(String theme, List<String> areas, String title, String description, String leadEmail,
                      List<String> partners, LocalDate startDate, LocalDate targetDate, String successCriteria,
                      ActionStatus status, Rag rag, String ragReason, List<UpdateFile> updates,
                      DateChangeFile dateChange) {
    }

    /** A request to move an action's target date, and whether the plan lead approved it. */
    record DateChangeFile(LocalDate requestedDate, String reason, boolean approved, String decisionComment) {
    }

    /** An area for consideration the plan answers with no action, by how its text begins, and why. */
    record NoActionFile(String area, String reason) {
    }

    /** The report asking the Executive to endorse the plan: its meeting, narrative sections and Strategic Plan cells. */
    record EndorsementFile(String body, LocalDate meetingDate, Map<String, String> sections, String people,
                           String place, String business) {
    }

    record UpdateFile(LocalDate date, String authorEmail, String narrative, ActionStatus status, Rag rag,
                      String reason, String impact) {
    }
}
