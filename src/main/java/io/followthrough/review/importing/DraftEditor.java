package io.followthrough.review.importing;

import io.followthrough.platform.InvalidInputException;
import io.followthrough.review.FindingKind;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * The corrections a plan lead makes to a draft before it becomes a review. Each returns a new draft; text is never
 * dropped except by an explicit discard.
 */
public final class DraftEditor {

    private DraftEditor() {
    }

    /** Joins a finding with the one after it in the same theme; the merged finding keeps the first's kind. */
    public static ReviewDraft merge(ReviewDraft draft, String findingId) {
        List<DraftTheme> themes = new ArrayList<>();
        boolean merged = false;
        for (DraftTheme theme : draft.themes()) {
            List<DraftFinding> findings = new ArrayList<>(theme.findings());
            for (int i = 0; i < findings.size(); i++) {
                if (findings.get(i).id().equals(findingId)) {
                    if (i + 1 >= findings.size()) {
                        throw new InvalidInputException("finding", "The last finding of a theme has nothing after it to merge with");
                    }
                    DraftFinding first = findings.get(i);
                    DraftFinding second = findings.remove(i + 1);
                    findings.set(i, new DraftFinding(first.id(), first.kind(), first.text() + "\n" + second.text(),
                            span(first.source(), second.source()), first.proposal()));
                    merged = true;
                    break;
                }
            }
            themes.add(new DraftTheme(theme.number(), theme.title(), findings));
        }
        if (!merged) {
            throw new InvalidInputException("finding", "There is no finding " + findingId + " in this draft");
        }
        return new ReviewDraft(draft.metadata(), themes, draft.unplaced(), draft.lines());
    }

    /** Splits a finding in two at its first blank line. */
    public static ReviewDraft split(ReviewDraft draft, String findingId) {
        String nextId = nextId(draft, "f");
        List<DraftTheme> themes = new ArrayList<>();
        boolean split = false;
        for (DraftTheme theme : draft.themes()) {
            List<DraftFinding> findings = new ArrayList<>();
            for (DraftFinding finding : theme.findings()) {
                if (finding.id().equals(findingId)) {
                    String[] parts = finding.text().split("\\R\\s*\\R", 2);
                    if (parts.length < 2 || parts[1].isBlank()) {
                        throw new InvalidInputException("finding-" + findingId,
                                "Put a blank line in the text where it should split, then choose Split");
                    }
                    findings.add(new DraftFinding(finding.id(), finding.kind(), parts[0].strip(), finding.source(),
                            finding.proposal()));
                    findings.add(new DraftFinding(nextId, finding.kind(), parts[1].strip(), finding.source(),
                            finding.proposal()));
                    split = true;
                } else {
                    findings.add(finding);
                }
            }
            themes.add(new DraftTheme(theme.number(), theme.title(), findings));
        }
        if (!split) {
            throw new InvalidInputException("finding", "There is no finding " + findingId + " in this draft");
        }
        return new ReviewDraft(draft.metadata(), themes, draft.unplaced(), draft.lines());
    }

    /** Turns a piece of unplaced text into a finding of a theme. */
    public static ReviewDraft place(ReviewDraft draft, String unplacedId, int themeIndex, FindingKind kind) {
        UnplacedText text = draft.unplaced().stream().filter(u -> u.id().equals(unplacedId)).findFirst()
                .orElseThrow(() -> new InvalidInputException("unplaced", "There is no unplaced text " + unplacedId));
        if (themeIndex < 0 || themeIndex >= draft.themes().size()) {
            throw new InvalidInputException("unplaced-" + unplacedId, "Choose the theme to place this text in");
        }
        List<DraftTheme> themes = new ArrayList<>(draft.themes());
        DraftTheme theme = themes.get(themeIndex);
        List<DraftFinding> findings = new ArrayList<>(theme.findings());
        findings.add(new DraftFinding(nextId(draft, "f"), kind == null ? FindingKind.AREA_FOR_CONSIDERATION : kind,
                text.text(), text.source()));
        themes.set(themeIndex, new DraftTheme(theme.number(), theme.title(), findings));
        return new ReviewDraft(draft.metadata(), themes, without(draft.unplaced(), unplacedId), draft.lines());
    }

    public static ReviewDraft discard(ReviewDraft draft, String unplacedId) {
        if (draft.unplaced().stream().noneMatch(u -> u.id().equals(unplacedId))) {
            throw new InvalidInputException("unplaced", "There is no unplaced text " + unplacedId);
        }
        return new ReviewDraft(draft.metadata(), draft.themes(), without(draft.unplaced(), unplacedId), draft.lines());
    }

    /** Takes a finding out of its theme into the unplaced list, from where it can be placed again or discarded. */
    public static ReviewDraft unplace(ReviewDraft draft, String findingId) {
        List<UnplacedText> unplaced = new ArrayList<>(draft.unplaced());
        List<DraftTheme> themes = new ArrayList<>();
        String nextId = nextId(draft, "u");
        for (DraftTheme theme : draft.themes()) {
            List<DraftFinding> findings = new ArrayList<>();
            for (DraftFinding finding : theme.findings()) {
                if (finding.id().equals(findingId)) {
                    unplaced.add(new UnplacedText(nextId, finding.text(), finding.source()));
                } else {
                    findings.add(finding);
                }
            }
            themes.add(new DraftTheme(theme.number(), theme.title(), findings));
        }
        return new ReviewDraft(draft.metadata(), themes, unplaced, draft.lines());
    }

    public static ReviewDraft addTheme(ReviewDraft draft, String number, String title) {
        if (title == null || title.isBlank()) {
            throw new InvalidInputException("newThemeTitle", "Enter the new theme's title");
        }
        List<DraftTheme> themes = new ArrayList<>(draft.themes());
        themes.add(new DraftTheme(number == null || number.isBlank() ? null : number.strip(), title.strip(), List.of()));
        return new ReviewDraft(draft.metadata(), themes, draft.unplaced(), draft.lines());
    }

    /** The source text of a location, for showing beside a finding. */
    public static String sourceOf(ReviewDraft draft, SourceLocation source) {
        if (source == null) {
            return "";
        }
        StringBuilder text = new StringBuilder();
        for (SourceLine line : draft.lines()) {
            if (line.number() >= source.fromLine() && line.number() <= source.toLine()) {
                text.append(line.text()).append('\n');
            }
        }
        return text.toString().stripTrailing();
    }

    public static Optional<DraftFinding> finding(ReviewDraft draft, String id) {
        return draft.themes().stream().flatMap(t -> t.findings().stream()).filter(f -> f.id().equals(id)).findFirst();
    }

    private static SourceLocation span(SourceLocation first, SourceLocation second) {
        if (first == null) {
            return second;
        }
        if (second == null) {
            return first;
        }
        return new SourceLocation(Math.min(first.fromLine(), second.fromLine()), Math.max(first.toLine(), second.toLine()),
                first.page());
    }

    private static List<UnplacedText> without(List<UnplacedText> unplaced, String id) {
        return unplaced.stream().filter(u -> !u.id().equals(id)).toList();
    }

    private static String nextId(ReviewDraft draft, String prefix) {
        int max = Stream.concat(draft.themes().stream().flatMap(t -> t.findings().stream()).map(DraftFinding::id),
                        draft.unplaced().stream().map(UnplacedText::id))
                .filter(id -> id != null && id.startsWith(prefix))
                .mapToInt(id -> {
                    try {
                        return Integer.parseInt(id.substring(prefix.length()));
                    } catch (NumberFormatException e) {
                        return 0;
                    }
                }).max().orElse(0);
        return prefix + (max + 1);
    }
}
