package io.followthrough.plan.action;

import io.followthrough.platform.web.Option;

import java.util.ArrayList;
import java.util.List;

/** The choices of the action form, marked with what the form has selected; built by the pages. */
public record ActionChoices(List<Option> themes, List<AreaOption> areas, List<Option> leads, List<Option> partners,
                            List<Option> statuses, List<Option> rags) {

    public record AreaOption(String value, String themeHeading, String text, boolean selected) {
    }

    public static ActionChoices of(ActionFormData data, ActionForm form) {
        Long themeId = form.themeId;
        List<Long> findingIds = form.findingIds == null ? List.of() : form.findingIds;
        List<Long> partnerIds = form.partnerIds == null ? List.of() : form.partnerIds;
        List<Option> themes = new ArrayList<>();
        themes.add(new Option("", "No theme", themeId == null));
        data.themes().forEach(t -> themes.add(new Option(String.valueOf(t.id()), t.heading(),
                Long.valueOf(t.id()).equals(themeId))));
        List<AreaOption> areas = data.areas().stream().map(a -> new AreaOption(String.valueOf(a.id()),
                a.themeHeading(), a.text(), findingIds.contains(a.id()))).toList();
        List<Option> leads = new ArrayList<>();
        leads.add(new Option("", "Choose the lead officer", form.leadId == null));
        data.leads().forEach(p -> leads.add(new Option(String.valueOf(p.id()), p.name() + ", " + p.jobTitle(),
                Long.valueOf(p.id()).equals(form.leadId))));
        List<Option> partners = data.partners().stream()
                .map(p -> new Option(String.valueOf(p.id()), p.name(), partnerIds.contains(p.id()))).toList();
        ActionStatus status = ActionForm.parse(ActionStatus.class, form.status);
        Rag rag = ActionForm.parse(Rag.class, form.rag);
        return new ActionChoices(themes, areas, leads, partners,
                statuses(status == null ? ActionStatus.NOT_STARTED : status, null),
                rags(rag == null ? Rag.NOT_YET_RATED : rag, null));
    }

    /** Every status, the selected one marked, after an "any" choice when {@code anyLabel} is given. */
    public static List<Option> statuses(ActionStatus selected, String anyLabel) {
        List<Option> options = new ArrayList<>();
        if (anyLabel != null) {
            options.add(new Option("", anyLabel, selected == null));
        }
        for (ActionStatus s : ActionStatus.values()) {
            options.add(new Option(s.name(), s.label(), s == selected));
        }
        return options;
    }

    /** Every RAG rating, the selected one marked, after an "any" choice when {@code anyLabel} is given. */
    public static List<Option> rags(Rag selected, String anyLabel) {
        List<Option> options = new ArrayList<>();
        if (anyLabel != null) {
            options.add(new Option("", anyLabel, selected == null));
        }
        for (Rag r : Rag.values()) {
            options.add(new Option(r.name(), r.label(), r == selected));
        }
        return options;
    }
}
