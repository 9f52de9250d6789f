package io.followthrough.plan.carryforward;

import io.followthrough.platform.web.Option;

import java.time.LocalDate;
import java.util.List;

/** The carry-forward page: the plan, its unfinished live actions and the plans they could go to. */
public record CarryForwardView(long planId, String planTitle, List<Candidate> actions, List<Option> targets) {

    public record Candidate(long id, String reference, String title, String leadName, LocalDate targetDate,
                            String status) {
    }
}
