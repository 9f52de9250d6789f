package io.followthrough.plan.action;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.enterprise.context.ApplicationScoped;

import java.util.Base64;
import java.util.Objects;
import java.util.Optional;

/**
 * Two people saving the same action never lose either's work. The edit form carries the action as it was opened; when
 * someone else saved in between, each field this person changed keeps their value and every other field takes the
 * other person's, so saving the merged form applies both changes.
 */
@ApplicationScoped
public class ActionMerge {

    private final ObjectMapper json;

    public ActionMerge(ObjectMapper json) {
        this.json = json;
    }

    /** The action as opened, for the form's hidden field. */
    public String snapshot(ActionInput opened) {
        try {
            return Base64.getUrlEncoder().encodeToString(json.writeValueAsBytes(opened));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("An action cannot be written as JSON", e);
        }
    }

    public Optional<ActionInput> opened(String snapshot) {
        if (snapshot == null || snapshot.isBlank()) {
            return Optional.empty();
        }
        try {
            return Optional.of(json.readValue(Base64.getUrlDecoder().decode(snapshot), ActionInput.class));
        } catch (IllegalArgumentException | java.io.IOException e) {
            return Optional.empty();
        }
    }

    public static ActionInput inputOf(ActionJson a) {
        return new ActionInput(a.reference(), a.title(), a.description(), a.themeId(), a.findingIds(), a.leadId(),
                a.partnerIds(), a.startDate(), a.targetDate(), a.successCriteria(), a.status(), a.rag(), a.ragReason(),
                a.version());
    }

    /** Mine where I changed a field since I opened the action, theirs everywhere else. */
    public static ActionInput merge(ActionInput opened, ActionInput mine, ActionInput theirs) {
        return new ActionInput(
                pick(opened.reference(), mine.reference(), theirs.reference()),
                pick(opened.title(), mine.title(), theirs.title()),
                pick(opened.description(), mine.description(), theirs.description()),
                pick(opened.themeId(), mine.themeId(), theirs.themeId()),
                pick(opened.findingIds(), mine.findingIds(), theirs.findingIds()),
                pick(opened.leadId(), mine.leadId(), theirs.leadId()),
                pick(opened.partnerIds(), mine.partnerIds(), theirs.partnerIds()),
                pick(opened.startDate(), mine.startDate(), theirs.startDate()),
                pick(opened.targetDate(), mine.targetDate(), theirs.targetDate()),
                pick(opened.successCriteria(), mine.successCriteria(), theirs.successCriteria()),
                pick(opened.status(), mine.status(), theirs.status()),
                pick(opened.rag(), mine.rag(), theirs.rag()),
                pick(opened.ragReason(), mine.ragReason(), theirs.ragReason()),
                theirs.version());
    }

    private static <T> T pick(T opened, T mine, T theirs) {
        return Objects.equals(normal(opened), normal(mine)) ? theirs : mine;
    }

    private static Object normal(Object value) {
        if (value instanceof String text) {
            return text.isBlank() ? null : text.strip();
        }
        if (value instanceof java.util.List<?> list) {
            return list.isEmpty() ? null : new java.util.TreeSet<>(list.stream().map(String::valueOf).toList());
        }
        return value;
    }
}
