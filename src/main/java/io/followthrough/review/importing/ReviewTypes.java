package io.followthrough.review.importing;

import io.followthrough.review.ReviewType;
import io.followthrough.review.importing.DocumentLayout.Line;

import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * The kind of review a document is, from what it says about itself: its title and opening first, then the whole
 * text. The plan lead can change it before confirming.
 */
final class ReviewTypes {

    private static final int OPENING_LINES = 15;
    private static final Pattern NAVSH = Pattern.compile(
            "\\bnavsh\\b|national association of virtual school heads");
    private static final Pattern OFSTED = Pattern.compile(
            "\\bofsted\\b|his majesty's inspector|her majesty's inspector|\\bilacs\\b"
                    + "|inspection of [\\p{L} ']{3,80} children's (?:social care )?services");
    private static final Pattern AUDIT = Pattern.compile("\\binternal audit\\b|\\baudit report\\b|assurance opinion");
    private static final Pattern LGA = Pattern.compile("\\blga\\b|local government association");

    private ReviewTypes() {
    }

    static ReviewType detect(List<Line> lines, String reviewingBody) {
        StringBuilder opening = new StringBuilder(reviewingBody == null ? "" : reviewingBody);
        StringBuilder all = new StringBuilder();
        int count = 0;
        for (Line line : lines) {
            if (line.blank) {
                continue;
            }
            if (count++ < OPENING_LINES) {
                opening.append('\n').append(line.content);
            }
            all.append('\n').append(line.content);
        }
        ReviewType type = match(normalise(opening));
        return type != null ? type : valueOr(match(normalise(all)), ReviewType.OTHER);
    }

    private static String normalise(CharSequence text) {
        return text.toString().replace('’', '\'').toLowerCase(Locale.UK);
    }

    private static ReviewType match(String text) {
        if (NAVSH.matcher(text).find()) {
            return ReviewType.NAVSH_PEER_REVIEW;
        }
        if (OFSTED.matcher(text).find()) {
            return ReviewType.OFSTED_INSPECTION;
        }
        if (AUDIT.matcher(text).find()) {
            return ReviewType.INTERNAL_AUDIT;
        }
        if (LGA.matcher(text).find()) {
            return ReviewType.LGA_PEER_CHALLENGE;
        }
        return null;
    }

    private static ReviewType valueOr(ReviewType type, ReviewType fallback) {
        return type != null ? type : fallback;
    }
}
