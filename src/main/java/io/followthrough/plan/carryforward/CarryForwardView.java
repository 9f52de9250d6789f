package io.followthrough.plan.carryforward;

import io.followthrough.platform.web.Option;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/** The carry-forward page: the plan, its unfinished live actions and the plans they could go to (open ones). */
public record CarryForwardView(long planId, String planTitle, List<Candidate> actions, List<Target> targets) {

    public record Target(long id, String title) {
    }

    /** The plans to choose from, the chosen one marked. */
    public List<Option> targetOptions(Long selected) {
        List<Option> options = new ArrayList<>();
        options.add(new Option("", "Choose a plan", selected == null));
        targets.forEach(t -> options.add(new Option(String.valueOf(t.id()), t.title(),
                Long.valueOf(t.id()).equals(selected))));
        return options;
    }

    public record Candidate(long id, String reference, String title, String leadName, LocalDate targetDate,
                            String status) {
    }
}
