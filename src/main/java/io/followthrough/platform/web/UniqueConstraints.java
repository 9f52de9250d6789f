package io.followthrough.platform.web;

import java.util.Map;

/** What each unique constraint of the schema protects, in words a person saving a form understands. */
final class UniqueConstraints {

    private static final Map<String, String> MEANINGS = Map.of(
            "action_reference_unique", "The plan already has an action with this reference. Choose another reference.",
            "report_version_unique", "This version of the report was published a moment ago by someone else. "
                    + "Reload the report to see it.",
            "termly_review_entry_unique", "Someone else recorded this action for the meeting a moment ago. "
                    + "Reload the page to see their entry.",
            "term_unique", "That term already exists.");

    private UniqueConstraints() {
    }

    static String describe(String constraint) {
        String name = constraint == null ? "" : constraint.toLowerCase(java.util.Locale.ROOT);
        return MEANINGS.getOrDefault(name, "This would duplicate something that already exists (it may have been "
                + "saved a moment ago by someone else). Nothing was saved: reload and try again.");
    }
}
