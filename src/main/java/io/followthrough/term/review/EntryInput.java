package io.followthrough.term.review;

import io.followthrough.plan.action.Rag;

/** What the meeting records about one action; {@code version}, when sent, must be the entry's version read. */
public record EntryInput(Rag agreedRag, String comment, String decision, String decisionOwner, Long version) {
}
