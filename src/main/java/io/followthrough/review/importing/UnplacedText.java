package io.followthrough.review.importing;

/**
 * Text from the findings part of the document that the importer could not place, kept so the plan lead can
 * place or discard it.
 *
 * @param id stable within the draft: "u1", "u2"… in document order
 */
public record UnplacedText(String id, String text, SourceLocation source) {
}
