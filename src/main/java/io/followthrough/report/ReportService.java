package io.followthrough.report;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.followthrough.plan.Plan;
import io.followthrough.plan.PlanChanges;
import io.followthrough.plan.action.Action;
import io.followthrough.plan.action.Direction;
import io.followthrough.plan.action.Movement;
import io.followthrough.plan.action.ProgressUpdate;
import io.followthrough.plan.coverage.CoverageService;
import io.followthrough.plan.datechange.TargetDateChange;
import io.followthrough.plan.document.ActionPlanTable;
import io.followthrough.plan.overview.OverviewService;
import io.followthrough.plan.overview.ThemeChart;
import io.followthrough.plan.overview.ThemeSummaryJson;
import io.followthrough.termlyreview.TermlyReview;
import io.followthrough.platform.AuditTrail;
import io.followthrough.platform.Clocks;
import io.followthrough.platform.FieldError;
import io.followthrough.platform.InvalidInputException;
import io.followthrough.platform.NotFoundException;
import io.followthrough.platform.PersonalData;
import io.followthrough.platform.TextLimits;
import io.followthrough.platform.web.AppConfig;
import io.followthrough.review.Finding;
import io.followthrough.review.FindingKind;
import io.followthrough.review.Review;
import io.followthrough.review.Theme;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Committee reports in the Middlesbrough house style: created with everything the data knows filled in, the
 * narrative edited by the author, and assembled into one {@link ReportDocument} for every output.
 */
@ApplicationScoped
public class ReportService {

    private final ObjectMapper json;
    private final AuditTrail audit;
    private final AppConfig config;
    private final OverviewService overview;
    private final PublicationGuard guard;
    private final ReportConfig reportConfig;
    private final CoverageService coverage;

    public ReportService(ObjectMapper json, AuditTrail audit, AppConfig config, OverviewService overview,
                         PublicationGuard guard, ReportConfig reportConfig, CoverageService coverage) {
        this.reportConfig = reportConfig;
        this.coverage = coverage;
        this.json = json;
        this.audit = audit;
        this.config = config;
        this.overview = overview;
        this.guard = guard;
    }

    @Transactional
    public ReportJson create(long planId, @Valid @NotNull NewReportInput input) {
        Plan plan = Plan.<Plan>findByIdOptional(planId).orElseThrow(() -> new NotFoundException("plan", planId));
        Review review = plan.reviews.stream().findFirst()
                .orElseThrow(() -> new InvalidInputException("planId", "The plan answers no review to report on"));
        String body = input.body().strip();
        String reviewName = review.title;
        String fullBody = fullName(reportConfig.reviewingBodies(), review.reviewingBody);
        boolean closing = input.kind() == ReportKind.CLOSING;
        if (closing && !plan.isClosed()) {
            throw new InvalidInputException("kind", "Close the plan before writing its closing report: the report "
                    + "gives the closing statement and how every action ended");
        }
        boolean progress = input.kind() == ReportKind.PROGRESS || closing;
        String endorsedOn = progress ? endorsedOn(plan) : "";
        boolean endorsedAtAll = !endorsedOn.isEmpty();
        boolean covered = coverage.coverage(planId).uncovered() == 0;

        String decision = closing
                ? "That " + body + " notes the closure of the " + plan.title + endorsedOn + ", and what it achieved."
                : progress
                ? "That " + body + " notes the progress made against the " + plan.title + endorsedOn + "."
                : "That " + body + " receives and notes the outcomes of the " + reviewName
                        + " and endorses the accompanying action plan.";
        Map<String, String> sections = new LinkedHashMap<>();
        sections.put(ReportSection.PURPOSE.key(), closing
                ? "The purpose of this report is to inform " + body + " that the action plan" + endorsedOn
                        + ", which answered the " + reviewName + " from " + fullBody + ", has been closed, and to set "
                        + "out what it achieved, what was deferred and why, and what carries forward."
                : progress
                ? "The purpose of this report is to update " + body + " on progress against the action plan"
                        + endorsedOn + ", which answers the " + reviewName + " from " + fullBody + "."
                : "The purpose of this report is to advise " + body + " that Children's Services has received the "
                        + reviewName + " from " + fullBody + ", and to ask " + body + " to note its findings and "
                        + "endorse the action plan that answers it.");
        sections.put(ReportSection.MEMBER_DECISION.key(), closing
                ? "Members endorsed the action plan" + (endorsedAtAll ? "" : " answering the review")
                        + ", so it is appropriate that they are told how it ended and what it achieved."
                : progress
                ? body + " endorsed the action plan" + (endorsedAtAll ? "" : " answering the review")
                        + ", so it is appropriate that it is kept informed of progress and of any action at risk."
                : "The review is an external consideration of the Council's support for children in its care, so it "
                        + "is appropriate that " + body + " endorses the response to it.");
        sections.put(ReportSection.BACKGROUND.key(), background(review, fullBody));
        sections.put(ReportSection.DECISIONS.key(), decision);
        sections.put(ReportSection.RECOMMENDATION.key(), "");
        sections.put(ReportSection.ALTERNATIVES.key(), closing
                ? body + " could choose not to receive a closing report. This is not recommended: it completes the "
                        + "account of the plan members endorsed, and records what was deferred and why."
                : progress
                ? body + " could choose not to receive progress reports. This is not recommended: regular reports "
                        + "let members hold officers to account for the plan they endorsed."
                : body + " could choose not to endorse the action plan. This is not recommended: the plan builds on "
                        + "the strengths the review found and "
                        + (covered ? "answers every area for consideration it raised."
                                : "sets out how the areas for consideration it raised will be addressed."));
        sections.put(ReportSection.LEGAL.key(), "There are no legal implications arising from the recommendations in this report.");
        sections.put(ReportSection.FINANCIAL.key(), "");
        sections.put(ReportSection.POLICY.key(), "No impact on the Policy Framework.");
        sections.put(ReportSection.EQUALITY.key(), "Not applicable.");
        sections.put(ReportSection.RISK.key(), "");
        sections.put(ReportSection.ACTIONS.key(), closing
                ? "The action plan is closed, and its actions can no longer be changed. Work that continues is "
                        + "monitored through the plan it was carried into."
                : "The action plan will be monitored every term by the Virtual School Senior Leadership Team.");
        String appendices = "Appendix 1: " + plan.title + "\nAppendix 2: " + reviewName;
        sections.put(ReportSection.APPENDICES.key(), closing ? appendices + "\nAppendix 3: " + CLOSING_APPENDIX
                : progress ? appendices + "\nAppendix 3: " + PROGRESS_APPENDIX : appendices);
        ReportConfig.Presenters presenters = presentersFor(body);
        List<String> headings = reportConfig.strategicPlanHeadings();
        Map<String, String> contribution = reportConfig.strategicPlanContribution();
        ReportFront front = new ReportFront(presenters == null ? List.of() : presenters.members().orElse(List.of()),
                presenters == null ? "" : presenters.director().orElse(""), decision,
                progress ? "Information" : "Decision", false, "Not applicable", false,
                reportConfig.strategicPlanPeriod().orElse(""),
                contribution.getOrDefault(headings.get(0), NOT_APPLICABLE),
                contribution.getOrDefault(headings.get(1), NOT_APPLICABLE),
                contribution.getOrDefault(headings.get(2), NOT_APPLICABLE), NOT_APPLICABLE, List.of(),
                plan.lead.name, plan.lead.email);

        CommitteeReport report = new CommitteeReport();
        report.plan = plan;
        report.kind = input.kind();
        report.body = body;
        report.meetingDate = input.meetingDate();
        report.subject = reviewName;
        report.frontJson = write(front);
        report.sectionsJson = write(sections);
        report.persist();
        audit.created("CommitteeReport", report.id, report.kind.label() + " to " + body);
        return toJson(report);
    }

    /** The title appendix 3 of a progress report prints under. */
    static final String PROGRESS_APPENDIX = "Progress since the plan was endorsed";

    /** The title appendix 3 of a closing report prints under. */
    static final String CLOSING_APPENDIX = "How the plan was closed";

    /**
     * " endorsed by Executive on 14 February 2022": from the decision recorded on the plan, or else from its
     * published endorsement report; empty for a plan never put for endorsement.
     */
    private static String endorsedOn(Plan plan) {
        if (plan.endorsement != null) {
            return " endorsed by " + plan.endorsement.body + " on " + ReportProse.date(plan.endorsement.meetingDate);
        }
        return endorsement(plan.id).map(r -> " endorsed by " + r.body + " on " + ReportProse.date(r.meetingDate))
                .orElse("");
    }

    private static final String NOT_APPLICABLE = "Not applicable.";

    /** Who reviewed, when, and the questions the review asked: its scope, which are the core themes. */
    private static String background(Review review, String fullBody) {
        StringBuilder text = new StringBuilder("A review of " + review.organisation + " was carried out by " + fullBody);
        if (review.onSiteFrom != null) {
            text.append(" on ").append(ReportProse.days(review.onSiteFrom, review.onSiteTo));
        }
        if (review.reportDate != null) {
            text.append(", and the final report was made available in ").append(ReportProse.month(review.reportDate));
        }
        text.append('.');
        List<String> questions = review.scope.isEmpty()
                ? review.themes.stream().map(t -> t.title).toList() : review.scope;
        if (!questions.isEmpty()) {
            text.append("\n\n").append(review.reviewingBody).append(" assessed the Council against ")
                    .append(ReportProse.count(questions.size(), "core theme", "core themes")).append(':');
            questions.forEach(q -> text.append("\n- ").append(q));
        }
        return text.toString();
    }

    /** The plan's endorsement report that has been published, the latest if there are several. */
    private static Optional<CommitteeReport> endorsement(long planId) {
        return CommitteeReport.ofPlan(planId).stream()
                .filter(r -> r.kind == ReportKind.ENDORSEMENT && !ReportVersion.ofReport(r.id).isEmpty())
                .reduce((a, b) -> b);
    }

    private ReportConfig.Presenters presentersFor(String body) {
        return reportConfig.presenters().entrySet().stream().filter(e -> e.getKey().equalsIgnoreCase(body))
                .map(Map.Entry::getValue).findFirst().orElse(null);
    }

    @Transactional
    public List<ReportJson> ofPlan(long planId) {
        return CommitteeReport.ofPlan(planId).stream().map(this::toJson).toList();
    }

    @Transactional
    public Optional<ReportJson> find(long id) {
        return CommitteeReport.withPlan(id).map(this::toJson);
    }

    @Transactional
    public ReportJson updateSection(long id, String key, @Valid @NotNull SectionInput input) {
        CommitteeReport report = CommitteeReport.withPlan(id).orElseThrow(() -> new NotFoundException("report", id));
        ReportSection section = ReportSection.byKey(key)
                .orElseThrow(() -> new NotFoundException("There is no report section called " + key + "."));
        PersonalData.problemWith(input.text()).ifPresent(message -> {
            throw new InvalidInputException("text", message);
        });
        Map<String, String> sections = sections(report);
        audit.changed("CommitteeReport", id, section.key(), sections.get(section.key()), input.text());
        sections.put(section.key(), input.text());
        report.sectionsJson = write(sections);
        return toJson(report);
    }

    @Transactional
    public ReportJson updateFront(long id, @Valid @NotNull FrontInput input) {
        CommitteeReport report = CommitteeReport.withPlan(id).orElseThrow(() -> new NotFoundException("report", id));
        ReportFront front = input.toFront();
        List<FieldError> errors = frontErrors(front);
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
        writeFront(report, front);
        return toJson(report);
    }

    /**
     * The front and the narrative sections saved together, as the report's page sends them: both are checked first,
     * and nothing is saved while either has an error, so saving one part never loses what was typed in the other.
     * Sections missing from {@code sectionTexts} are left as they are; errors in a section name the field
     * {@code sections.<key>}.
     */
    @Transactional
    public ReportJson saveDraft(long id, @Valid @NotNull FrontInput input, @NotNull Map<String, String> sectionTexts) {
        CommitteeReport report = CommitteeReport.withPlan(id).orElseThrow(() -> new NotFoundException("report", id));
        ReportFront front = input.toFront();
        List<FieldError> errors = frontErrors(front);
        Map<String, String> sections = sections(report);
        Map<String, String> changed = new LinkedHashMap<>();
        for (ReportSection section : ReportSection.values()) {
            String text = sectionTexts.get(section.key());
            if (text == null || text.equals(sections.getOrDefault(section.key(), ""))) {
                continue;
            }
            String field = "sections." + section.key();
            if (text.length() > TextLimits.SECTION) {
                errors.add(new FieldError(field, section.heading() + ": the section must be "
                        + TextLimits.SECTION_TEXT + " characters or fewer"));
            }
            PersonalData.problemWith(text).ifPresent(message ->
                    errors.add(new FieldError(field, section.heading() + ": " + message)));
            changed.put(section.key(), text);
        }
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
        if (!front.equals(front(report))) {
            writeFront(report, front);
        }
        changed.forEach((key, text) -> {
            audit.changed("CommitteeReport", id, key, sections.get(key), text);
            sections.put(key, text);
        });
        if (!changed.isEmpty()) {
            report.sectionsJson = write(sections);
        }
        return toJson(report);
    }

    private void writeFront(CommitteeReport report, ReportFront front) {
        audit.changed("CommitteeReport", report.id, "front", report.frontJson, write(front));
        report.frontJson = write(front);
    }

    /** What is wrong with a front: a child's personal data in its text, a background paper without body or title. */
    private static List<FieldError> frontErrors(ReportFront front) {
        List<FieldError> errors = new ArrayList<>();
        Map<String, String> texts = new LinkedHashMap<>();
        for (int i = 0; i < front.executiveMembers().size(); i++) {
            texts.put("executiveMembers[" + i + "]", front.executiveMembers().get(i));
        }
        texts.put("director", front.director());
        texts.put("proposedDecision", front.proposedDecision());
        texts.put("people", front.people());
        texts.put("place", front.place());
        texts.put("business", front.business());
        texts.put("wards", front.wards());
        texts.forEach((field, text) -> PersonalData.problemWith(text)
                .ifPresent(message -> errors.add(new FieldError(field, message))));
        for (int i = 0; i < front.backgroundPapers().size(); i++) {
            ReportFront.BackgroundPaper paper = front.backgroundPapers().get(i);
            int n = i + 1;
            String field = "backgroundPapers[" + i + "].";
            if (paper == null || paper.body() == null || paper.body().isBlank()) {
                errors.add(new FieldError(field + "body",
                        "Enter the body background paper " + n + " went to, for example Executive"));
            }
            if (paper == null || paper.title() == null || paper.title().isBlank()) {
                errors.add(new FieldError(field + "title", "Enter the title of background paper " + n));
            }
            for (String text : paper == null ? List.<String>of() : java.util.Arrays.asList(paper.body(), paper.title())) {
                PersonalData.problemWith(text).ifPresent(message -> errors.add(new FieldError(field + "title", message)));
            }
        }
        return errors;
    }

    /** The report with its appendices from live data, its paragraphs numbered 1 to n across every section. */
    @Transactional
    public ReportDocument document(long id) {
        CommitteeReport report = CommitteeReport.withPlan(id).orElseThrow(() -> new NotFoundException("report", id));
        Map<String, String> text = sections(report);
        List<ReportDocument.Section> sections = new ArrayList<>();
        int number = 0;
        boolean impactsStarted = false;
        for (ReportSection section : ReportSection.values()) {
            List<ReportDocument.Paragraph> paragraphs = new ArrayList<>();
            for (String block : text.getOrDefault(section.key(), "").split("\\R\\s*\\R")) {
                if (block.isBlank()) {
                    continue;
                }
                List<String> lines = block.strip().lines().toList();
                List<String> items = lines.stream().filter(l -> l.startsWith("- ")).map(l -> l.substring(2).strip()).toList();
                String lead = String.join("\n", lines.stream().filter(l -> !l.startsWith("- ")).toList());
                paragraphs.add(new ReportDocument.Paragraph(++number, lead, items));
            }
            boolean first = section.isImpact() && !impactsStarted;
            impactsStarted |= section.isImpact();
            sections.add(new ReportDocument.Section(section.key(), section.heading(), section.isImpact(), first, paragraphs));
        }
        Plan plan = report.plan;
        List<ActionPlanTable.ActionRow> actions = ActionPlanTable.ofPlan(plan.id).rows();
        Review review = plan.reviews.stream().findFirst().orElseThrow();
        List<ReportDocument.ThemeFindings> findings = new ArrayList<>();
        Map<Long, List<Finding>> byTheme = new LinkedHashMap<>();
        Finding.ofReview(review.id).forEach(f -> byTheme.computeIfAbsent(f.theme.id, k -> new ArrayList<>()).add(f));
        for (Theme theme : Theme.ofReview(review.id)) {
            List<Finding> themeFindings = byTheme.getOrDefault(theme.id, List.of());
            findings.add(new ReportDocument.ThemeFindings(theme.heading(),
                    themeFindings.stream().filter(f -> f.kind == FindingKind.STRENGTH).map(f -> f.text).toList(),
                    themeFindings.stream().filter(f -> f.kind == FindingKind.AREA_FOR_CONSIDERATION).map(f -> f.text).toList()));
        }
        ReportDocument doc = new ReportDocument(config.councilName(), report.subject + " – report to " + report.body,
                report.kind, report.body, report.meetingDate, report.subject, front(report), sections, actions,
                plan.title, findings, review.title, report.kind == ReportKind.PROGRESS ? progress(plan) : null,
                ReportDocument.StrategicPlan.of(reportConfig.strategicPlanHeadings()), logo(), null, receivedPdf(review),
                report.kind == ReportKind.CLOSING ? closing(plan, Action.ofPlanForExport(plan.id)) : null);
        return doc.withSmallNumberNote(guard.smallNumberNote(doc));
    }

    private static ReportDocument.ReceivedPdf receivedPdf(Review review) {
        boolean pdf = review.document != null && ("application/pdf".equalsIgnoreCase(review.documentMediaType)
                || (review.documentName != null && review.documentName.toLowerCase(java.util.Locale.UK).endsWith(".pdf")));
        int pages = pdf ? io.followthrough.platform.pdf.PdfAppender.pageCount(review.document) : -1;
        return pages > 0 ? new ReportDocument.ReceivedPdf(review.id, review.documentName, pages) : null;
    }

    /** The review's own PDF, for the report's PDF to append. */
    @Transactional
    public byte[] receivedPdf(long reviewId) {
        return Review.<Review>findByIdOptional(reviewId).map(r -> r.document)
                .orElseThrow(() -> new NotFoundException("review", reviewId));
    }

    private ReportDocument.Logo logo() {
        return reportConfig.logo().map(path -> {
            try {
                byte[] content = java.nio.file.Files.readAllBytes(path);
                String type = path.toString().toLowerCase(java.util.Locale.UK).endsWith(".svg") ? "image/svg+xml" : "image/png";
                return new ReportDocument.Logo("data:" + type + ";base64," + java.util.Base64.getEncoder().encodeToString(content),
                        type, content, config.councilName() + " logo");
            } catch (java.io.IOException e) {
                throw new java.io.UncheckedIOException("Cannot read the council's logo " + path, e);
            }
        }).orElse(null);
    }

    private ReportDocument.Progress progress(Plan plan) {
        List<ThemeSummaryJson> themes = overview.themes(plan.id);
        List<ReportDocument.ThemeRow> rows = themes.stream().map(t -> new ReportDocument.ThemeRow(t.heading(),
                t.actions(), t.red(), t.amber(), t.green(), t.notYetRated(), t.complete())).toList();
        String description = themes.stream().map(t -> t.heading() + ": " + t.red() + " red, " + t.amber() + " amber, "
                + t.green() + " green, " + t.complete() + " complete").collect(java.util.stream.Collectors.joining(". "));
        String chart = "data:image/svg+xml;base64," + java.util.Base64.getEncoder().encodeToString(
                ThemeChart.svg(themes, "Actions by theme").getBytes(java.nio.charset.StandardCharsets.UTF_8));
        List<ReportDocument.ExceptionRow> exceptions = overview.exceptions(plan.id).stream()
                .map(e -> new ReportDocument.ExceptionRow(e.action().reference(), e.action().title(),
                        String.join(", ", e.reasons()), e.action().rag(),
                        e.action().ragReason() == null ? "No reason recorded" : e.action().ragReason())).toList();
        List<ReportDocument.ReprogrammedRow> reprogrammed = TargetDateChange.approvedInPlan(plan.id).stream()
                .map(c -> new ReportDocument.ReprogrammedRow(c.action.reference, c.action.title, c.originalDate,
                        c.requestedDate, c.reason)).toList();
        Optional<TermlyReview> last = TermlyReview.signedOff(plan.id).stream().reduce((a, b) -> b);
        // Movement since the last signed-off termly review: each action's RAG now against the one agreed for it then.
        Movement movement = last.isEmpty() ? new Movement(0, 0, 0, 0) : Movement.of(Action.ofPlan(plan.id).stream()
                .map(action -> Direction.between(action.lastAgreedRag, action.rag)).toList());
        return new ReportDocument.Progress(rows, chart, description, last.map(l -> l.term.name()).orElse(null),
                movement.improved(), movement.same(), movement.worse(), exceptions, reprogrammed, changes(plan));
    }

    /** The changes to the plan since it was endorsed, as "Changes to the endorsed plan" lists them. */
    private static ReportDocument.Changes changes(Plan plan) {
        PlanChanges changes = PlanChanges.of(plan, Action.ofPlan(plan.id));
        java.util.function.Function<PlanChanges.Change, ReportDocument.ChangeRow> row = c -> new ReportDocument.ChangeRow(
                c.reference(), c.title(), c.at().atZone(Clocks.UK).toLocalDate(), c.reason());
        return new ReportDocument.Changes(plan.endorsement == null ? null : plan.endorsement.body,
                plan.endorsement == null ? null : plan.endorsement.meetingDate,
                changes.added().stream().map(row).toList(), changes.withdrawn().stream().map(row).toList());
    }

    /**
     * What a closing report adds: the closing statement, how each theme's actions ended, each completed action with
     * the impact its updates recorded, each deferred one with its reason. Carried-forward actions are listed once
     * actions can be carried into another plan; until then the list is empty and the report says none was.
     */
    private ReportDocument.Closing closing(Plan plan, List<Action> actions) {
        Map<Long, List<String>> impacts = ProgressUpdate.impactsOf(actions.stream().map(a -> a.id).toList());
        List<ReportDocument.OutcomeRow> themes = overview.themes(plan.id).stream()
                .map(t -> new ReportDocument.OutcomeRow(t.heading(), t.actions(), t.complete(), t.deferred(), t.red(),
                        t.amber(), t.green(), t.notYetRated())).toList();
        List<Action> inOrder = actions.stream().sorted(java.util.Comparator.comparing((Action a) -> a.reference)).toList();
        List<ReportDocument.CompletedRow> completed = inOrder.stream()
                .filter(a -> a.status == io.followthrough.plan.action.ActionStatus.COMPLETE)
                .map(a -> new ReportDocument.CompletedRow(a.reference, a.title, a.lead.name,
                        impacts.getOrDefault(a.id, List.of()))).toList();
        List<ReportDocument.DeferredRow> deferred = inOrder.stream()
                .filter(a -> a.status == io.followthrough.plan.action.ActionStatus.DEFERRED)
                .map(a -> new ReportDocument.DeferredRow(a.reference, a.title, a.ragReason)).toList();
        List<ReportDocument.CarriedRow> carriedForward = inOrder.stream().filter(Action::isCarriedForward)
                .map(a -> new ReportDocument.CarriedRow(a.reference, a.title, a.carriedTo.plan.title)).toList();
        return new ReportDocument.Closing(plan.closure.statement, plan.closure.closedBy,
                plan.closure.closedAt.atZone(Clocks.UK).toLocalDate(),
                plan.endorsement == null ? null : plan.endorsement.body,
                plan.endorsement == null ? null : plan.endorsement.meetingDate, themes, completed, deferred,
                carriedForward);
    }

    private ReportJson toJson(CommitteeReport r) {
        return new ReportJson(r.id, r.plan.id, r.kind, r.body, r.meetingDate, r.subject, front(r), sections(r), r.state,
                r.version);
    }

    private ReportFront front(CommitteeReport report) {
        try {
            return json.readValue(report.frontJson, ReportFront.class);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("A report's front cannot be read", e);
        }
    }

    private Map<String, String> sections(CommitteeReport report) {
        try {
            return json.readValue(report.sectionsJson, new TypeReference<LinkedHashMap<String, String>>() { });
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("A report's sections cannot be read", e);
        }
    }

    private String write(Object value) {
        try {
            return json.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("A report cannot be written as JSON", e);
        }
    }

    private static final java.util.regex.Pattern ABBREVIATION = java.util.regex.Pattern.compile("\\(([A-Z]{2,})\\)\\s*$");

    /**
     * A reviewing body as prose names it ("the National Association of Virtual School Heads (NAVSH)"), whether the
     * review records it by its abbreviation or, as the importer reads it from a letter, by its name and abbreviation.
     */
    static String fullName(Map<String, String> known, String body) {
        if (known.containsKey(body)) {
            return known.get(body);
        }
        java.util.regex.Matcher abbreviation = ABBREVIATION.matcher(body);
        return abbreviation.find() ? known.getOrDefault(abbreviation.group(1), body) : body;
    }
}
