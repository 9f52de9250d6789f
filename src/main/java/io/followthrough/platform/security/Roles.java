package io.followthrough.platform.security;

/** The four roles of Followthrough (see DOMAIN.md, "The people"). */
public final class Roles {

    /** Plan lead / Virtual School Head: imports reviews, writes actions, approves date changes, prepares reports. */
    public static final String LEAD = "lead";
    /** Virtual school officers and partner leads: keep the actions they lead or support up to date. */
    public static final String OFFICER = "officer";
    /** Senior Leadership Team members: review the plan every term. */
    public static final String SLT = "slt";
    /** Executive and scrutiny members: read reports and the published plan; change nothing. */
    public static final String COUNCILLOR = "councillor";

    private Roles() {
    }
}
