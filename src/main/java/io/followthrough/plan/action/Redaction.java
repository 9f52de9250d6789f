package io.followthrough.plan.action;

/** What a redaction would change: the update, which of its texts, and that text as it will read afterwards. */
public record Redaction(long updateId, long actionId, String field, String label, String redacted) {

    public static final String MARK = "[redacted]";
}
