package io.followthrough.platform.demo;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.followthrough.people.Partner;
import io.followthrough.people.Person;
import io.followthrough.plan.Plan;
import io.followthrough.plan.PlanKind;
import io.followthrough.plan.action.Action;
import io.followthrough.plan.action.ActionStatus;
import io.followthrough.plan.action.ProgressUpdate;
import io.followthrough.plan.action.Rag;
import io.followthrough.platform.Clocks;
import io.followthrough.platform.security.DemoConfig;
import io.followthrough.review.Finding;
import io.followthrough.review.FindingKind;
import io.followthrough.review.Review;
import io.followthrough.review.ReviewType;
import io.followthrough.review.Theme;
import io.followthrough.review.importing.ImportService;
import io.followthrough.term.AcademicYear;
import io.followthrough.term.TermService;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.transaction.Transactional;
import org.jboss.logging.Logger;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.temporal.ChronoUnit;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.UnaryOperator;

/**
 * The demo: the Nottinghamshire peer challenge of June 2017, read by the review importer, and a plan answering it, the Middlesbrough peer review,
 * five people, six partners and the terms of 2025-26 and 2026-27. Loaded only into an empty database, only when
 * {@code followthrough.demo.data} is on (dev and demo profiles).
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

    public DemoData(DemoConfig config, ObjectMapper json, TermService terms, ImportService imports, Clock clock) {
        this.config = config;
        this.json = json;
        this.terms = terms;
        this.imports = imports;
        this.clock = clock;
    }

    void onStart(@Observes StartupEvent event) {
        if (config.data()) {
            load();
        }
    }

    @Transactional
    public void load() {
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
        plan(read("demo/nottinghamshire-plan.json", PlanFile.class), nottinghamshire, people, partners);

        terms.ofYear(new AcademicYear(2025));
        terms.ofYear(new AcademicYear(2026));
        LOG.info("Demo data loaded");
    }

    /** The Nottinghamshire letter goes through the importer as a plan lead's upload would, and is confirmed as read. */
    private Review imported(String resource) {
        byte[] document = bytes(resource);
        String name = resource.substring(resource.lastIndexOf('/') + 1);
        long draftId = imports.upload(name, document).id();
        return Review.findById(imports.confirm(draftId));
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
    private void plan(PlanFile file, Review review, Map<String, Person> people, Map<String, Partner> partners) {
        LocalDate latestUpdate = file.actions().stream().filter(a -> a.updates() != null)
                .flatMap(a -> a.updates().stream()).map(UpdateFile::date).max(LocalDate::compareTo).orElseThrow();
        long days = ChronoUnit.DAYS.between(latestUpdate, LocalDate.now(clock).minusWeeks(1));
        UnaryOperator<LocalDate> shift = date -> date.plusDays(days);
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

    record PlanFile(String title, String leadEmail, List<ActionFile> actions) {
    }

    record ActionFile(String theme, List<String> areas, String title, String description, String leadEmail,
                      List<String> partners, LocalDate startDate, LocalDate targetDate, String successCriteria,
                      ActionStatus status, Rag rag, String ragReason, List<UpdateFile> updates) {
    }

    record UpdateFile(LocalDate date, String authorEmail, String narrative, ActionStatus status, Rag rag,
                      String reason, String impact) {
    }
}
