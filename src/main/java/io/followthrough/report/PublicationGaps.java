package io.followthrough.report;

import java.util.ArrayList;
import java.util.List;

/**
 * What a report would be published without: an empty required section, no one presenting it, an empty Strategic Plan
 * table. A report may still be published with gaps, but only with a reason that is kept with the version.
 */
final class PublicationGaps {

    /** One gap: a key stable across versions, and what a person would call it. */
    record Gap(String key, String description) {
    }

    private PublicationGaps() {
    }

    static List<Gap> of(ReportDocument doc) {
        List<Gap> gaps = new ArrayList<>();
        for (ReportSection section : ReportSection.values()) {
            if (section.isRequired() && paragraphsOf(doc, section).isEmpty()) {
                gaps.add(new Gap("section:" + section.key(), (section.isImpact()
                        ? "The " + section.heading() + " impact" : "\"" + section.heading() + "\"") + " is empty"));
            }
        }
        ReportFront front = doc.front();
        if (front == null || front.presenters().stream().allMatch(p -> p == null || p.isBlank())) {
            gaps.add(new Gap("presenters", "No one is named as presenting the report"));
        }
        if (front == null || (blank(front.people()) && blank(front.place()) && blank(front.business()))) {
            gaps.add(new Gap("strategic-plan", "The Strategic Plan table is empty"));
        }
        return List.copyOf(gaps);
    }

    private static List<ReportDocument.Paragraph> paragraphsOf(ReportDocument doc, ReportSection section) {
        return doc.sections().stream().filter(s -> s.key().equals(section.key())).findFirst()
                .map(ReportDocument.Section::paragraphs).orElse(List.of());
    }

    private static boolean blank(String text) {
        return text == null || text.isBlank();
    }
}
