package io.followthrough.plan.datechange;

import jakarta.validation.constraints.NotNull;

public record DecisionInput(
        @NotNull(message = "Choose whether to approve or refuse the new date") Boolean approved,
        String comment) {
}
