package io.followthrough.plan.action;

import io.followthrough.people.PartnerJson;
import io.followthrough.people.PersonJson;
import io.followthrough.plan.ThemeHeading;

import java.util.List;

/**
 * What the action form is chosen from for one plan: the themes and areas for consideration of the reviews it answers,
 * the people who may lead an action (not those who have left) and the partner organisations.
 */
public record ActionFormData(String planTitle, List<ThemeHeading> themes, List<Area> areas, List<PersonJson> leads,
                             List<PartnerJson> partners) {

    public record Area(long id, String themeHeading, String text) {
    }
}
