package io.followthrough.support;

import io.followthrough.people.Partner;
import io.followthrough.people.Person;
import io.followthrough.plan.Plan;
import io.followthrough.plan.action.Action;
import io.followthrough.plan.action.ActionStatus;
import io.followthrough.plan.action.Rag;
import io.followthrough.review.Finding;
import io.followthrough.review.Review;
import io.followthrough.review.Theme;
import io.followthrough.report.PublishInput;
import io.followthrough.report.ReportPublishing;
import io.quarkus.arc.Arc;
import io.quarkus.narayana.jta.QuarkusTransaction;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static io.followthrough.support.Api.as;

/**
 * Every page of the service, each with the roles that may open it, over a plan with something on every page: actions
 * with long titles and long words, a Red and an overdue action, progress with a long evidence address, a date change
 * waiting for a decision, a termly review signed off and one still open, a published report and a draft, a review
 * import in progress, and a withdrawn action. Browser tests walk this list, so a page added to the service belongs here.
 */
public final class ServicePages {

    public static final String LEAD = "lead";
    public static final String OFFICER = "officer";
    public static final String SLT = "slt";
    public static final String COUNCILLOR = "councillor";
    public static final List<String> ACCOUNTS = List.of(LEAD, OFFICER, SLT, COUNCILLOR);

    /** One page: its address, the pattern it is listed under (ids as {id}), and the accounts that may open it. */
    public record ServicePage(String path, String pattern, Set<String> accounts) {

        public boolean openTo(String account) {
            return accounts.contains(account);
        }

        /** A file name for the page's screenshot: the pattern without its punctuation. */
        public String slug() {
            String slug = pattern.replaceAll("[{}]", "").replaceAll("[^A-Za-z0-9]+", "-").replaceAll("(^-|-$)", "");
            return slug.isEmpty() ? "home" : slug;
        }
    }

    private final List<ServicePage> pages = new ArrayList<>();
    public final long planId;
    public final long actionId;
    public final long reviewId;

    private ServicePages(long planId, long actionId, long reviewId) {
        this.planId = planId;
        this.actionId = actionId;
        this.reviewId = reviewId;
    }

    public List<ServicePage> all() {
        return List.copyOf(pages);
    }

    public List<ServicePage> openTo(String account) {
        return pages.stream().filter(p -> p.openTo(account)).toList();
    }

    private void add(String pattern, Map<String, Object> ids, String... accounts) {
        String path = pattern;
        for (Map.Entry<String, Object> id : ids.entrySet()) {
            path = path.replace("{" + id.getKey() + "}", String.valueOf(id.getValue()));
        }
        pages.add(new ServicePage(path, pattern, Set.copyOf(Arrays.asList(accounts))));
    }

    /** Arranges the data and lists the pages. Each call makes data of its own. */
    public static ServicePages arrange() {
        Person lead = Fixtures.personSigningInAs(LEAD);
        Person officer = Fixtures.personSigningInAs(OFFICER);
        Person chair = Fixtures.personSigningInAs(SLT);
        Fixtures.personSigningInAs(COUNCILLOR);
        Partner partner = Fixtures.partner();
        Fixtures.joinPartner(officer, partner);
        Review review = Fixtures.review();
        Theme theme = Fixtures.themeOf(review);
        Finding area = Fixtures.areasOf(review).get(0);
        Plan plan = Fixtures.plan(review, lead);

        Action red = Fixtures.action(plan, officer).reference("3.2.1").theme(theme).supportedBy(partner)
                .title("Agree an information-sharing protocol between the Virtual School, children's social care and "
                        + "the designated health professionals, so that every Personal Education Plan is reviewed")
                .rag(Rag.RED, "The data-sharing agreement (InformationSharingAgreementVersionTwentySeven) is "
                        + "blocked; escalated to the Director").create();
        Action amber = Fixtures.action(plan, lead).reference("3.2.2").theme(theme).title("Train designated teachers")
                .targetDate(LocalDate.of(2020, 3, 31)).rag(Rag.AMBER, "Two trainers left").create();
        Fixtures.action(plan, officer).reference("3.2.3").title("Publish the annual report").status(ActionStatus.COMPLETE)
                .create();
        Action dropped = Fixtures.action(plan, officer).reference("3.2.4")
                .title("Hold a separate conference for designated teachers").create();
        as(LEAD).body(Map.of("reason", "Merged into the annual Virtual School conference, which every designated "
                        + "teacher already attends"))
                .post("/api/actions/{id}/withdrawal", dropped.id).then().statusCode(200);
        as(LEAD).body(Map.of("narrative", "Protocol drafted and shared with https://intranet.example.gov.uk/"
                        + "virtual-school/partnerships/information-sharing/protocol-draft-v3-final-reviewed.docx",
                "status", "IN_PROGRESS", "rag", "RED", "reason", "Data sharing blocked; escalated",
                "evidenceLinks", List.of("https://intranet.example.gov.uk/virtual-school/partnerships/"
                        + "information-sharing/protocol-draft-v3-final-reviewed-and-approved-by-legal.docx")))
                .post("/api/actions/{id}/updates", red.id).then().statusCode(201);
        long updateId = ((Number) as(LEAD).body(Map.of("narrative", "Draft protocol sent to health for comment",
                        "status", "IN_PROGRESS", "rag", "RED", "reason", "Data sharing blocked; escalated"))
                .post("/api/actions/{id}/updates", red.id).then().statusCode(201).extract().path("id")).longValue();
        long dateChangeId = ((Number) as(OFFICER).body(Map.of("requestedDate", "2027-07-31",
                        "reason", "Health sign-off moved to the summer"))
                .post("/api/actions/{id}/date-changes", red.id).then().statusCode(201).extract().path("id"))
                .longValue();

        // The signed-off review met in a term long past: a review is signed off only once its meeting has happened.
        long termId = ((Number) as(LEAD).get("/api/terms?year=2019-20").then().statusCode(200)
                .extract().path("items[0].id")).longValue();
        long laterTerm = ((Number) as(LEAD).get("/api/terms?year=2043-44").then().statusCode(200)
                .extract().path("items[0].id")).longValue();
        long signedOff = schedule(plan, termId, chair, "2019-11-20");
        as(SLT).body(Map.of("agreedRag", "AMBER", "comment", "Agreement expected this month"))
                .put("/api/termly-reviews/{id}/entries/{actionId}", signedOff, red.id).then().statusCode(200);
        as(SLT).body(Map.of("agreedRag", "AMBER", "comment", "New trainers start in January"))
                .put("/api/termly-reviews/{id}/entries/{actionId}", signedOff, amber.id).then().statusCode(200);
        as(SLT).post("/api/termly-reviews/{id}/sign-off", signedOff).then().statusCode(200);
        long open = schedule(plan, laterTerm, chair, "2043-12-01");

        long published = report(plan, "Executive");
        // Published through the service: rendering the PDF and Word files can take longer than an HTTP test waits.
        QuarkusTransaction.requiringNew().timeout(600).run(() -> Arc.container().instance(ReportPublishing.class).get()
                .publish(published, new PublishInput(List.of(), "The impacts are set out in the plan itself.")));
        long draft = report(plan, "Corporate Parenting Board");

        // A second plan, ready, with its endorsement report published: the form that records the Executive's decision.
        PlanLife ready = PlanLife.ready();
        long endorsementReport = ready.report("ENDORSEMENT");
        QuarkusTransaction.requiringNew().timeout(600).run(() -> Arc.container().instance(ReportPublishing.class).get()
                .publish(endorsementReport, new PublishInput(List.of(), "Published for the page walk.")));
        // A third, endorsed by that decision, with an action still in progress: the closure page lists what stops it.
        long endorsedPlan = endorsed(Fixtures.plan(review, lead), endorsementReport);
        Fixtures.action(QuarkusTransaction.requiringNew().call(() -> Plan.<Plan>findById(endorsedPlan)), officer)
                .reference("3.2.9").title("Agree a protocol with the designated health professionals for every "
                        + "Personal Education Plan (PersonalEducationPlanProtocolVersionTwelve)").create();

        long importId = ((Number) as(LEAD).contentType("multipart/form-data")
                .multiPart("file", "nottinghamshire-peer-challenge.md", seedLetter())
                .post("/api/imports").then().statusCode(201).extract().path("id")).longValue();

        long personId = officer.id;
        long termOfYear = termId;
        long findingId = area.id;
        long themeId = theme.id;
        long strength = QuarkusTransaction.requiringNew().call(() -> Finding.ofReview(review.id).stream()
                .filter(f -> f.kind == io.followthrough.review.FindingKind.STRENGTH).findFirst().orElseThrow().id);

        ServicePages site = new ServicePages(plan.id, red.id, review.id);
        Map<String, Object> ids = Map.ofEntries(Map.entry("plan", plan.id), Map.entry("action", red.id),
                Map.entry("review", review.id), Map.entry("theme", themeId), Map.entry("finding", findingId),
                Map.entry("strength", strength), Map.entry("person", personId), Map.entry("term", termOfYear),
                Map.entry("dateChange", dateChangeId), Map.entry("signedOff", signedOff), Map.entry("open", open),
                Map.entry("published", published), Map.entry("draft", draft), Map.entry("import", importId),
                Map.entry("update", updateId), Map.entry("ready", ready.plan.id),
                Map.entry("endorsementReport", endorsementReport), Map.entry("endorsed", endorsedPlan),
                Map.entry("withdrawn", dropped.id));
        String[] everyone = {LEAD, OFFICER, SLT, COUNCILLOR};
        String[] staff = {LEAD, OFFICER, SLT};
        site.add("/", ids, everyone);
        site.add("/plans", ids, everyone);
        site.add("/plans/{plan}", ids, everyone);
        site.add("/plans/{plan}/exceptions", ids, everyone);
        site.add("/plans/{plan}/themes", ids, everyone);
        site.add("/plans/{plan}/partners", ids, everyone);
        site.add("/plans/{plan}/coverage", ids, everyone);
        site.add("/plans/{plan}/termly-reviews", ids, everyone);
        site.add("/plans/{plan}/term-trend", ids, everyone);
        site.add("/plans/{plan}/reports", ids, everyone);
        // Councillors read the plan's document once it is endorsed; this plan is not.
        site.add("/plans/{plan}/document", ids, staff);
        site.add("/actions/{action}", ids, everyone);
        site.add("/my-actions", ids, staff);
        site.add("/reviews", ids, everyone);
        site.add("/reviews/{review}", ids, everyone);
        site.add("/people", ids, everyone);
        site.add("/terms", ids, everyone);
        site.add("/termly-reviews/{signedOff}", ids, everyone);
        site.add("/termly-reviews/{signedOff}/summary", ids, everyone);
        site.add("/termly-reviews/{open}", ids, staff);
        site.add("/termly-reviews/{open}/meeting", ids, LEAD, SLT);
        site.add("/reports/{published}", ids, everyone);
        site.add("/reports/{draft}", ids, staff);
        site.add("/actions/{action}/date-changes/new", ids, LEAD, OFFICER);
        site.add("/plans/new", ids, LEAD);
        site.add("/plans/{plan}/edit", ids, LEAD);
        site.add("/plans/{plan}/import", ids, LEAD);
        site.add("/plans/{plan}/actions/new", ids, LEAD);
        site.add("/plans/{plan}/findings/{finding}/no-action", ids, LEAD);
        site.add("/plans/{plan}/reports/new", ids, LEAD);
        site.add("/actions/{action}/edit", ids, LEAD);
        site.add("/date-changes/{dateChange}", ids, LEAD);
        site.add("/reviews/new", ids, LEAD);
        site.add("/reviews/{review}/edit", ids, LEAD);
        site.add("/reviews/{review}/themes/new", ids, LEAD);
        site.add("/themes/{theme}/edit", ids, LEAD);
        site.add("/themes/{theme}/findings/new", ids, LEAD);
        site.add("/findings/{strength}/edit", ids, LEAD);
        site.add("/people/new", ids, LEAD);
        site.add("/people/{person}/edit", ids, LEAD);
        site.add("/partners/new", ids, LEAD);
        site.add("/terms/new", ids, LEAD);
        site.add("/terms/{term}/edit", ids, LEAD);
        site.add("/reports/{draft}/publish", ids, LEAD);
        site.add("/imports/new", ids, LEAD);
        site.add("/imports/{import}", ids, LEAD);
        site.add("/reports/{published}/versions/1", ids, everyone);
        site.add("/termly-reviews/{open}/sign-off", ids, LEAD, SLT);
        site.add("/termly-reviews/{open}/meeting/finished", ids, LEAD, SLT);
        site.add("/my-reminders", ids, staff);
        site.add("/outbox", ids, LEAD);
        site.add("/people/{person}/leaving", ids, LEAD);
        site.add("/updates/{update}/redact", ids, LEAD);
        site.add("/plans/{ready}/endorsement?report={endorsementReport}&reportVersion=1", ids, LEAD);
        site.add("/plans/{plan}/endorsement", ids, LEAD);
        site.add("/plans/{endorsed}", ids, everyone);
        site.add("/plans/{endorsed}/closure", ids, LEAD);
        site.add("/plans/{plan}/closure", ids, LEAD);
        site.add("/actions/{withdrawn}", ids, everyone);
        site.add("/actions/{action}/withdrawal", ids, LEAD);
        site.add("/plans/{plan}/withdrawn-actions", ids, staff);
        site.add("/plans/{plan}/carry-forward", ids, LEAD);
        site.add("/plans/0", ids, everyone);
        return site;
    }

    /** Marks the plan endorsed by the Executive, as the decision recorded from the report would. */
    private static long endorsed(Plan plan, long reportId) {
        QuarkusTransaction.requiringNew().run(() -> {
            Plan p = Plan.findById(plan.id);
            io.followthrough.plan.Endorsement e = new io.followthrough.plan.Endorsement();
            e.body = "Executive";
            e.meetingDate = LocalDate.of(2022, 2, 14);
            e.minuteReference = "https://democracy.example.gov.uk/mgIssueHistoryHome.aspx?IId=51234&Opt=0";
            e.resolution = "That the outcomes of the Virtual School peer review be noted and the accompanying action "
                    + "plan be endorsed.";
            e.reportId = reportId;
            e.reportVersion = 1;
            e.recordedBy = "Lead person";
            e.recordedAt = java.time.Instant.now();
            p.status = io.followthrough.plan.PlanStatus.READY_FOR_ENDORSEMENT;
            p.endorse(e, LocalDate.now());
        });
        return plan.id;
    }

    private static long schedule(Plan plan, long termId, Person chair, String meetingDate) {
        return ((Number) as(LEAD).body(Map.of("termId", termId, "meetingDate", meetingDate, "body", "Virtual School SLT",
                        "chairId", chair.id, "memberIds", List.of(chair.id)))
                .post("/api/plans/{id}/termly-reviews", plan.id).then().statusCode(201).extract().path("id"))
                .longValue();
    }

    private static long report(Plan plan, String body) {
        return ((Number) as(LEAD).body(Map.of("kind", "PROGRESS", "body", body, "meetingDate", "2044-02-14"))
                .post("/api/plans/{id}/reports", plan.id).then().statusCode(201).extract().path("id")).longValue();
    }

    private static byte[] seedLetter() {
        try (InputStream in = ServicePages.class.getClassLoader()
                .getResourceAsStream("demo/nottinghamshire-peer-challenge.md")) {
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
