package io.followthrough.plan.action;

import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * One stored text of a progress update that can be redacted, named as the API names it, with what
 * {@code redact_progress_text} (V15) calls it: the column, and the link's position or the file's id.
 */
public record RedactionTarget(String field, String label, String text, String column, long item) {

    private static final Pattern INDEXED = Pattern.compile("(evidenceLinks|evidenceFiles)\\[(\\d{1,4})]");

    /** Every text of the update that holds anything, in the order the action page shows them. */
    static List<RedactionTarget> allOf(ProgressUpdate update, List<EvidenceFile> files) {
        List<RedactionTarget> targets = new java.util.ArrayList<>();
        targets.add(new RedactionTarget("narrative", "narrative", update.narrative, "narrative", 0));
        if (update.reason != null) {
            targets.add(new RedactionTarget("reason", "reason for the rating", update.reason, "reason", 0));
        }
        if (update.impact != null) {
            targets.add(new RedactionTarget("impact", "impact so far", update.impact, "impact", 0));
        }
        for (int i = 0; i < update.evidenceLinks.size(); i++) {
            targets.add(new RedactionTarget("evidenceLinks[" + i + "]", "evidence link " + (i + 1),
                    update.evidenceLinks.get(i), "evidence_link", i));
        }
        List<EvidenceFile> own = files.stream().filter(f -> f.update.id.equals(update.id)).toList();
        for (int i = 0; i < own.size(); i++) {
            targets.add(new RedactionTarget("evidenceFiles[" + i + "]", "name of evidence file " + (i + 1),
                    own.get(i).fileName, "evidence_file", own.get(i).id));
        }
        return targets;
    }

    static Optional<RedactionTarget> of(ProgressUpdate update, List<EvidenceFile> files, String field) {
        if (field == null) {
            return Optional.empty();
        }
        Matcher indexed = INDEXED.matcher(field);
        if (!field.equals("narrative") && !field.equals("reason") && !field.equals("impact") && !indexed.matches()) {
            return Optional.empty();
        }
        return allOf(update, files).stream().filter(t -> t.field().equals(field)).findFirst();
    }
}
