package io.followthrough.review.importing;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/** Ways of looking at a draft that tests share: its words, and its findings with whitespace set aside. */
final class Drafts {

    private static final Pattern WHITESPACE = Pattern.compile("[\\s\\u00A0\\u2007\\u202F]+");

    private Drafts() {
    }

    /**
     * The words of a text, as a sorted list: split at whitespace, with punctuation and list markers at their
     * ends set aside, and Markdown bold marks removed.
     */
    static List<String> words(String text) {
        return Arrays.stream(WHITESPACE.split(text.replace("**", "")))
                .map(Drafts::trimPunctuation)
                .filter(word -> !word.isEmpty())
                .sorted()
                .toList();
    }

    static List<String> words(List<String> texts) {
        return words(String.join("\n", texts));
    }

    static List<String> wordsExcept(Set<String> structureWords, List<String> words) {
        return words.stream().filter(word -> !structureWords.contains(word.toLowerCase())).toList();
    }

    /** Every word the draft kept from the findings part: theme numbers and titles, findings and unplaced text. */
    static List<String> accountedWords(ReviewDraft draft) {
        List<String> texts = new ArrayList<>();
        for (DraftTheme theme : draft.themes()) {
            if (theme.number() != null) {
                texts.add(theme.number());
            }
            if (!(theme.number() == null && ReviewTextParser.DEFAULT_THEME_TITLE.equals(theme.title()))) {
                texts.add(theme.title());
            }
            theme.findings().forEach(finding -> texts.add(finding.text()));
        }
        draft.unplaced().forEach(unplaced -> texts.add(unplaced.text()));
        return words(texts);
    }

    static String whitespaceAside(String text) {
        return WHITESPACE.matcher(text).replaceAll(" ").strip();
    }

    private static String trimPunctuation(String word) {
        int start = 0;
        int end = word.length();
        while (start < end && !Character.isLetterOrDigit(word.codePointAt(start))) {
            start += Character.charCount(word.codePointAt(start));
        }
        while (end > start && !Character.isLetterOrDigit(word.codePointBefore(end))) {
            end -= Character.charCount(word.codePointBefore(end));
        }
        return word.substring(start, end);
    }
}
