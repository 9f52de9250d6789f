package io.followthrough.report;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import jakarta.validation.constraints.Size;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;

@ConfigMapping(prefix = "followthrough.reports")
public interface ReportConfig {

    /**
     * A folder whose {@code report.html} replaces the built-in report template and whose {@code report.css} is added
     * after the built-in stylesheet: another council's house style without rebuilding.
     */
    Optional<Path> templateDir();

    /** The council's logo (PNG or SVG) shown at the top of every report; none when not set. */
    Optional<Path> logo();

    /** The three headings of the council's Strategic Plan, under which a report states its contribution. */
    @WithDefault("People,Place,Business")
    @Size(min = 3, max = 3)
    List<String> strategicPlanHeadings();

    /** The period of the council's Strategic Plan, as its heading names it ("2021-24"). */
    Optional<String> strategicPlanPeriod();

    /** A new report's contribution under each Strategic Plan heading, by heading; "Not applicable." where none is set. */
    Map<String, String> strategicPlanContribution();

    /**
     * Who presents a report to each body, by the body's name ("Executive"): the Executive member(s) and the director,
     * as the front lists them ("Councillor … – Executive Member for Children's Services").
     */
    Map<String, Presenters> presenters();

    /**
     * A reviewing body's name in full, by how reviews name it: "NAVSH" is "the National Association of Virtual School
     * Heads (NAVSH)". A report uses the full name first and the short one after.
     */
    Map<String, String> reviewingBodies();

    interface Presenters {
        Optional<List<String>> members();

        Optional<String> director();
    }
}
