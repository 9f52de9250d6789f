package io.followthrough.termlyreview;

import java.util.List;

/**
 * The sign-off confirmation: the pack as it would be frozen, and what stops signing off now.
 *
 * @param tooEarly why the review cannot be signed off yet because its meeting has not been held; null once it has
 * @param missing  actions not complete whose RAG the meeting has not agreed
 */
public record SignOffView(Pack pack, boolean chair, String tooEarly, List<Pack.Row> missing) {

    public boolean ready() {
        return pack.review().state() == TermlyReviewState.SCHEDULED && chair && tooEarly == null && missing.isEmpty();
    }
}
