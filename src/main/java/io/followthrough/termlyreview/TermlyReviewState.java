package io.followthrough.termlyreview;

import io.quarkus.qute.TemplateEnum;

@TemplateEnum
public enum TermlyReviewState {
    SCHEDULED("Scheduled"),
    SIGNED_OFF("Signed off"),
    SUPERSEDED("Replaced by an amendment");

    private final String label;

    TermlyReviewState(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
