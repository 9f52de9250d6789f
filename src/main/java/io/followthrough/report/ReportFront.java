package io.followthrough.report;

import java.time.LocalDate;
import java.util.List;

/** The front of a report: who presents it, what it is for, its Strategic Plan contribution, its papers and contact. */
public record ReportFront(List<String> executiveMembers, String director, String proposedDecision, String reportFor,
                          boolean keyDecision, String confidential, boolean urgent, String strategicPlanPeriod,
                          String people, String place, String business, String wards,
                          List<BackgroundPaper> backgroundPapers, String contactName, String contactEmail) {

    public record BackgroundPaper(String body, String title, LocalDate date) {
    }

    /** Everyone presenting the report, Executive members first, as the front's bulleted list shows them. */
    public List<String> presenters() {
        List<String> all = new java.util.ArrayList<>(executiveMembers == null ? List.of() : executiveMembers);
        if (director != null && !director.isBlank()) {
            all.add(director);
        }
        return all;
    }

    /** The executive members one per line, for the form that edits them. */
    public String membersText() {
        return executiveMembers == null ? "" : String.join("\n", executiveMembers);
    }
}
