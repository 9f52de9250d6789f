package io.followthrough.plan.action;

import java.time.LocalDate;
import java.util.List;

public record ActionJson(long id, long planId, String reference, String title, String description, Long themeId,
                         String themeNumber, List<Long> findingIds, long leadId, String leadName, String leadJobTitle,
                         List<Long> partnerIds, LocalDate startDate, LocalDate targetDate,
                         LocalDate originalTargetDate, boolean reprogrammed, String successCriteria,
                         ActionStatus status, Rag rag, String ragReason, Rag previousRag, Direction direction,
                         boolean overdue, long version) {

    /** Without findings and partners, for lists: those collections are fetched only for one action. */
    public static ActionJson summary(Action a, Rag previousRag, LocalDate today) {
        return new ActionJson(a.id, a.plan.id, a.reference, a.title, a.description,
                a.theme == null ? null : a.theme.id, a.theme == null ? null : a.theme.number, null,
                a.lead.id, a.lead.name, a.lead.jobTitle, null, a.startDate, a.targetDate, a.originalTargetDate,
                a.isReprogrammed(), a.successCriteria, a.status, a.rag, a.ragReason, previousRag,
                Direction.between(previousRag, a.rag), a.isOverdueOn(today), a.version);
    }

    public static ActionJson of(Action a, Rag previousRag, LocalDate today) {
        return new ActionJson(a.id, a.plan.id, a.reference, a.title, a.description,
                a.theme == null ? null : a.theme.id, a.theme == null ? null : a.theme.number,
                a.findings.stream().map(f -> f.id).toList(), a.lead.id, a.lead.name, a.lead.jobTitle,
                a.partners.stream().map(p -> p.id).toList(), a.startDate, a.targetDate, a.originalTargetDate,
                a.isReprogrammed(), a.successCriteria, a.status, a.rag, a.ragReason, previousRag,
                Direction.between(previousRag, a.rag), a.isOverdueOn(today), a.version);
    }
}
