package io.followthrough.plan.action;

import com.fasterxml.jackson.annotation.JsonInclude;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.LocalDate;
import java.util.List;

public record ActionJson(long id, long planId, String reference, String title, String description, Long themeId,
                         String themeNumber, List<Long> findingIds, long leadId, String leadName, String leadJobTitle,
                         List<Long> partnerIds, LocalDate startDate, LocalDate targetDate,
                         LocalDate originalTargetDate, boolean reprogrammed, String successCriteria,
                         ActionStatus status, Rag rag, String ragReason, Rag previousRag, Direction direction,
                         boolean overdue, long version,
                         @Schema(description = "Withdrawn by the plan lead: the action has left the live views")
                         boolean withdrawn,
                         @Schema(description = "The action of another plan this one was carried forward into")
                         @JsonInclude(JsonInclude.Include.NON_NULL) Long carriedToActionId,
                         @Schema(description = "The action of another plan this one was carried forward from")
                         @JsonInclude(JsonInclude.Include.NON_NULL) Long carriedFromActionId,
                         @Schema(description = "With ?include=updates only: the most recent progress updates, newest"
                                 + " first (at most " + ActionJson.EMBEDDED_UPDATES + ")")
                         @JsonInclude(JsonInclude.Include.NON_NULL) List<ProgressUpdateJson> updates) {

    /** How many of the newest updates {@code ?include=updates} embeds; the rest are at /api/actions/{id}/updates. */
    public static final int EMBEDDED_UPDATES = 50;

    /** Without findings and partners, for lists: those collections are fetched only for one action. */
    public static ActionJson summary(ActionRow a, LocalDate today) {
        return of(a, null, null, today);
    }

    public static ActionJson of(ActionRow a, List<Long> findingIds, List<Long> partnerIds, LocalDate today) {
        return new ActionJson(a.id(), a.planId(), a.reference(), a.title(), a.description(), a.themeId(),
                a.themeNumber(), findingIds, a.leadId(), a.leadName(), a.leadJobTitle(), partnerIds, a.startDate(),
                a.targetDate(), a.originalTargetDate(), a.isReprogrammed(), a.successCriteria(),
                a.status(), a.rag(), a.ragReason(), a.previousRag(), Direction.between(a.previousRag(), a.rag()),
                a.isOverdueOn(today), a.version(), a.withdrawnAt() != null, a.carriedToActionId(),
                a.carriedFromActionId(), null);
    }

    public ActionJson withUpdates(List<ProgressUpdateJson> newest) {
        return new ActionJson(id, planId, reference, title, description, themeId, themeNumber, findingIds, leadId,
                leadName, leadJobTitle, partnerIds, startDate, targetDate, originalTargetDate, reprogrammed,
                successCriteria, status, rag, ragReason, previousRag, direction, overdue, version, withdrawn,
                carriedToActionId, carriedFromActionId, newest);
    }

    /** Without findings and partners, for lists: those collections are fetched only for one action. */
    public static ActionJson summary(Action a, Rag previousRag, LocalDate today) {
        return new ActionJson(a.id, a.plan.id, a.reference, a.title, a.description,
                a.theme == null ? null : a.theme.id, a.theme == null ? null : a.theme.number, null,
                a.lead.id, a.lead.name, a.lead.jobTitle, null, a.startDate, a.targetDate, a.originalTargetDate,
                a.isReprogrammed(), a.successCriteria, a.status, a.rag, a.ragReason, previousRag,
                Direction.between(previousRag, a.rag), a.isOverdueOn(today), a.version, a.isWithdrawn(),
                idOf(a.carriedTo), idOf(a.carriedFrom), null);
    }

    public static ActionJson of(Action a, Rag previousRag, LocalDate today) {
        return new ActionJson(a.id, a.plan.id, a.reference, a.title, a.description,
                a.theme == null ? null : a.theme.id, a.theme == null ? null : a.theme.number,
                a.findings.stream().map(f -> f.id).toList(), a.lead.id, a.lead.name, a.lead.jobTitle,
                a.partners.stream().map(p -> p.id).toList(), a.startDate, a.targetDate, a.originalTargetDate,
                a.isReprogrammed(), a.successCriteria, a.status, a.rag, a.ragReason, previousRag,
                Direction.between(previousRag, a.rag), a.isOverdueOn(today), a.version, a.isWithdrawn(),
                idOf(a.carriedTo), idOf(a.carriedFrom), null);
    }

    private static Long idOf(Action action) {
        return action == null ? null : action.id;
    }
}
