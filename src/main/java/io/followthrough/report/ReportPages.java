package io.followthrough.report;

import io.followthrough.plan.PlanJson;
import io.followthrough.plan.PlanService;
import io.followthrough.platform.InvalidInputException;
import io.followthrough.platform.NotFoundException;
import io.followthrough.platform.security.CurrentUser;
import io.followthrough.platform.security.Roles;
import io.followthrough.platform.web.FormDates;
import io.followthrough.platform.web.FormErrors;
import io.followthrough.platform.web.Html;
import io.followthrough.platform.web.Notice;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.RawString;
import io.quarkus.qute.TemplateInstance;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.ConstraintViolationException;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.core.Response;
import org.jboss.resteasy.reactive.RestForm;
import org.jboss.resteasy.reactive.RestPath;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Committee reports in the browser: create, write each section, check the guard, publish, and the versions. */
@Path("/")
@Produces(Html.TYPE)
@RolesAllowed({Roles.LEAD, Roles.OFFICER, Roles.SLT, Roles.COUNCILLOR})
public class ReportPages {

    /** Something the guard found, with the form field for the reason to publish it anyway and what was typed in it. */
    public record FindingView(String where, String excerpt, String message, String field, String reason) {
    }

    /** A background paper as the front's form shows it: what is stored, or what the author typed. */
    public record PaperRow(int n, String body, String title, String day, String month, String year) {

        static PaperRow of(int n, ReportFront.BackgroundPaper paper) {
            return paper == null ? new PaperRow(n, "", "", "", "", "")
                    : new PaperRow(n, paper.body(), paper.title(),
                    paper.date() == null ? "" : String.valueOf(paper.date().getDayOfMonth()),
                    paper.date() == null ? "" : String.valueOf(paper.date().getMonthValue()),
                    paper.date() == null ? "" : String.valueOf(paper.date().getYear()));
        }

        public String bodyField() {
            return "paper-" + n + "-body";
        }

        public String titleField() {
            return "paper-" + n + "-title";
        }

        public String dateField() {
            return "paper-" + n + "-date";
        }

        public String label() {
            return "Paper " + n;
        }
    }

    /** A narrative section as the author sees it. */
    public record SectionView(String key, String heading, String text, String field) {
    }

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance report(ReportJson report, ReportFront front, List<PaperRow> papers,
                                              List<SectionView> sections, List<FindingView> findings,
                                              List<VersionJson> versions, FormErrors errors, RawString document);

        static native TemplateInstance published(PublishedReports.Version version, List<VersionJson> versions,
                                                 RawString document, boolean councillor);

        static native TemplateInstance publish(ReportJson report, List<PublicationGaps.Gap> gaps,
                                               List<FindingView> findings, String gapsReason, FormErrors errors);

        static native TemplateInstance create(PlanJson plan, List<ReportJson> reports, FormErrors errors);

        static native TemplateInstance list(PlanJson plan, List<ReportLink> reports);
    }

    /** A report as the plan's list shows it; councillors see only those with a published version. */
    public record ReportLink(long id, String label, int publishedVersions) {
    }

    private final ReportService reports;
    private final ReportPublishing publishing;
    private final PlanService plans;
    private final CurrentUser user;
    private final ReportDocuments documents;

    private final PublishedReports published;

    public ReportPages(ReportService reports, ReportPublishing publishing, PlanService plans,
                       CurrentUser user, ReportDocuments documents, PublishedReports published) {
        this.published = published;
        this.documents = documents;
        this.reports = reports;
        this.publishing = publishing;
        this.plans = plans;
        this.user = user;
    }

    @GET
    @Path("plans/{id}/reports")
    public TemplateInstance list(@RestPath long id) {
        List<ReportLink> links = new ArrayList<>();
        for (ReportJson report : reports.ofPlan(id)) {
            int published = publishing.versions(report.id()).size();
            if (published > 0 || !user.isCouncillorOnly()) {
                links.add(new ReportLink(report.id(), report.kind().label() + " to " + report.body() + ", "
                        + io.followthrough.platform.web.Formats.date(report.meetingDate()), published));
            }
        }
        return Templates.list(plan(id), links);
    }

    @GET
    @Path("plans/{id}/reports/new")
    @RolesAllowed(Roles.LEAD)
    public TemplateInstance createForm(@RestPath long id) {
        return Templates.create(plan(id), reports.ofPlan(id), FormErrors.none());
    }

    @POST
    @Path("plans/{id}/reports")
    @RolesAllowed(Roles.LEAD)
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response create(@RestPath long id, @RestForm String kind, @RestForm String body,
                           @RestForm("meetingDate-day") String day, @RestForm("meetingDate-month") String month,
                           @RestForm("meetingDate-year") String year) {
        FormErrors errors = FormErrors.none();
        LocalDate date = FormDates.read(day, month, year, "meetingDate", "meeting date", true, errors);
        ReportKind chosen = java.util.Arrays.stream(ReportKind.values()).filter(k -> k.name().equals(kind)).findFirst()
                .orElse(null);
        if (errors.isAny()) {
            return Html.invalid(Templates.create(plan(id), reports.ofPlan(id), errors));
        }
        try {
            return Html.seeOther("/reports/" + reports.create(id, new NewReportInput(chosen, body, date)).id(),
                    Notice.REPORT_CREATED);
        } catch (InvalidInputException | ConstraintViolationException e) {
            return Html.invalid(Templates.create(plan(id), reports.ofPlan(id), FormErrors.of(e)));
        }
    }

    /** The draft for the lead, SLT and officers; councillors see the latest published version, and nothing before. */
    @GET
    @Path("reports/{id}")
    public TemplateInstance report(@RestPath long id) {
        if (user.isCouncillorOnly()) {
            PublishedReports.Version latest = published.latest(id)
                    .orElseThrow(() -> new NotFoundException("There is no published report " + id + "."));
            return publishedPage(latest);
        }
        return render(id, FormErrors.none());
    }

    /** One published version, exactly as it was frozen, for anyone who may read reports. */
    @GET
    @Path("reports/{id}/versions/{number}")
    public TemplateInstance version(@RestPath long id, @RestPath int number) {
        return publishedPage(published.version(id, number).orElseThrow(() -> new NotFoundException(
                "There is no published version " + number + " of report " + id + ".")));
    }

    private TemplateInstance publishedPage(PublishedReports.Version version) {
        return Templates.published(version, publishing.versions(version.reportId()),
                documents.body(version.document()), user.isCouncillorOnly());
    }

    /**
     * The report's one form: the front (presenters, Strategic Plan, background papers) and every section, saved
     * together so that saving one part never discards what was typed in the other. With an error anywhere, nothing is
     * saved and the page shows everything as it was typed.
     */
    @POST
    @Path("reports/{id}")
    @RolesAllowed(Roles.LEAD)
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response save(@RestPath long id, MultivaluedMap<String, String> form) {
        reports.find(id).orElseThrow(() -> new NotFoundException("report", id));
        List<String> members = form.getFirst("executiveMembers") == null ? List.of()
                : form.getFirst("executiveMembers").lines().map(String::strip).filter(l -> !l.isEmpty()).toList();
        FormErrors errors = FormErrors.none();
        List<PaperRow> rows = new ArrayList<>();
        List<ReportFront.BackgroundPaper> papers = new ArrayList<>();
        for (int n = 1; form.containsKey("paper-" + n + "-body"); n++) {
            String p = "paper-" + n;
            PaperRow row = new PaperRow(n, text(form, p + "-body"), text(form, p + "-title"),
                    text(form, p + "-date-day"), text(form, p + "-date-month"), text(form, p + "-date-year"));
            rows.add(row);
            if (String.join("", row.body(), row.title(), row.day(), row.month(), row.year()).isBlank()) {
                continue;
            }
            LocalDate date = FormDates.read(row.day(), row.month(), row.year(), p + "-date",
                    "date of background paper " + n, false, errors);
            papers.add(new ReportFront.BackgroundPaper(row.body().strip(), row.title().strip(), date));
        }
        FrontInput input = new FrontInput(members, form.getFirst("director"), form.getFirst("proposedDecision"),
                form.getFirst("reportFor"), "yes".equals(form.getFirst("keyDecision")), form.getFirst("confidential"),
                "yes".equals(form.getFirst("urgent")), form.getFirst("strategicPlanPeriod"), form.getFirst("people"),
                form.getFirst("place"), form.getFirst("business"), form.getFirst("wards"), papers,
                form.getFirst("contactName"), form.getFirst("contactEmail"));
        Map<String, String> sections = new LinkedHashMap<>();
        for (ReportSection section : ReportSection.values()) {
            String typed = form.getFirst("section-" + section.key());
            if (typed != null) {
                sections.put(section.key(), typed.replace("\r\n", "\n"));
            }
        }
        if (!errors.isAny()) {
            try {
                reports.saveDraft(id, input, sections);
                return Html.seeOther("/reports/" + id, Notice.REPORT_SAVED);
            } catch (InvalidInputException | ConstraintViolationException e) {
                errors = FormErrors.of(io.followthrough.platform.Violations.of(e).stream()
                        .map(err -> new io.followthrough.platform.FieldError(formField(err.field(), rows),
                                err.message())).toList());
            }
        }
        rows.add(PaperRow.of(rows.size() + 1, null));
        return Html.invalid(render(id, errors, input.toFront(), rows, sections));
    }

    /** The form field of an error the service reports against its own field name. */
    private static String formField(String field, List<PaperRow> rows) {
        if (field.startsWith("sections.")) {
            return "section-" + field.substring("sections.".length());
        }
        if (field.startsWith("executiveMembers[")) {
            return "executiveMembers";
        }
        return paperField(field, rows);
    }

    private static final java.util.regex.Pattern PAPER_FIELD =
            java.util.regex.Pattern.compile("backgroundPapers\\[(\\d+)]\\.(body|title)");

    /** The form field of an error the service reports as "backgroundPapers[i].title": the i-th row not left empty. */
    private static String paperField(String field, List<PaperRow> rows) {
        java.util.regex.Matcher m = PAPER_FIELD.matcher(field);
        if (!m.matches()) {
            return field;
        }
        List<PaperRow> filled = rows.stream().filter(r -> !String.join("", r.body(), r.title(), r.day(), r.month(),
                r.year()).isBlank()).toList();
        int index = Integer.parseInt(m.group(1));
        return index < filled.size() ? (m.group(2).equals("body") ? filled.get(index).bodyField()
                : filled.get(index).titleField()) : field;
    }

    private static String text(MultivaluedMap<String, String> form, String name) {
        String value = form.getFirst(name);
        return value == null ? "" : value;
    }

    /** Publishing asks first: what the report would go out without, and anything the guard found. */
    @GET
    @Path("reports/{id}/publish")
    @RolesAllowed(Roles.LEAD)
    public TemplateInstance confirmPublish(@RestPath long id) {
        return confirmation(id, Map.of(), "", FormErrors.none());
    }

    @POST
    @Path("reports/{id}/publish")
    @RolesAllowed(Roles.LEAD)
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response publish(@RestPath long id, MultivaluedMap<String, String> form) {
        Map<String, String> reasons = new LinkedHashMap<>();
        form.forEach((name, values) -> {
            if (name.startsWith("override-") && !values.isEmpty()) {
                reasons.put(name.substring("override-".length()), values.get(0));
            }
        });
        List<GuardOverride> overrides = reasons.entrySet().stream().filter(e -> !e.getValue().isBlank())
                .map(e -> new GuardOverride(e.getKey(), e.getValue())).toList();
        String gapsReason = form.getFirst(ReportPublishing.GAPS_REASON);
        try {
            publishing.publish(id, new PublishInput(overrides, gapsReason));
            return Html.seeOther("/reports/" + id + "#versions", Notice.REPORT_PUBLISHED);
        } catch (InvalidInputException e) {
            FormErrors errors = FormErrors.none();
            e.errors().forEach(err -> errors.add(err.field().equals(ReportPublishing.GAPS_REASON) ? err.field()
                    : "override-" + err.field(), err.field().equals(ReportPublishing.GAPS_REASON) ? err.message()
                    : err.message() + " Give a reason to publish it anyway, or change the text."));
            return Html.invalid(confirmation(id, reasons, gapsReason, errors));
        }
    }

    private TemplateInstance confirmation(long id, Map<String, String> reasons, String gapsReason, FormErrors errors) {
        ReportJson report = reports.find(id).orElseThrow(() -> new NotFoundException("report", id));
        List<FindingView> findings = publishing.guard(id).stream()
                .map(f -> new FindingView(f.where(), f.excerpt(), f.message(), "override-" + f.itemId(),
                        reasons.getOrDefault(f.itemId(), ""))).toList();
        return Templates.publish(report, publishing.gaps(id), findings, gapsReason == null ? "" : gapsReason, errors);
    }

    private TemplateInstance render(long id, FormErrors errors) {
        ReportJson report = reports.find(id).orElseThrow(() -> new NotFoundException("report", id));
        List<PaperRow> rows = new ArrayList<>();
        List<ReportFront.BackgroundPaper> stored = report.front().backgroundPapers() == null ? List.of()
                : report.front().backgroundPapers();
        for (ReportFront.BackgroundPaper paper : stored) {
            rows.add(PaperRow.of(rows.size() + 1, paper));
        }
        rows.add(PaperRow.of(rows.size() + 1, null));
        return render(id, errors, report.front(), rows, Map.of());
    }

    /**
     * The report's page; the form shows {@code front}, {@code papers} and, where given, {@code typed} section text:
     * what the author typed when it could not be saved.
     */
    private TemplateInstance render(long id, FormErrors errors, ReportFront front, List<PaperRow> papers,
                                    Map<String, String> typed) {
        ReportJson report = reports.find(id).orElseThrow(() -> new NotFoundException("report", id));
        List<SectionView> sections = new ArrayList<>();
        for (ReportSection section : ReportSection.values()) {
            sections.add(new SectionView(section.key(), section.heading(), typed.getOrDefault(section.key(),
                    report.sections().getOrDefault(section.key(), "")), "section-" + section.key()));
        }
        List<FindingView> findings = publishing.guard(id).stream()
                .map(f -> new FindingView(f.where(), f.excerpt(), f.message(), "override-" + f.itemId(), "")).toList();
        return Templates.report(report, front, papers, sections, findings, publishing.versions(id), errors,
                documents.body(reports.document(id)));
    }


    private PlanJson plan(long id) {
        return plans.find(id).orElseThrow(() -> new NotFoundException("plan", id));
    }
}
