package io.followthrough.plan;

import io.followthrough.people.PartnerJson;
import io.followthrough.people.PersonJson;
import io.followthrough.plan.action.ActionChoices;
import io.followthrough.plan.action.ActionFilter;
import io.followthrough.plan.action.ActionSort;
import io.followthrough.platform.web.Option;
import io.followthrough.term.TermJson;

import java.util.ArrayList;
import java.util.List;

/** The choices of the plan page's filter, each marked with what the filter has selected; built by the page. */
public record PlanFilters(List<Option> themes, List<Option> statuses, List<Option> rags, List<Option> leads,
                          List<Option> overdue, List<Option> partners, List<Option> terms, List<Option> reprogrammed,
                          List<Option> sorts) {

    public static PlanFilters of(ActionFilter filter, List<ThemeHeading> themes, List<PersonJson> people,
                                 List<PartnerJson> partners, List<TermJson> terms) {
        List<Option> themeOptions = new ArrayList<>();
        themeOptions.add(new Option("", "Any theme", filter.themeId() == null));
        themes.forEach(t -> themeOptions.add(new Option(String.valueOf(t.id()), t.heading(),
                Long.valueOf(t.id()).equals(filter.themeId()))));
        List<Option> leads = new ArrayList<>();
        leads.add(new Option("", "Anyone", filter.leadId() == null));
        people.forEach(p -> leads.add(new Option(String.valueOf(p.id()), p.name(),
                Long.valueOf(p.id()).equals(filter.leadId()))));
        List<Option> partnerOptions = new ArrayList<>();
        partnerOptions.add(new Option("", "Any partner", filter.partnerId() == null));
        partners.forEach(p -> partnerOptions.add(new Option(String.valueOf(p.id()), p.name(),
                Long.valueOf(p.id()).equals(filter.partnerId()))));
        List<Option> termOptions = new ArrayList<>();
        termOptions.add(new Option("", "Any term", filter.termId() == null));
        terms.forEach(t -> termOptions.add(new Option(String.valueOf(t.id()), t.name(),
                Long.valueOf(t.id()).equals(filter.termId()))));
        List<Option> sorts = new ArrayList<>();
        for (ActionSort sort : ActionSort.values()) {
            sorts.add(new Option(sort.name(), sort.label(), sort == filter.sortOrDefault()));
        }
        return new PlanFilters(themeOptions, ActionChoices.statuses(filter.status(), "Any status"),
                ActionChoices.rags(filter.rag(), "Any RAG rating"), leads,
                yesNo(filter.overdue(), "Overdue or not", "Overdue only", "Not overdue"), partnerOptions, termOptions,
                yesNo(filter.reprogrammed(), "Reprogrammed or not", "Reprogrammed only", "Not reprogrammed"), sorts);
    }

    private static List<Option> yesNo(Boolean selected, String any, String yes, String no) {
        return List.of(new Option("", any, selected == null), new Option("true", yes, Boolean.TRUE.equals(selected)),
                new Option("false", no, Boolean.FALSE.equals(selected)));
    }
}
