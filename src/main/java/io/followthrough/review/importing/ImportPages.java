package io.followthrough.review.importing;

import io.followthrough.platform.ConflictException;
import io.followthrough.platform.InvalidInputException;
import io.followthrough.platform.NotFoundException;
import io.followthrough.platform.security.Roles;
import io.followthrough.platform.web.FormDates;
import io.followthrough.platform.web.FormErrors;
import io.followthrough.platform.web.Html;
import io.followthrough.platform.web.Notice;
import io.followthrough.platform.web.Uploads;
import io.followthrough.review.FindingKind;
import io.followthrough.review.ReviewType;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import jakarta.annotation.security.RolesAllowed;
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
import org.jboss.resteasy.reactive.multipart.FileUpload;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.UnaryOperator;

/** Importing a review document: upload it, correct the draft beside the original text, confirm it as a review. */
@Path("/")
@Produces(Html.TYPE)
@RolesAllowed(Roles.LEAD)
public class ImportPages {

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance upload(List<ImportDraftJson> drafts, long maxMegabytes, FormErrors errors);

        static native TemplateInstance preview(ImportView view, FormErrors errors);
    }

    private final ImportService imports;
    private final ImportConfig config;

    public ImportPages(ImportService imports, ImportConfig config) {
        this.imports = imports;
        this.config = config;
    }

    @GET
    @Path("imports/new")
    public TemplateInstance uploadForm() {
        return Templates.upload(imports.drafts(), maxMegabytes(), FormErrors.none());
    }

    @POST
    @Path("imports")
    @Consumes(MediaType.MULTIPART_FORM_DATA)
    public Response upload(@RestForm("file") FileUpload file) {
        if (file == null || file.fileName() == null || file.fileName().isBlank()) {
            return Html.invalid(Templates.upload(imports.drafts(), maxMegabytes(),
                    FormErrors.none().add("file", "Choose the review document to import")));
        }
        try {
            ImportDraftJson draft = imports.upload(file.fileName(), Uploads.bytes(file));
            return Html.seeOther("/imports/" + draft.id(), Notice.IMPORT_CREATED);
        } catch (InvalidInputException e) {
            return Html.invalid(Templates.upload(imports.drafts(), maxMegabytes(), FormErrors.of(e)));
        }
    }

    @GET
    @Path("imports/{id}")
    public TemplateInstance preview(@RestPath long id) {
        return Templates.preview(ImportView.of(draft(id)), FormErrors.none());
    }

    /**
     * Saves what the page's form holds, then applies the button pressed: a merge, a split, a move to unplaced text,
     * placing or discarding unplaced text, a new theme, or confirming the review.
     */
    @POST
    @Path("imports/{id}")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response edit(@RestPath long id, MultivaluedMap<String, String> form) {
        ImportDraftJson current = draft(id);
        String op = form.getFirst("op") == null ? "save" : form.getFirst("op");
        FormErrors errors = FormErrors.none();
        ReviewDraft edited = fromForm(current.toDraft(current.lines()), form, errors);
        if (errors.isAny()) {
            return Html.invalid(Templates.preview(ImportView.of(withDraft(current, edited)), errors));
        }
        try {
            if (op.equals("discard-import")) {
                imports.discard(id);
                return Html.seeOther("/reviews");
            }
            ImportDraftJson saved = imports.edit(id, operation(op, form, edited));
            if (op.equals("confirm")) {
                return Html.seeOther("/reviews/" + imports.confirm(id), Notice.IMPORT_CONFIRMED);
            }
            return Html.seeOther("/imports/" + saved.id() + anchor(op));
        } catch (InvalidInputException e) {
            return Html.invalid(Templates.preview(ImportView.of(withDraft(current, edited)), FormErrors.of(e)));
        } catch (ConflictException e) {
            return Html.conflict(Templates.preview(ImportView.of(current), FormErrors.none().add("op", e.getMessage()))
                    );
        }
    }

    private static UnaryOperator<ReviewDraft> operation(String op, MultivaluedMap<String, String> form,
                                                        ReviewDraft edited) {
        String[] parts = op.split(":", 2);
        String target = parts.length > 1 ? parts[1] : "";
        return switch (parts[0]) {
            case "merge" -> d -> DraftEditor.merge(edited, target);
            case "split" -> d -> DraftEditor.split(edited, target);
            case "unplace" -> d -> DraftEditor.unplace(edited, target);
            case "discard" -> d -> DraftEditor.discard(edited, target);
            case "place" -> d -> {
                String theme = form.getFirst("unplaced-" + target + "-theme");
                if (theme == null || theme.isBlank()) {
                    throw new InvalidInputException("unplaced-" + target + "-theme", "Choose the theme to place this text in");
                }
                FindingKind kind = FindingKind.valueOf(valueOr(form.getFirst("unplaced-" + target + "-kind"),
                        FindingKind.AREA_FOR_CONSIDERATION.name()));
                return DraftEditor.place(edited, target, Integer.parseInt(theme), kind);
            };
            case "add-theme" -> d -> DraftEditor.addTheme(edited, form.getFirst("newThemeNumber"),
                    form.getFirst("newThemeTitle"));
            default -> d -> edited;
        };
    }

    /** The draft as the form holds it: metadata, theme headings, and each finding's kind, text and theme. */
    private static ReviewDraft fromForm(ReviewDraft draft, MultivaluedMap<String, String> form, FormErrors errors) {
        LocalDate reportDate = date(form, "reportDate", "report date", errors);
        LocalDate from = date(form, "onSiteFrom", "first day on site", errors);
        LocalDate to = date(form, "onSiteTo", "last day on site", errors);
        List<String> scope = Arrays.stream(valueOr(form.getFirst("scope"), "").split("\\R"))
                .map(String::strip).filter(q -> !q.isEmpty()).toList();
        ReviewType type = Arrays.stream(ReviewType.values()).filter(t -> t.name().equals(form.getFirst("type")))
                .findFirst().orElse(draft.metadata() == null ? null : draft.metadata().type());
        DraftMetadata metadata = new DraftMetadata(form.getFirst("title"), form.getFirst("reviewingBody"),
                form.getFirst("organisation"), reportDate, from, to, form.getFirst("leadReviewer"), scope, type);
        List<List<DraftFinding>> findings = new ArrayList<>();
        draft.themes().forEach(t -> findings.add(new ArrayList<>()));
        for (int t = 0; t < draft.themes().size(); t++) {
            List<DraftFinding> themeFindings = draft.themes().get(t).findings();
            for (int f = 0; f < themeFindings.size(); f++) {
                DraftFinding finding = themeFindings.get(f);
                String words = ImportView.findingInWords(draft.themes().get(t), f);
                String prefix = "finding-" + finding.id() + "-";
                int theme = parseIndex(form.getFirst(prefix + "theme"), t, draft.themes().size());
                FindingKind kind = Arrays.stream(FindingKind.values())
                        .filter(k -> k.name().equals(form.getFirst(prefix + "kind"))).findFirst().orElse(finding.kind());
                String text = form.getFirst(prefix + "text") == null ? finding.text() : form.getFirst(prefix + "text");
                findings.get(theme).add(new DraftFinding(finding.id(), kind, text.replace("\r\n", "\n"), finding.source(),
                        proposal(finding, words, form, errors)));
            }
        }
        List<DraftTheme> themes = new ArrayList<>();
        for (int t = 0; t < draft.themes().size(); t++) {
            DraftTheme theme = draft.themes().get(t);
            themes.add(new DraftTheme(valueOr(form.getFirst("theme-" + t + "-number"), theme.number()),
                    valueOr(form.getFirst("theme-" + t + "-title"), theme.title()), findings.get(t)));
        }
        return new ReviewDraft(metadata, themes, draft.unplaced(), draft.lines());
    }

    /**
     * The priority, proposed owner and target date of a recommendation as the form holds them; the management
     * response and the date as the document wrote it stay as read.
     */
    private static DraftFinding.Proposal proposal(DraftFinding finding, String inWords,
                                                  MultivaluedMap<String, String> form, FormErrors errors) {
        DraftFinding.Proposal read = finding.proposal();
        if (read == null) {
            return null;
        }
        String prefix = "finding-" + finding.id() + "-";
        if (form.getFirst(prefix + "priority") == null && form.getFirst(prefix + "target-day") == null) {
            return read;
        }
        LocalDate target = date(form, prefix + "target", "proposed target date of " + inWords, errors);
        return new DraftFinding.Proposal(blankToNull(form.getFirst(prefix + "priority")),
                blankToNull(form.getFirst(prefix + "owner")), target, read.targetDateAsWritten(), read.response());
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }

    private static LocalDate date(MultivaluedMap<String, String> form, String name, String label, FormErrors errors) {
        return FormDates.read(form.getFirst(name + "-day"), form.getFirst(name + "-month"),
                form.getFirst(name + "-year"), name, label, false, errors);
    }

    private static int parseIndex(String value, int fallback, int size) {
        try {
            int index = Integer.parseInt(value);
            return index >= 0 && index < size ? index : fallback;
        } catch (NumberFormatException e) {
            return fallback;
        }
    }

    private static String anchor(String op) {
        String[] parts = op.split(":", 2);
        return switch (parts[0]) {
            case "merge", "split" -> "#finding-" + parts[1];
            case "place", "discard", "unplace" -> "#unplaced";
            case "add-theme" -> "#themes";
            default -> "";
        };
    }

    private static ImportDraftJson withDraft(ImportDraftJson current, ReviewDraft draft) {
        return new ImportDraftJson(current.id(), current.fileName(), current.state(), current.reviewId(),
                draft.metadata(), draft.themes(), draft.unplaced(), current.lines(), current.duplicate());
    }

    private static String valueOr(String value, String fallback) {
        return value == null ? fallback : value;
    }

    private long maxMegabytes() {
        return config.maxSize().asLongValue() / (1024 * 1024);
    }

    private ImportDraftJson draft(long id) {
        return imports.find(id).orElseThrow(() -> new NotFoundException("import", id));
    }
}
