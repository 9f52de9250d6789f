package io.followthrough.review;

public enum FindingKind {
    STRENGTH("Strength"),
    AREA_FOR_CONSIDERATION("Area for consideration");

    private final String label;

    FindingKind(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
