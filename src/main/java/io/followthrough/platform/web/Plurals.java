package io.followthrough.platform.web;

import io.quarkus.qute.TemplateExtension;

/**
 * A number with its noun, singular or plural as English needs: "1 piece of text", "2 pieces of text", "0 strengths".
 * Templates write {@code {n.count('strength', 'strengths')}} for the number and its noun, or
 * {@code {n.plural('action has', 'actions have')}} for the words alone; Java calls {@link #of(int, String, String)}.
 */
public final class Plurals {

    private Plurals() {
    }

    @TemplateExtension
    static String count(Number number, String singular, String plural) {
        return of(number == null ? 0 : number.longValue(), singular, plural);
    }

    @TemplateExtension
    static String plural(Number number, String singular, String plural) {
        return number != null && number.longValue() == 1 ? singular : plural;
    }

    public static String of(long number, String singular, String plural) {
        return number + " " + (number == 1 ? singular : plural);
    }
}
