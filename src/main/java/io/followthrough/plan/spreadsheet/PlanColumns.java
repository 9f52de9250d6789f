package io.followthrough.plan.spreadsheet;

import java.util.List;

/** The columns councils use for an action plan, in order; export writes them and import reads them by name. */
public final class PlanColumns {

    public static final String REF = "Ref";
    public static final String THEME = "Theme";
    public static final String FINDING = "Finding";
    public static final String ACTION = "Action";
    public static final String LEAD = "Lead officer";
    public static final String JOB_TITLE = "Job title";
    public static final String PARTNERS = "Partners";
    public static final String START = "Start";
    public static final String TARGET = "Target date";
    public static final String TERM = "Term";
    public static final String SUCCESS = "Success criteria";
    public static final String STATUS = "Status";
    public static final String RAG = "RAG";
    public static final String RAG_REASON = "RAG reason";
    public static final String LATEST = "Latest update";
    public static final String UPDATED_ON = "Updated on";

    public static final List<String> ALL = List.of(REF, THEME, FINDING, ACTION, LEAD, JOB_TITLE, PARTNERS, START,
            TARGET, TERM, SUCCESS, STATUS, RAG, RAG_REASON, LATEST, UPDATED_ON);

    /** Columns an import needs to make sense of a row. */
    public static final List<String> REQUIRED = List.of(REF, ACTION, LEAD, TARGET, STATUS, RAG);

    private PlanColumns() {
    }
}
