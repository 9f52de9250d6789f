package io.followthrough.plan.spreadsheet;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.followthrough.people.Partner;
import io.followthrough.people.Person;
import io.followthrough.plan.Plan;
import io.followthrough.plan.action.Action;
import io.followthrough.plan.action.ActionInput;
import io.followthrough.plan.action.ActionJson;
import io.followthrough.plan.action.ActionService;
import io.followthrough.plan.action.ActionStatus;
import io.followthrough.plan.action.ProgressService;
import io.followthrough.plan.action.ProgressUpdate;
import io.followthrough.plan.action.ProgressUpdateInput;
import io.followthrough.plan.action.Rag;
import io.followthrough.platform.ConflictException;
import io.followthrough.platform.FieldError;
import io.followthrough.platform.InvalidInputException;
import io.followthrough.platform.NotFoundException;
import io.followthrough.platform.PersonalData;
import io.followthrough.review.Finding;
import io.followthrough.review.FindingKind;
import io.followthrough.review.Review;
import io.followthrough.review.Theme;
import io.followthrough.term.Term;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The plan as a spreadsheet: exported in the columns councils use, edited in Excel or LibreOffice, and imported back
 * through a preview that lists every change and every row error. Nothing is written until the plan lead confirms;
 * exporting and importing again with no edits changes nothing.
 */
@ApplicationScoped
public class PlanSpreadsheetService {

    /** The sheet's column for each field of an action, to place the errors of the dry run. */
    private static final Map<String, String> COLUMN_OF_FIELD = Map.ofEntries(Map.entry("reference", PlanColumns.REF),
            Map.entry("title", PlanColumns.ACTION), Map.entry("themeId", PlanColumns.THEME),
            Map.entry("findingIds", PlanColumns.FINDING), Map.entry("leadId", PlanColumns.LEAD),
            Map.entry("partnerIds", PlanColumns.PARTNERS), Map.entry("startDate", PlanColumns.START),
            Map.entry("targetDate", PlanColumns.TARGET), Map.entry("successCriteria", PlanColumns.SUCCESS),
            Map.entry("status", PlanColumns.STATUS), Map.entry("rag", PlanColumns.RAG),
            Map.entry("ragReason", PlanColumns.RAG_REASON));

    private final ActionService actions;
    private final ProgressService progress;
    private final ObjectMapper json;

    public PlanSpreadsheetService(ActionService actions, ProgressService progress, ObjectMapper json) {
        this.actions = actions;
        this.progress = progress;
        this.json = json;
    }

    public record Export(String fileName, String title, List<Map<String, String>> rows) {
    }

    @Transactional
    public Export export(long planId) {
        Plan plan = requirePlan(planId);
        List<Action> planActions = Action.ofPlanForExport(planId);
        Map<Long, ProgressUpdate> latest = ProgressUpdate.latestOf(planActions.stream().map(a -> a.id).toList());
        List<Term> terms = Term.inOrder();
        List<Map<String, String>> rows = new ArrayList<>();
        for (Action a : planActions) {
            Map<String, String> row = new HashMap<>();
            row.put(PlanColumns.REF, a.reference);
            row.put(PlanColumns.THEME, a.theme == null ? "" : a.theme.heading());
            row.put(PlanColumns.FINDING, a.findings.stream().map(f -> f.text).collect(Collectors.joining("\n")));
            row.put(PlanColumns.ACTION, a.title);
            row.put(PlanColumns.LEAD, a.lead.name);
            row.put(PlanColumns.JOB_TITLE, a.lead.jobTitle);
            row.put(PlanColumns.PARTNERS, a.partners.stream().map(p -> p.name).collect(Collectors.joining(", ")));
            row.put(PlanColumns.START, SheetRow.date(a.startDate));
            row.put(PlanColumns.TARGET, SheetRow.date(a.targetDate));
            row.put(PlanColumns.TERM, terms.stream().filter(t -> t.contains(a.targetDate)).findFirst()
                    .map(Term::name).orElse(""));
            row.put(PlanColumns.SUCCESS, nullToEmpty(a.successCriteria));
            row.put(PlanColumns.STATUS, a.status.label());
            row.put(PlanColumns.RAG, a.rag.label());
            row.put(PlanColumns.RAG_REASON, nullToEmpty(a.ragReason));
            ProgressUpdate update = latest.get(a.id);
            row.put(PlanColumns.LATEST, update == null ? "" : update.narrative);
            row.put(PlanColumns.UPDATED_ON, update == null ? ""
                    : SheetRow.date(update.createdAt.atZone(ZoneId.of("Europe/London")).toLocalDate()));
            rows.add(row);
        }
        return new Export(plan.fileName(), plan.title, rows);
    }

    @Transactional
    public ImportPreview preview(long planId, String fileName, byte[] content) {
        Plan plan = requirePlan(planId);
        List<SheetRow> sheet = PlanSheets.read(content);
        Map<String, Action> byReference = new HashMap<>();
        Action.ofPlanForExport(planId).forEach(a -> byReference.put(a.reference, a));
        Map<Long, ProgressUpdate> latest = ProgressUpdate.latestOf(byReference.values().stream().map(a -> a.id).toList());
        List<Theme> themes = new ArrayList<>();
        Map<String, Finding> areas = new HashMap<>();
        for (Review review : plan.reviews) {
            themes.addAll(Theme.ofReview(review.id));
            Finding.ofReview(review.id).stream().filter(f -> f.kind == FindingKind.AREA_FOR_CONSIDERATION)
                    .forEach(f -> areas.putIfAbsent(normal(f.text), f));
        }
        Map<String, Person> people = new HashMap<>();
        Person.allByName().list().forEach(p -> people.putIfAbsent(key(p.name), p));
        Map<String, Partner> partners = new HashMap<>();
        Partner.allByName().forEach(p -> partners.put(key(p.name), p));

        List<ImportPreview.Change> changes = new ArrayList<>();
        List<ImportPreview.RowError> errors = new ArrayList<>();
        List<ImportedRow> rows = new ArrayList<>();
        Map<Long, Long> versions = new HashMap<>();
        Set<String> seen = new LinkedHashSet<>();
        for (SheetRow row : sheet) {
            int errorsBefore = errors.size();
            String reference = row.get(PlanColumns.REF);
            Action existing = reference.isEmpty() ? null : byReference.get(reference);
            if (!reference.isEmpty() && !seen.add(reference)) {
                errors.add(new ImportPreview.RowError(row.number(), PlanColumns.REF,
                        "Reference " + reference + " appears on more than one row"));
            }
            String title = row.get(PlanColumns.ACTION);
            Person lead = people.get(key(row.get(PlanColumns.LEAD)));
            if (lead == null) {
                errors.add(new ImportPreview.RowError(row.number(), PlanColumns.LEAD, row.get(PlanColumns.LEAD).isEmpty()
                        ? "Name the lead officer" : "There is no one called " + row.get(PlanColumns.LEAD)
                        + " in People; add them first or use the name People has"));
            }
            Theme theme = null;
            String themeText = row.get(PlanColumns.THEME);
            if (!themeText.isEmpty()) {
                theme = themes.stream().filter(t -> normal(t.heading()).equals(normal(themeText))
                        || (t.number != null && (themeText.equals(t.number) || themeText.startsWith(t.number + " "))))
                        .findFirst().orElse(null);
                if (theme == null) {
                    errors.add(new ImportPreview.RowError(row.number(), PlanColumns.THEME,
                            "The reviews of this plan have no theme " + themeText));
                }
            }
            List<Long> partnerIds = new ArrayList<>();
            for (String name : row.get(PlanColumns.PARTNERS).split(",")) {
                if (name.isBlank()) {
                    continue;
                }
                Partner partner = partners.get(key(name));
                if (partner == null) {
                    errors.add(new ImportPreview.RowError(row.number(), PlanColumns.PARTNERS,
                            "There is no partner called " + name.strip()));
                } else {
                    partnerIds.add(partner.id);
                }
            }
            List<Long> findingIds = new ArrayList<>();
            for (String text : row.get(PlanColumns.FINDING).split("\n")) {
                if (text.isBlank()) {
                    continue;
                }
                Finding area = areas.get(normal(text));
                if (area == null) {
                    errors.add(new ImportPreview.RowError(row.number(), PlanColumns.FINDING,
                            "The reviews of this plan have no area for consideration \u201c" + text.strip() + "\u201d"));
                } else if (!findingIds.contains(area.id)) {
                    findingIds.add(area.id);
                }
            }
            LocalDate start = date(row, PlanColumns.START, errors);
            LocalDate target = date(row, PlanColumns.TARGET, errors);
            ActionStatus status = choice(ActionStatus.class, row, PlanColumns.STATUS, ActionStatus::label, errors);
            Rag rag = choice(Rag.class, row, PlanColumns.RAG, Rag::label, errors);
            String ragReason = row.get(PlanColumns.RAG_REASON);
            // The same checks as saving the action through the API or the form, run as a dry run; a column whose
            // text could not be read already has its error.
            ActionInput input = new ActionInput(reference.isEmpty() ? null : reference, title, null,
                    theme == null ? null : theme.id, findingIds, lead == null ? null : lead.id, partnerIds, start,
                    target, blankToNull(row.get(PlanColumns.SUCCESS)), status, rag, blankToNull(ragReason), null);
            Set<String> unreadable = new HashSet<>();
            errors.subList(errorsBefore, errors.size()).forEach(e -> unreadable.add(e.column()));
            for (FieldError error : actions.check(planId, existing == null ? null : existing.id, input)) {
                String column = COLUMN_OF_FIELD.getOrDefault(error.field(), PlanColumns.ACTION);
                if (unreadable.add(column)) {
                    errors.add(new ImportPreview.RowError(row.number(), column, error.message()));
                }
            }
            PersonalData.problemWithRecorded(row.get(PlanColumns.LATEST)).ifPresent(message ->
                    errors.add(new ImportPreview.RowError(row.number(), PlanColumns.LATEST, message)));
            if (errors.size() > errorsBefore) {
                continue;
            }
            String latestText = row.get(PlanColumns.LATEST);
            ProgressUpdate current = existing == null ? null : latest.get(existing.id);
            String newUpdate = !latestText.isEmpty() && (current == null || !normal(current.narrative).equals(normal(latestText)))
                    ? latestText : null;
            ImportedRow imported = new ImportedRow(row.number(), reference.isEmpty() ? null : reference,
                    existing == null ? null : existing.id, title, theme == null ? null : theme.id, findingIds, lead.id, partnerIds,
                    start, target, blankToNull(row.get(PlanColumns.SUCCESS)), status, rag, blankToNull(ragReason),
                    newUpdate);
            if (existing == null) {
                changes.add(new ImportPreview.Change(row.number(), reference, ImportPreview.Kind.NEW_ACTION, null, null,
                        findingIds.isEmpty() ? title : title + " (answers: " + findingTexts(findingIds) + ")"));
                rows.add(imported);
                continue;
            }
            List<ImportPreview.Change> rowChanges = compare(row.number(), existing, imported);
            if (newUpdate != null) {
                rowChanges.add(new ImportPreview.Change(row.number(), reference, ImportPreview.Kind.NEW_UPDATE,
                        PlanColumns.LATEST, current == null ? null : current.narrative, newUpdate));
            }
            if (!rowChanges.isEmpty()) {
                changes.addAll(rowChanges);
                rows.add(imported);
                versions.put(existing.id, existing.version);
            }
        }
        PlanImport stored = new PlanImport();
        stored.planId = planId;
        stored.fileName = fileName == null || fileName.isBlank() ? "spreadsheet" : fileName;
        stored.rowsJson = write(rows);
        stored.versionsJson = write(versions);
        stored.errorCount = errors.size();
        stored.persist();
        return preview(stored, changes, errors);
    }

    /** Applies a previewed import, provided nobody changed the plan's actions since the preview. */
    @Transactional
    public List<ActionJson> confirm(long planId, long importId) {
        PlanImport stored = PlanImport.ofPlan(planId, importId)
                .orElseThrow(() -> new NotFoundException("spreadsheet import", importId));
        if (stored.state == PlanImport.State.CONFIRMED) {
            throw new ConflictException("This import was already applied.");
        }
        if (stored.errorCount > 0) {
            throw new InvalidInputException("file", "Correct the rows with errors in the spreadsheet and import it again");
        }
        List<ImportedRow> rows = read(stored.rowsJson, new TypeReference<>() { });
        Map<Long, Long> versions = read(stored.versionsJson, new TypeReference<>() { });
        for (Map.Entry<Long, Long> version : versions.entrySet()) {
            Action action = Action.findById(version.getKey());
            if (action == null || action.version != version.getValue()) {
                throw new ConflictException("The plan changed since this preview was made. Import the spreadsheet again "
                        + "to see the changes against the plan as it is now.");
            }
        }
        List<ActionJson> applied = new ArrayList<>();
        for (ImportedRow row : rows) {
            if (row.actionId() == null) {
                applied.add(actions.create(planId, new ActionInput(row.reference(), row.title(), null, row.themeId(),
                        row.findingIds() == null ? List.of() : row.findingIds(), row.leadId(), row.partnerIds(), row.startDate(), row.targetDate(),
                        row.successCriteria(), row.status(), row.rag(), row.ragReason(), null)));
                continue;
            }
            ActionJson current = actions.find(row.actionId()).orElseThrow();
            boolean update = row.newUpdate() != null;
            ActionJson saved = actions.update(row.actionId(), new ActionInput(current.reference(), row.title(),
                    current.description(), row.themeId(), row.findingIds() == null ? current.findingIds() : row.findingIds(),
                    row.leadId(), row.partnerIds(),
                    row.startDate(), row.targetDate(), row.successCriteria(),
                    update ? current.status() : row.status(), update ? current.rag() : row.rag(),
                    update ? current.ragReason() : row.ragReason(), current.version()));
            if (update) {
                progress.add(row.actionId(), new ProgressUpdateInput(row.newUpdate(), row.status(), row.rag(),
                        row.ragReason(), null, List.of(), null));
                saved = actions.find(row.actionId()).orElseThrow();
            }
            applied.add(saved);
        }
        stored.state = PlanImport.State.CONFIRMED;
        return applied;
    }

    private static List<ImportPreview.Change> compare(int row, Action a, ImportedRow r) {
        List<ImportPreview.Change> changes = new ArrayList<>();
        String ref = a.reference;
        change(changes, row, ref, PlanColumns.ACTION, a.title, r.title());
        change(changes, row, ref, PlanColumns.THEME, a.theme == null ? null : a.theme.heading(),
                r.themeId() == null ? null : a.theme != null && a.theme.id.equals(r.themeId()) ? a.theme.heading()
                        : Theme.<Theme>findById(r.themeId()).heading());
        change(changes, row, ref, PlanColumns.LEAD, a.lead.name, a.lead.id.equals(r.leadId()) ? a.lead.name
                : Person.<Person>findById(r.leadId()).name);
        Set<Long> answered = a.findings.stream().map(f -> f.id).collect(Collectors.toCollection(TreeSet::new));
        if (!answered.equals(new TreeSet<>(r.findingIds()))) {
            changes.add(new ImportPreview.Change(row, ref, ImportPreview.Kind.CHANGED_FIELD, PlanColumns.FINDING,
                    findingTexts(a.findings.stream().map(f -> f.id).toList()), findingTexts(r.findingIds())));
        }
        Set<Long> before = a.partners.stream().map(p -> p.id).collect(Collectors.toCollection(TreeSet::new));
        if (!before.equals(new TreeSet<>(r.partnerIds()))) {
            changes.add(new ImportPreview.Change(row, ref, ImportPreview.Kind.CHANGED_FIELD, PlanColumns.PARTNERS,
                    names(a.partners.stream().map(p -> p.id).toList()), names(r.partnerIds())));
        }
        change(changes, row, ref, PlanColumns.START, a.startDate, r.startDate());
        change(changes, row, ref, PlanColumns.TARGET, a.targetDate, r.targetDate());
        change(changes, row, ref, PlanColumns.SUCCESS, a.successCriteria, r.successCriteria());
        change(changes, row, ref, PlanColumns.STATUS, a.status.label(), r.status().label());
        change(changes, row, ref, PlanColumns.RAG, a.rag.label(), r.rag().label());
        change(changes, row, ref, PlanColumns.RAG_REASON, a.ragReason, r.ragReason());
        return changes;
    }

    private static void change(List<ImportPreview.Change> changes, int row, String ref, String field, Object before,
                               Object after) {
        String old = before == null ? null : before.toString();
        String now = after == null ? null : after.toString();
        if (!normal(old).equals(normal(now))) {
            changes.add(new ImportPreview.Change(row, ref, ImportPreview.Kind.CHANGED_FIELD, field, old, now));
        }
    }

    private static String findingTexts(List<Long> findingIds) {
        return findingIds.isEmpty() ? "" : Finding.byIds(findingIds).stream().map(f -> f.text).sorted()
                .collect(Collectors.joining("\n"));
    }

    private static String names(List<Long> partnerIds) {
        return partnerIds.stream().map(id -> Partner.<Partner>findById(id).name).sorted()
                .collect(Collectors.joining(", "));
    }

    private static ImportPreview preview(PlanImport stored, List<ImportPreview.Change> changes,
                                         List<ImportPreview.RowError> errors) {
        long newActions = changes.stream().filter(c -> c.kind() == ImportPreview.Kind.NEW_ACTION).count();
        long changed = changes.stream().filter(c -> c.kind() == ImportPreview.Kind.CHANGED_FIELD)
                .map(ImportPreview.Change::reference).distinct().count();
        long updates = changes.stream().filter(c -> c.kind() == ImportPreview.Kind.NEW_UPDATE).count();
        return new ImportPreview(stored.id, stored.planId, stored.fileName, changes, errors, newActions, changed, updates);
    }

    private static LocalDate date(SheetRow row, String column, List<ImportPreview.RowError> errors) {
        try {
            return PlanSheets.parseDate(row.get(column));
        } catch (IllegalArgumentException e) {
            errors.add(new ImportPreview.RowError(row.number(), column,
                    "'" + row.get(column) + "' is not a date; write it like 31/03/2027"));
            return null;
        }
    }

    private static <E extends Enum<E>> E choice(Class<E> type, SheetRow row, String column, Function<E, String> label,
                                                List<ImportPreview.RowError> errors) {
        String text = row.get(column);
        for (E constant : type.getEnumConstants()) {
            if (constant.name().equalsIgnoreCase(text.replace(' ', '_')) || label.apply(constant).equalsIgnoreCase(text)) {
                return constant;
            }
        }
        errors.add(new ImportPreview.RowError(row.number(), column, "'" + text + "' is not one of "
                + Arrays.stream(type.getEnumConstants()).map(label).collect(Collectors.joining(", "))));
        return null;
    }

    private String write(Object value) {
        try {
            return json.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("An import cannot be written as JSON", e);
        }
    }

    private <T> T read(String text, TypeReference<T> type) {
        try {
            return json.readValue(text, type);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("A stored import cannot be read", e);
        }
    }

    private static Plan requirePlan(long planId) {
        return Plan.<Plan>findByIdOptional(planId).orElseThrow(() -> new NotFoundException("plan", planId));
    }

    private static String key(String name) {
        return name == null ? "" : name.strip().toLowerCase(Locale.UK);
    }

    /** Text as compared: line endings and surrounding spaces do not count as a change. */
    private static String normal(String text) {
        return text == null ? "" : text.replace("\r\n", "\n").replace('\r', '\n').strip();
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }

    private static String nullToEmpty(String text) {
        return text == null ? "" : text;
    }
}
