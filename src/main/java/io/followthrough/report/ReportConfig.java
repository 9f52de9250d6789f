package io.followthrough.report;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import jakarta.validation.constraints.Size;

import java.nio.file.Path;
import java.util.List;
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
}
