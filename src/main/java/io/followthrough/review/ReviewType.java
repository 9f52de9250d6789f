package io.followthrough.review;

public enum ReviewType {
    NAVSH_PEER_REVIEW("NAVSH peer review"),
    OFSTED_INSPECTION("Ofsted inspection"),
    LGA_PEER_CHALLENGE("LGA peer challenge"),
    INTERNAL_AUDIT("Internal audit"),
    OTHER("Other review");

    private final String label;

    ReviewType(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
