package io.followthrough.term;

/** The three terms of the English school year, in the order they fall. */
public enum Season {
    AUTUMN("Autumn"),
    SPRING("Spring"),
    SUMMER("Summer");

    private final String label;

    Season(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
