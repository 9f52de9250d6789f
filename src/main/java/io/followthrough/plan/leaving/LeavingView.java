package io.followthrough.plan.leaving;

import io.followthrough.people.PersonJson;

import java.time.LocalDate;
import java.util.List;

/** The leaving page: the person, each action they lead, who can take over, and any plan they still lead. */
public record LeavingView(PersonJson person, List<ActionToPass> actions, List<PersonJson> candidates,
                          List<String> plansLed) {

    public record ActionToPass(long id, String reference, String title, String planTitle, LocalDate targetDate,
                               String status) {

        /** The name of the form field, and of the API's error, for this action's new lead. */
        public String field() {
            return "reassignTo." + id;
        }
    }
}
