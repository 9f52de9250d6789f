package io.followthrough.plan.action;

import io.followthrough.platform.web.Option;

import java.util.List;

/** The choices of the action form, marked with what the form has selected. */
public record ActionChoices(List<Option> themes, List<AreaOption> areas, List<Option> leads, List<Option> partners,
                            List<Option> statuses, List<Option> rags) {

    public record AreaOption(String value, String themeHeading, String text, boolean selected) {
    }
}
