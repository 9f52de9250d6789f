package io.followthrough.plan.carryforward;

import io.followthrough.platform.FieldError;
import io.followthrough.platform.InvalidInputException;
import org.jboss.resteasy.reactive.RestForm;

import java.util.ArrayList;
import java.util.List;

/** The carry-forward form as posted: the ticked actions and the chosen plan. */
public class CarryForwardForm {

    @RestForm("actionIds")
    public List<String> actionIds = new ArrayList<>();

    @RestForm
    public String toPlanId;

    /** Whether the form has this action ticked. */
    public boolean ticked(long actionId) {
        return actionIds.contains(String.valueOf(actionId));
    }

    Long target() {
        return toPlanId == null || toPlanId.isBlank() ? null : parse(toPlanId, "toPlanId", "Choose a plan from the list");
    }

    CarryForwardInput toInput() {
        List<Long> ids = new ArrayList<>();
        for (String id : actionIds) {
            ids.add(parse(id, "actionIds", "Choose actions from the list"));
        }
        return new CarryForwardInput(ids, target());
    }

    private static Long parse(String value, String field, String message) {
        try {
            return Long.parseLong(value.strip());
        } catch (NumberFormatException e) {
            throw new InvalidInputException(List.of(new FieldError(field, message)));
        }
    }
}
