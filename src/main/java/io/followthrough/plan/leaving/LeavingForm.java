package io.followthrough.plan.leaving;

import io.followthrough.platform.FieldError;
import io.followthrough.platform.InvalidInputException;
import org.jboss.resteasy.reactive.RestForm;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The leaving form as posted: a new lead for all the actions, and for each action (listed in {@code action}) a new
 * lead of its own in {@code lead} at the same position, empty for "the one chosen for all".
 */
public class LeavingForm {

    @RestForm
    public String reassignAll;

    @RestForm("action")
    public List<String> actions = new ArrayList<>();

    @RestForm("lead")
    public List<String> leads = new ArrayList<>();

    /** Whether the form has chosen this person to take over every action. */
    public boolean allIs(long personId) {
        return String.valueOf(personId).equals(reassignAll);
    }

    /** Whether the form has chosen this person to take over one action. */
    public boolean leadIs(long actionId, long personId) {
        for (int i = 0; i < actions.size() && i < leads.size(); i++) {
            if (String.valueOf(actionId).equals(actions.get(i))) {
                return String.valueOf(personId).equals(leads.get(i));
            }
        }
        return false;
    }

    Reassignment toReassignment() {
        List<FieldError> errors = new ArrayList<>();
        Long toAll = id(reassignAll, "reassignTo", errors);
        Map<Long, Long> perAction = new LinkedHashMap<>();
        for (int i = 0; i < actions.size() && i < leads.size(); i++) {
            Long actionId = id(actions.get(i), "reassignTo", errors);
            Long lead = id(leads.get(i), "reassignTo." + actions.get(i), errors);
            if (actionId != null && lead != null) {
                perAction.put(actionId, lead);
            }
        }
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
        return new Reassignment(toAll, perAction);
    }

    private static Long id(String value, String field, List<FieldError> errors) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return Long.parseLong(value.strip());
        } catch (NumberFormatException e) {
            errors.add(new FieldError(field, "Choose a person from the list"));
            return null;
        }
    }
}
