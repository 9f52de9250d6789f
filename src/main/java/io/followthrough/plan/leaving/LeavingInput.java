package io.followthrough.plan.leaving;

import com.fasterxml.jackson.databind.JsonNode;
import io.followthrough.platform.FieldError;
import io.followthrough.platform.InvalidInputException;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The body of {@code POST /api/people/{id}/leaving}: {@code {"reassignTo": personId}} hands every action to one
 * person, {@code {"reassignTo": {"actionId": personId, ...}}} chooses per action.
 */
public record LeavingInput(JsonNode reassignTo) {

    Reassignment toReassignment() {
        if (reassignTo == null || reassignTo.isNull()) {
            return new Reassignment(null, Map.of());
        }
        if (reassignTo.isIntegralNumber() && reassignTo.canConvertToLong()) {
            return new Reassignment(reassignTo.asLong(), Map.of());
        }
        if (!reassignTo.isObject()) {
            throw new InvalidInputException("reassignTo",
                    "Give the id of the person who takes over every action, or an object of action id to person id");
        }
        List<FieldError> errors = new ArrayList<>();
        Map<Long, Long> perAction = new LinkedHashMap<>();
        for (Iterator<Map.Entry<String, JsonNode>> fields = reassignTo.fields(); fields.hasNext(); ) {
            Map.Entry<String, JsonNode> field = fields.next();
            long actionId;
            try {
                actionId = Long.parseLong(field.getKey());
            } catch (NumberFormatException e) {
                errors.add(new FieldError("reassignTo", "“" + field.getKey() + "” is not an action id"));
                continue;
            }
            JsonNode person = field.getValue();
            if (!person.isIntegralNumber() || !person.canConvertToLong()) {
                errors.add(new FieldError("reassignTo." + actionId, "Give the id of the person who takes over action "
                        + actionId));
                continue;
            }
            perAction.put(actionId, person.asLong());
        }
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
        return new Reassignment(null, perAction);
    }
}
