package io.followthrough.report;

import java.util.Optional;

/**
 * The narrative sections of a committee report, in the order and wording of the Middlesbrough house style
 * (DOMAIN.md, "The committee report"). The five impacts sit under "Impact(s) of recommended decision(s)".
 */
public enum ReportSection {
    PURPOSE("purpose", "What is the purpose of this report?", false, true),
    MEMBER_DECISION("member-decision", "Why does this report require a Member decision?", false, false),
    BACKGROUND("background", "Report background", false, true),
    DECISIONS("decisions", "What decision(s) are being asked for?", false, true),
    RECOMMENDATION("recommendation", "Why is this being recommended?", false, true),
    ALTERNATIVES("alternatives", "Other potential decisions and why these have not been recommended", false, false),
    LEGAL("legal", "Legal", true, true),
    FINANCIAL("financial", "Financial", true, true),
    POLICY("policy", "Policy Framework", true, true),
    EQUALITY("equality", "Equality and Diversity", true, true),
    RISK("risk", "Risk", true, true),
    ACTIONS("actions", "Actions to be taken to implement the decision(s)", false, false),
    APPENDICES("appendices", "Appendices", false, false);

    /** The heading the impacts sit under. */
    public static final String IMPACTS = "Impact(s) of recommended decision(s)";

    private final String key;
    private final String heading;
    private final boolean impact;
    private final boolean required;

    ReportSection(String key, String heading, boolean impact, boolean required) {
        this.key = key;
        this.heading = heading;
        this.impact = impact;
        this.required = required;
    }

    public String key() {
        return key;
    }

    public String heading() {
        return heading;
    }

    public boolean isImpact() {
        return impact;
    }

    /** A section members expect in every report: published empty only with a recorded reason. */
    public boolean isRequired() {
        return required;
    }

    public static Optional<ReportSection> byKey(String key) {
        for (ReportSection section : values()) {
            if (section.key.equals(key)) {
                return Optional.of(section);
            }
        }
        return Optional.empty();
    }
}
