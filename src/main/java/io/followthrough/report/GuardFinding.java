package io.followthrough.report;

/**
 * Text in a report that looks like a child's personal data.
 *
 * @param itemId  the piece of text, stable within the document, e.g. "section:purpose:p3"; overrides name it
 * @param kind    "UPN", "DATE_OF_BIRTH" or "CHILD_NAME"
 * @param where   where the author will find it, e.g. "Paragraph 3, What is the purpose of this report?"
 * @param excerpt the text around the match with the personal data itself masked
 * @param message what the author should do
 */
public record GuardFinding(String itemId, String kind, String where, String excerpt, String message) {
}
