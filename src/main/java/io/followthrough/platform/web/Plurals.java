package io.followthrough.platform.web;

import io.quarkus.qute.TemplateExtension;

/**
 * A number with its noun, singular or plural as English needs: "1 piece of text", "2 pieces of text", "0 strengths".
 * Templates write {@code {n.count('strength', 'strengths')}}; Java calls {@link #of(int, String, String)}.
 */
public final class Plurals {

    private Plurals() {
    }

    @TemplateExtension
    static String count(Integer number, String singular, String plural) {
        return of(number == null ? 0 : number, singular, plural);
    }

    public static String of(int number, String singular, String plural) {
        return number + " " + (number == 1 ? singular : plural);
    }
}
