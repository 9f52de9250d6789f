package io.followthrough.report;

import java.util.Optional;

/**
 * The narrative sections of a committee report, in the order and wording of the Middlesbrough house style
 * (DOMAIN.md, "The committee report"). The five impacts sit under "Impact(s) of recommended decision(s)".
 */
public enum ReportSection {
    PURPOSE("purpose", "What is the purpose of this report?", false),
    MEMBER_DECISION("member-decision", "Why does this report require a Member decision?", false),
    BACKGROUND("background", "Report background", false),
    DECISIONS("decisions", "What decision(s) are being asked for?", false),
    RECOMMENDATION("recommendation", "Why is this being recommended?", false),
    ALTERNATIVES("alternatives", "Other potential decisions and why these have not been recommended", false),
    LEGAL("legal", "Legal", true),
    FINANCIAL("financial", "Financial", true),
    POLICY("policy", "Policy Framework", true),
    EQUALITY("equality", "Equality and Diversity", true),
    RISK("risk", "Risk", true),
    ACTIONS("actions", "Actions to be taken to implement the decision(s)", false),
    APPENDICES("appendices", "Appendices", false);

    /** The heading the impacts sit under. */
    public static final String IMPACTS = "Impact(s) of recommended decision(s)";

    private final String key;
    private final String heading;
    private final boolean impact;

    ReportSection(String key, String heading, boolean impact) {
        this.key = key;
        this.heading = heading;
        this.impact = impact;
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

    public static Optional<ReportSection> byKey(String key) {
        for (ReportSection section : values()) {
            if (section.key.equals(key)) {
                return Optional.of(section);
            }
        }
        return Optional.empty();
    }
}
