package io.followthrough.review.importing;

import java.util.List;

/**
 * One theme of the review.
 *
 * @param number the number as the review writes it ("3.2"), or null when the review does not number its themes
 */
public record DraftTheme(String number, String title, List<DraftFinding> findings) {
}
