package io.followthrough.review.importing;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The NAVSH peer challenge letter to Nottinghamshire (June 2017), text pulled from its PDF, and the same letter
 * as its author would have laid it out in Word: the blocks the Word and PDF fixtures are written from.
 */
final class SeedLetter {

    static final String RESOURCE = "nottinghamshire-peer-challenge.md";

    enum Style { TITLE, SECTION, THEME, KIND, PARAGRAPH, BULLET }

    /** One paragraph of the letter as written: a heading, a paragraph, or a list item with its marker and depth. */
    record Block(Style style, String text, int level, String marker) {
    }

    private static final Pattern SECTION = Pattern.compile("^\\d\\. \\p{Lu}[\\p{L} ]{1,40}$");
    private static final Pattern THEME = Pattern.compile("^(?:- )?(?:\\*\\*)?(3\\.\\d)(?:\\*\\*)? (.*)$");
    private static final Pattern KIND = Pattern.compile("^(Strengths|Areas for [Cc]onsideration)$");
    private static final Pattern BULLET = Pattern.compile("^(-|•) (.*)$");

    private SeedLetter() {
    }

    static String markdown() {
        try (InputStream in = SeedLetter.class.getResourceAsStream(RESOURCE)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static byte[] markdownBytes() {
        return markdown().getBytes(StandardCharsets.UTF_8);
    }

    /** The letter as plain text, as an older Windows editor saves it: no Markdown, Windows-1252, CRLF. */
    static byte[] plainText() {
        return markdown().replace("**", "").replace("\n", "\r\n").getBytes(Charset.forName("windows-1252"));
    }

    /** Section 3 of the letter, the findings, as its lines. */
    static List<String> findingsSectionLines() {
        List<String> lines = markdown().lines().toList();
        int start = lines.indexOf("3. Detailed Findings") + 1;
        int end = lines.indexOf("4. Next Steps");
        return lines.subList(start, end);
    }

    static List<Block> blocks() {
        List<Block> blocks = new ArrayList<>();
        Block open = null;
        for (String line : markdown().lines().toList()) {
            String text = line.strip();
            if (text.isEmpty()) {
                open = null;
                continue;
            }
            Matcher theme = THEME.matcher(text);
            Matcher bullet = BULLET.matcher(text);
            if (text.startsWith("VIRTUAL SCHOOL PEER CHALLENGE")) {
                open = add(blocks, new Block(Style.TITLE, text, 0, null), false);
            } else if (SECTION.matcher(text).matches()) {
                open = add(blocks, new Block(Style.SECTION, text, 0, null), false);
            } else if (theme.matches()) {
                String title = theme.group(2);
                if (title.endsWith("Consideration Strengths")) {
                    String withoutHeading = title.substring(0, title.length() - " Strengths".length());
                    add(blocks, new Block(Style.THEME, theme.group(1) + " " + withoutHeading, 0, null), false);
                    open = add(blocks, new Block(Style.KIND, "Strengths", 0, null), false);
                } else {
                    open = add(blocks, new Block(Style.THEME, theme.group(1) + " " + title, 0, null), false);
                }
            } else if (KIND.matcher(text).matches()) {
                open = add(blocks, new Block(Style.KIND, text, 0, null), false);
            } else if (bullet.matches()) {
                open = add(blocks, new Block(Style.BULLET, bullet.group(2), line.startsWith(" ") ? 1 : 0,
                        bullet.group(1)), true);
            } else if (open != null && (open.style() == Style.PARAGRAPH || open.style() == Style.BULLET)) {
                Block joined = new Block(open.style(), open.text() + " " + text, open.level(), open.marker());
                blocks.set(blocks.size() - 1, joined);
                open = joined;
            } else {
                open = add(blocks, new Block(Style.PARAGRAPH, text, 0, null), true);
            }
        }
        return blocks;
    }

    private static Block add(List<Block> blocks, Block block, boolean canContinue) {
        blocks.add(block);
        return canContinue ? block : null;
    }
}
