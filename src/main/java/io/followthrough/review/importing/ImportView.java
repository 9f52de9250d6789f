package io.followthrough.review.importing;

import io.followthrough.platform.web.Option;
import io.followthrough.review.FindingKind;
import io.followthrough.review.ReviewType;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * The import preview page: an overview of the draft with links into it, then the draft laid out for correcting, each
 * finding beside the text it came from.
 */
public record ImportView(ImportDraftJson draft, MetadataView metadata, List<ThemeView> themes,
                         List<UnplacedView> unplaced, int findingCount, ImportDraftJson.Duplicate duplicate) {

    /** Roughly the characters a line of a half-width text area holds on a desktop screen. */
    private static final int CHARACTERS_PER_ROW = 60;
    private static final int MIN_ROWS = 3;
    private static final int MAX_ROWS = 20;

    public record MetadataView(String title, String reviewingBody, String organisation, String leadReviewer,
                               String scope, DateView reportDate, DateView onSiteFrom, DateView onSiteTo,
                               List<Option> types) {
    }

    public record DateView(String day, String month, String year) {

        static DateView of(LocalDate date) {
            return date == null ? new DateView("", "", "") : new DateView(String.valueOf(date.getDayOfMonth()),
                    String.valueOf(date.getMonthValue()), String.valueOf(date.getYear()));
        }
    }

    public record ThemeView(int index, String number, String title, List<FindingView> findings) {

        public int position() {
            return index + 1;
        }

        public String heading() {
            return number.isBlank() ? title : number + " " + title;
        }

        public String anchor() {
            return "theme-" + index + "-heading";
        }

        public String numberField() {
            return "theme-" + index + "-number";
        }

        public String titleField() {
            return "theme-" + index + "-title";
        }

        public int strengths() {
            return (int) findings.stream().filter(f -> f.kind() == FindingKind.STRENGTH).count();
        }

        public int areas() {
            return (int) findings.stream().filter(f -> f.kind() == FindingKind.AREA_FOR_CONSIDERATION).count();
        }
    }

    /**
     * Form fields are named by the finding's id so that moving findings between themes keeps each one's edits;
     * labels name it in words, by its place in its theme.
     *
     * @param inWords "finding 3 in theme 3.3 Personal education plans"
     */
    public record FindingView(String id, String inWords, FindingKind kind, String text, List<Option> kinds,
                              List<Option> themes, String source, String sourceLabel, boolean last,
                              ProposalView proposal) {

        public String kindField() {
            return "finding-" + id + "-kind";
        }

        public String textField() {
            return "finding-" + id + "-text";
        }

        public String themeField() {
            return "finding-" + id + "-theme";
        }

        public String kindLabel() {
            return "Kind of " + inWords;
        }

        public String textLabel() {
            return "Text of " + inWords;
        }

        public String themeLabel() {
            return "Theme of " + inWords;
        }

        /** Tall enough for the text it holds, within reason. */
        public int rows() {
            return rowsFor(text);
        }

        public String priorityField() {
            return "finding-" + id + "-priority";
        }

        public String ownerField() {
            return "finding-" + id + "-owner";
        }

        public String targetField() {
            return "finding-" + id + "-target";
        }

        public String priorityLabel() {
            return "Priority of " + inWords;
        }

        public String ownerLabel() {
            return "Proposed owner of " + inWords;
        }

        public String targetLabel() {
            return "Proposed target date of " + inWords;
        }
    }

    /**
     * What a recommendation proposes for its action, editable before the review is created.
     *
     * @param targetHint how the document wrote a date it did not give as a day ("Q3 2025/26"), or the usual hint
     */
    public record ProposalView(String priority, String owner, DateView target, String targetHint, String response) {
    }

    public record UnplacedView(String id, int position, String text, List<Option> themes, List<Option> kinds,
                               String source, String sourceLabel) {

        public String themeField() {
            return "unplaced-" + id + "-theme";
        }

        public String kindField() {
            return "unplaced-" + id + "-kind";
        }

        public String inWords() {
            return "unplaced text " + position;
        }

        public String themeLabel() {
            return "Theme to place " + inWords() + " in";
        }

        public String kindLabel() {
            return "Kind of finding for " + inWords();
        }
    }

    public static ImportView of(ImportDraftJson json) {
        ReviewDraft draft = json.toDraft(json.lines());
        DraftMetadata m = draft.metadata();
        MetadataView metadata = new MetadataView(nullToEmpty(m.title()), nullToEmpty(m.reviewingBody()),
                nullToEmpty(m.organisation()), nullToEmpty(m.leadReviewer()),
                m.scope() == null ? "" : String.join("\n", m.scope()), DateView.of(m.reportDate()),
                DateView.of(m.onSiteFrom()), DateView.of(m.onSiteTo()), types(m.type()));
        List<ThemeView> themes = new ArrayList<>();
        int count = 0;
        for (int t = 0; t < draft.themes().size(); t++) {
            DraftTheme theme = draft.themes().get(t);
            List<FindingView> findings = new ArrayList<>();
            for (int f = 0; f < theme.findings().size(); f++) {
                DraftFinding finding = theme.findings().get(f);
                findings.add(new FindingView(finding.id(), findingInWords(theme, f), finding.kind(), finding.text(),
                        kinds(finding.kind()), themeOptions(draft, t, null), DraftEditor.sourceOf(draft, finding.source()),
                        label(finding.source()), f == theme.findings().size() - 1, proposal(finding.proposal())));
                count++;
            }
            themes.add(new ThemeView(t, nullToEmpty(theme.number()), theme.title(), findings));
        }
        List<UnplacedView> unplaced = new ArrayList<>();
        for (int u = 0; u < draft.unplaced().size(); u++) {
            UnplacedText text = draft.unplaced().get(u);
            unplaced.add(new UnplacedView(text.id(), u + 1, text.text(), themeOptions(draft, -1, "Choose a theme"),
                    kinds(FindingKind.AREA_FOR_CONSIDERATION), DraftEditor.sourceOf(draft, text.source()),
                    label(text.source())));
        }
        return new ImportView(json, metadata, themes, unplaced, count, json.duplicate());
    }

    public int strengthCount() {
        return themes.stream().mapToInt(ThemeView::strengths).sum();
    }

    public int areaCount() {
        return themes.stream().mapToInt(ThemeView::areas).sum();
    }

    /** "finding 3 in theme 3.3 Personal education plans": a finding named by its place, as a label says it. */
    static String findingInWords(DraftTheme theme, int index) {
        String heading = theme.number() == null || theme.number().isBlank() ? theme.title()
                : theme.number().strip() + " " + theme.title();
        return "finding " + (index + 1) + " in theme " + heading;
    }

    static int rowsFor(String text) {
        int rows = 0;
        for (String line : (text == null ? "" : text).split("\n", -1)) {
            rows += Math.max(1, (line.length() + CHARACTERS_PER_ROW - 1) / CHARACTERS_PER_ROW);
        }
        return Math.max(MIN_ROWS, Math.min(MAX_ROWS, rows + 1));
    }

    private static List<Option> types(ReviewType detected) {
        List<Option> options = new ArrayList<>();
        for (ReviewType type : ReviewType.values()) {
            options.add(new Option(type.name(), type.label(), type == (detected == null ? ReviewType.OTHER : detected)));
        }
        return options;
    }

    private static ProposalView proposal(DraftFinding.Proposal proposal) {
        if (proposal == null) {
            return null;
        }
        String hint = proposal.targetDate() == null && proposal.targetDateAsWritten() != null
                ? "The document says \u201c" + proposal.targetDateAsWritten() + "\u201d. For example, 31 7 2026"
                : "For example, 31 7 2026";
        return new ProposalView(nullToEmpty(proposal.priority()), nullToEmpty(proposal.owner()),
                DateView.of(proposal.targetDate()), hint, nullToEmpty(proposal.response()));
    }

    private static List<Option> kinds(FindingKind selected) {
        List<Option> options = new ArrayList<>();
        for (FindingKind kind : FindingKind.values()) {
            options.add(new Option(kind.name(), kind.label(), kind == selected));
        }
        return options;
    }

    private static List<Option> themeOptions(ReviewDraft draft, int selected, String prompt) {
        List<Option> options = new ArrayList<>();
        if (prompt != null) {
            options.add(new Option("", prompt, selected < 0));
        }
        for (int t = 0; t < draft.themes().size(); t++) {
            DraftTheme theme = draft.themes().get(t);
            String heading = theme.number() == null || theme.number().isBlank() ? theme.title()
                    : theme.number() + " " + theme.title();
            options.add(new Option(String.valueOf(t), heading, t == selected));
        }
        return options;
    }

    private static String label(SourceLocation source) {
        if (source == null) {
            return "";
        }
        String lines = source.fromLine() == source.toLine() ? "line " + source.fromLine()
                : "lines " + source.fromLine() + " to " + source.toLine();
        return source.page() == null ? lines : "page " + source.page() + ", " + lines;
    }

    private static String nullToEmpty(String text) {
        return text == null ? "" : text;
    }
}
