package io.followthrough.report;

import io.smallrye.config.ConfigMapping;

import java.nio.file.Path;
import java.util.Optional;

@ConfigMapping(prefix = "followthrough.reports")
public interface ReportConfig {

    /**
     * A folder whose {@code report.html} replaces the built-in report template and whose {@code report.css} is added
     * after the built-in stylesheet: another council's house style without rebuilding.
     */
    Optional<Path> templateDir();
}
