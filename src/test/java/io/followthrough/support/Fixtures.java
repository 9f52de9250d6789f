package io.followthrough.support;

import io.followthrough.people.Partner;
import io.followthrough.people.Person;
import io.followthrough.plan.Plan;
import io.followthrough.plan.PlanKind;
import io.followthrough.plan.action.Action;
import io.followthrough.plan.action.ActionStatus;
import io.followthrough.plan.action.Rag;
import io.followthrough.review.Finding;
import io.followthrough.review.FindingKind;
import io.followthrough.review.Review;
import io.followthrough.review.ReviewType;
import io.followthrough.review.Theme;
import io.quarkus.narayana.jta.QuarkusTransaction;

import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Small builders with which each test arranges its own data, in its own committed transaction. Names carry a counter
 * so that tests never collide with each other's rows or with anyone's leftovers.
 */
public final class Fixtures {

    private static final AtomicInteger SEQUENCE = new AtomicInteger();

    private Fixtures() {
    }

    public static String unique(String text) {
        return text + " " + SEQUENCE.incrementAndGet() + "-" + System.nanoTime() % 100000;
    }

    /** The person a demo account signs in as; created the first time a test needs it. */
    public static Person personSigningInAs(String signInName) {
        return QuarkusTransaction.requiringNew().call(() -> Person.bySignInName(signInName).orElseGet(() -> {
            Person person = newPerson(signInName + " person", null);
            person.signInName = signInName;
            person.persist();
            return person;
        }));
    }

    /** Makes a person a member of a partner, so that they support the actions that partner supports. */
    public static void joinPartner(Person person, Partner partner) {
        QuarkusTransaction.requiringNew().run(() -> Person.<Person>findById(person.id).partner = Partner.findById(partner.id));
    }

    public static Person person() {
        return person(null);
    }

    public static Person person(Partner partner) {
        return QuarkusTransaction.requiringNew().call(() -> {
            Person person = newPerson(unique("Officer"), partner);
            person.persist();
            return person;
        });
    }

    private static Person newPerson(String name, Partner partner) {
        Person person = new Person();
        person.name = name;
        person.jobTitle = "Virtual School Officer";
        person.email = name.toLowerCase().replaceAll("[^a-z0-9]+", ".") + "@example.gov.uk";
        person.partner = partner;
        return person;
    }

    public static Partner partner() {
        return QuarkusTransaction.requiringNew().call(() -> {
            Partner partner = new Partner();
            partner.name = unique("Partner");
            partner.persist();
            return partner;
        });
    }

    /** A review with one theme ("3.2") holding one strength and two areas for consideration. */
    public static Review review() {
        return QuarkusTransaction.requiringNew().call(() -> {
            Review review = new Review();
            review.title = unique("Peer review");
            review.type = ReviewType.NAVSH_PEER_REVIEW;
            review.reviewingBody = "NAVSH";
            review.organisation = "Testshire";
            review.reportDate = LocalDate.of(2026, 6, 30);
            review.onSiteFrom = LocalDate.of(2026, 6, 7);
            review.onSiteTo = LocalDate.of(2026, 6, 8);
            review.scope.add("How effective is the Virtual School?");
            Theme theme = review.addTheme("3.2", "How effective is the Virtual School in working in partnership?");
            theme.addFinding(FindingKind.STRENGTH, "A well established and respected team.");
            theme.addFinding(FindingKind.AREA_FOR_CONSIDERATION, "Hold all partners to account.");
            theme.addFinding(FindingKind.AREA_FOR_CONSIDERATION, "Measure the impact of Pupil Premium Plus.");
            review.persist();
            return review;
        });
    }

    public static List<Finding> areasOf(Review review) {
        return QuarkusTransaction.requiringNew().call(() -> Finding.ofReview(review.id).stream()
                .filter(f -> f.kind == FindingKind.AREA_FOR_CONSIDERATION).toList());
    }

    public static Theme themeOf(Review review) {
        return QuarkusTransaction.requiringNew().call(() -> Theme.ofReview(review.id).get(0));
    }

    public static Plan plan(Review review, Person lead) {
        return QuarkusTransaction.requiringNew().call(() -> {
            Plan plan = new Plan();
            plan.title = unique("Action plan");
            plan.kind = PlanKind.REVIEW_ACTION_PLAN;
            plan.lead = Person.findById(lead.id);
            plan.reviews.add(Review.findById(review.id));
            plan.persist();
            return plan;
        });
    }

    public static ActionBuilder action(Plan plan, Person lead) {
        return new ActionBuilder(plan, lead);
    }

    public static final class ActionBuilder {
        private final Plan plan;
        private final Person lead;
        private String reference = unique("R").replace(' ', '-');
        private String title = "Agree a partnership protocol";
        private LocalDate targetDate = LocalDate.of(2027, 3, 31);
        private ActionStatus status = ActionStatus.IN_PROGRESS;
        private Rag rag = Rag.GREEN;
        private String ragReason;
        private Partner partner;
        private Theme theme;

        private ActionBuilder(Plan plan, Person lead) {
            this.plan = plan;
            this.lead = lead;
        }

        public ActionBuilder title(String value) {
            title = value;
            return this;
        }

        public ActionBuilder reference(String value) {
            reference = value;
            return this;
        }

        public ActionBuilder targetDate(LocalDate value) {
            targetDate = value;
            return this;
        }

        public ActionBuilder status(ActionStatus value) {
            status = value;
            return this;
        }

        public ActionBuilder rag(Rag value, String reason) {
            rag = value;
            ragReason = reason;
            return this;
        }

        public ActionBuilder supportedBy(Partner value) {
            partner = value;
            return this;
        }

        public ActionBuilder theme(Theme value) {
            theme = value;
            return this;
        }

        public Action create() {
            return QuarkusTransaction.requiringNew().call(() -> {
                Action action = new Action();
                action.plan = Plan.findById(plan.id);
                action.lead = Person.findById(lead.id);
                action.theme = theme == null ? null : Theme.findById(theme.id);
                action.reference = reference;
                action.title = title;
                action.targetDate = targetDate;
                action.status = status;
                action.rag = rag;
                action.ragReason = ragReason;
                if (partner != null) {
                    action.partners.add(Partner.findById(partner.id));
                }
                action.persist();
                return action;
            });
        }
    }
}
