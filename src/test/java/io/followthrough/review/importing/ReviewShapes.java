package io.followthrough.review.importing;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Supplier;

/** Invented reviews in the shapes councils receive besides the NAVSH letter, as Word documents. */
final class ReviewShapes {

    private ReviewShapes() {
    }

    static Map<String, Supplier<byte[]>> wordDocuments() {
        return new LinkedHashMap<>();
    }
}
