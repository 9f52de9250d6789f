package io.followthrough.plan.document;

/** One form of the action plan document, ready to download. */
public record PlanDocumentFile(String fileName, String mediaType, byte[] content) {
}
