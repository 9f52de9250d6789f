package io.followthrough.platform.security;

import io.quarkus.security.identity.SecurityIdentity;

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

    /** A councillor and nothing more: reads published, signed-off and endorsed material only. */
    public static boolean isCouncillorOnly(SecurityIdentity identity) {
        return identity.hasRole(COUNCILLOR) && !identity.hasRole(LEAD) && !identity.hasRole(SLT)
                && !identity.hasRole(OFFICER);
    }
}
