package io.followthrough.review.importing;

import io.followthrough.platform.web.Option;
import io.followthrough.review.FindingKind;
import io.followthrough.review.ReviewType;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.ArrayList;
import java.util.List;

/** The import preview page: the draft laid out for correcting, each finding beside the text it came from. */
public record ImportView(ImportDraftJson draft, MetadataView metadata, List<ThemeView> themes,
                         List<UnplacedView> unplaced, int findingCount) {

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

        public String numberField() {
            return "theme-" + index + "-number";
        }

        public String titleField() {
            return "theme-" + index + "-title";
        }
    }

    /** Form fields are named by the finding's id so that moving findings between themes keeps each one's edits. */
    public record FindingView(String id, String text, List<Option> kinds, List<Option> themes, String source,
                              String sourceLabel, boolean last, String proposal) {

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
            return "Kind of finding " + id;
        }

        public String textLabel() {
            return "Text of finding " + id;
        }

        public String themeLabel() {
            return "Theme of finding " + id;
        }
    }

    public record UnplacedView(String id, String text, List<Option> themes, List<Option> kinds, String source,
                               String sourceLabel) {

        public String themeField() {
            return "unplaced-" + id + "-theme";
        }

        public String kindField() {
            return "unplaced-" + id + "-kind";
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
                findings.add(new FindingView(finding.id(), finding.text(), kinds(finding.kind()),
                        themeOptions(draft, t, null), DraftEditor.sourceOf(draft, finding.source()),
                        label(finding.source()), f == theme.findings().size() - 1, proposal(finding.proposal())));
                count++;
            }
            themes.add(new ThemeView(t, nullToEmpty(theme.number()), theme.title(), findings));
        }
        List<UnplacedView> unplaced = draft.unplaced().stream().map(u -> new UnplacedView(u.id(), u.text(),
                themeOptions(draft, -1, "Choose a theme"), kinds(FindingKind.AREA_FOR_CONSIDERATION),
                DraftEditor.sourceOf(draft, u.source()), label(u.source()))).toList();
        return new ImportView(json, metadata, themes, unplaced, count);
    }

    private static List<Option> types(ReviewType detected) {
        List<Option> options = new ArrayList<>();
        for (ReviewType type : ReviewType.values()) {
            options.add(new Option(type.name(), type.label(), type == (detected == null ? ReviewType.OTHER : detected)));
        }
        return options;
    }

    /** What the review proposes for the action, as one line: "Priority: High. Owner: …. Target date: …". */
    private static String proposal(DraftFinding.Proposal proposal) {
        if (proposal == null) {
            return "";
        }
        List<String> parts = new ArrayList<>();
        if (proposal.priority() != null) {
            parts.add("Priority: " + proposal.priority());
        }
        if (proposal.owner() != null) {
            parts.add("Proposed owner: " + proposal.owner());
        }
        if (proposal.targetDate() != null) {
            parts.add("Target date: " + proposal.targetDate().format(DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.UK)));
        }
        if (proposal.response() != null) {
            parts.add("Management response: " + proposal.response());
        }
        return String.join(". ", parts);
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
            String heading = theme.number() == null ? theme.title() : theme.number() + " " + theme.title();
            options.add(new Option(String.valueOf(t), heading.length() > 90 ? heading.substring(0, 87) + "…" : heading,
                    t == selected));
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
