package io.followthrough.review.importing;

import io.followthrough.review.importing.DocumentLayout.Line;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.Month;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads what a review document says about the review from the text before its findings: the title (the first
 * heading, or the first line written in capitals), the reviewing body (one of the bodies that review Virtual
 * Schools, named in full where the document does), the organisation reviewed, the letter's date, the on-site
 * dates, the lead reviewer and the scope (every question asked before the first numbered section).
 */
final class MetadataReader {

    private static final String MONTH = "(January|February|March|April|May|June|July|August|September|October"
            + "|November|December|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept|Sep|Oct|Nov|Dec)";
    private static final String WEEKDAY = "(?:(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day,?\\s+)?";
    private static final String DAY = "(\\d{1,2})(?:st|nd|rd|th)?";
    private static final Pattern DATE_LINE = Pattern.compile(
            "^(?:" + WEEKDAY + DAY + "\\s+)?" + MONTH + ",?\\s+(\\d{4})\\.?$", Pattern.CASE_INSENSITIVE);
    private static final Pattern NUMERIC_DATE_LINE = Pattern.compile("^(\\d{1,2})/(\\d{1,2})/(\\d{4})$");
    private static final Pattern TRAILING_MONTH_YEAR = Pattern.compile(
            ",?\\s*(?:" + DAY + "\\s+)?" + MONTH + "\\s+(\\d{4})$", Pattern.CASE_INSENSITIVE);
    private static final Pattern DATE_RANGE = Pattern.compile(
            WEEKDAY + DAY + "(?:\\s+" + MONTH + ")?(?:,?\\s+(\\d{4}))?\\s*(?:and|to|until|-|–|—)\\s*"
                    + WEEKDAY + DAY + "\\s+" + MONTH + ",?\\s+(\\d{4})", Pattern.CASE_INSENSITIVE);
    private static final Pattern VISIT_DATE = Pattern.compile(
            "(?:took place|on[- ]site|visit(?:ed)?|fieldwork)\\b[^.]{0,60}?" + WEEKDAY + DAY + "\\s+" + MONTH
                    + ",?\\s+(\\d{4})", Pattern.CASE_INSENSITIVE);
    private static final Pattern LEAD_LABEL = Pattern.compile(
            "\\blead (?:reviewer|inspector|peer reviewer)\\s*[:–-]\\s*([^;]+)", Pattern.CASE_INSENSITIVE);
    private static final Pattern LED_BY = Pattern.compile(
            "\\bled by ((?:Dr\\.? |Mrs?\\.? |Ms\\.? )?(?:\\p{Lu}[\\p{L}'’-]+\\s+){1,3}\\p{Lu}[\\p{L}'’-]+)((?:,\\s*[^,.;()]+){0,6})");
    private static final Pattern ORGANISATION_ENDING = Pattern.compile(
            "(?:Council|Authority|Trust|Association|Ofsted|Partnership|Borough|Inspectorate|Academy|Government)$");
    private static final Pattern REVIEWED_PLACE = Pattern.compile(
            "(?i:peer challenge|peer review|review|inspection|challenge) (?:in|of|for) "
                    + "(\\p{Lu}[\\p{L}'’-]+(?:\\s+(?:\\p{Lu}[\\p{L}'’-]+|upon|on)){0,4})");
    private static final Pattern DEFINED_ACRONYM = Pattern.compile("\\((\\p{Lu}{2,8})\\)");
    private static final Set<String> SMALL_WORDS = Set.of("a", "an", "and", "at", "by", "for", "in", "of", "on",
            "or", "the", "to", "with");
    private static final int TITLE_MIN_LETTERS = 10;
    private static final double TITLE_CAPITALS = 0.8;
    private static final int MAX_LEAD_PARTS = 4;
    /** The letter's date and title come in its first few paragraphs. */
    private static final int DATE_LINE_SEARCH = 10;
    private static final int TITLE_SEARCH = 10;

    /** Bodies that review Virtual Schools, found by their usual short name or in full. */
    private static final List<ReviewingBody> BODIES = List.of(
            new ReviewingBody("NAVSH", "National Association of Virtual School Heads"),
            new ReviewingBody("LGA", "Local Government Association"),
            new ReviewingBody("Ofsted", "Office for Standards in Education, Children's Services and Skills"),
            new ReviewingBody("ADCS", "Association of Directors of Children's Services"),
            new ReviewingBody("CQC", "Care Quality Commission"));

    private record ReviewingBody(String shortName, String fullName) {
    }

    private record Paragraph(String text, boolean heading) {
    }

    private final List<Paragraph> beforeFindings;
    private final List<Paragraph> beforeSections;
    private final String allText;
    private final Set<String> acronyms = new HashSet<>();

    MetadataReader(List<Line> lines, int findingsStart) {
        int end = findingsStart > 0 ? findingsStart : lines.size();
        int firstSection = end;
        for (int i = 0; i < end; i++) {
            if (lines.get(i).section != null) {
                firstSection = i;
                break;
            }
        }
        this.beforeFindings = paragraphs(lines.subList(0, end));
        this.beforeSections = paragraphs(lines.subList(0, firstSection));
        this.allText = String.join("\n", beforeFindings.stream().map(Paragraph::text).toList());
        // A title in capitals has every word looking like an acronym; only those defined elsewhere count.
        String definitions = String.join("\n", beforeFindings.stream().map(Paragraph::text)
                .filter(text -> !isShouting(text)).toList());
        Matcher acronym = DEFINED_ACRONYM.matcher(definitions);
        while (acronym.find()) {
            acronyms.add(acronym.group(1));
        }
        BODIES.forEach(b -> acronyms.add(b.shortName().toUpperCase(Locale.UK)));
    }

    DraftMetadata read() {
        String title = title();
        return new DraftMetadata(title, reviewingBody(), organisation(title), reportDate(title), onSite(true),
                onSite(false), leadReviewer(), scope());
    }

    private static List<Paragraph> paragraphs(List<Line> lines) {
        List<Paragraph> paragraphs = new ArrayList<>();
        StringBuilder text = new StringBuilder();
        boolean heading = false;
        for (Line line : lines) {
            boolean breaks = line.blank || line.startsParagraph || line.isBullet() || line.isHeading()
                    || line.section != null;
            if (breaks && text.length() > 0) {
                paragraphs.add(new Paragraph(text.toString(), heading));
                text.setLength(0);
            }
            if (!line.blank) {
                if (text.length() > 0) {
                    text.append(' ');
                }
                if (text.length() == 0) {
                    heading = line.isHeading();
                }
                text.append(line.text());
            }
        }
        if (text.length() > 0) {
            paragraphs.add(new Paragraph(text.toString(), heading));
        }
        return paragraphs;
    }

    private String title() {
        for (Paragraph paragraph : beforeSections.subList(0, Math.min(TITLE_SEARCH, beforeSections.size()))) {
            String text = paragraph.text();
            if (isDate(text) || text.startsWith("Dear ")) {
                continue;
            }
            if (isShouting(text)) {
                return titleCase(text);
            }
            if (paragraph.heading()) {
                return text;
            }
        }
        return null;
    }

    private static boolean isShouting(String text) {
        long letters = text.codePoints().filter(Character::isLetter).count();
        long capitals = text.codePoints().filter(Character::isUpperCase).count();
        return letters >= TITLE_MIN_LETTERS && capitals >= letters * TITLE_CAPITALS && DocumentLayout.wordCount(text) >= 3;
    }

    private String titleCase(String text) {
        String[] words = text.split(" ");
        StringBuilder result = new StringBuilder();
        boolean first = true;
        for (String word : words) {
            String letters = word.replaceAll("[^\\p{L}]", "");
            String cased;
            if (acronyms.contains(letters) || letters.isEmpty()) {
                cased = word;
            } else if (!first && SMALL_WORDS.contains(DocumentLayout.lowerCase(letters))) {
                cased = DocumentLayout.lowerCase(word);
            } else {
                cased = capitalise(word);
            }
            result.append(result.length() > 0 ? " " : "").append(cased);
            first = word.endsWith(":");
        }
        return result.toString();
    }

    private static String capitalise(String word) {
        StringBuilder result = new StringBuilder(word.length());
        boolean seenLetter = false;
        for (int i = 0; i < word.length(); i++) {
            char c = word.charAt(i);
            if (Character.isLetter(c)) {
                result.append(seenLetter ? Character.toLowerCase(c) : Character.toUpperCase(c));
                seenLetter = true;
            } else {
                result.append(c);
                seenLetter = seenLetter && c != '-';
            }
        }
        return result.toString();
    }

    private String reviewingBody() {
        int earliest = Integer.MAX_VALUE;
        String found = null;
        for (ReviewingBody body : BODIES) {
            int full = allText.indexOf(body.fullName());
            Matcher shortName = Pattern.compile("\\b" + body.shortName() + "\\b").matcher(allText);
            int abbreviated = shortName.find() ? shortName.start() : -1;
            int at = full >= 0 && (abbreviated < 0 || full < abbreviated) ? full : abbreviated;
            if (at >= 0 && at < earliest) {
                earliest = at;
                if (full >= 0) {
                    boolean defined = allText.startsWith(body.fullName() + " (" + body.shortName() + ")", full);
                    found = defined ? body.fullName() + " (" + body.shortName() + ")" : body.fullName();
                } else {
                    found = body.shortName();
                }
            }
        }
        return found;
    }

    private String organisation(String title) {
        if (title != null && title.contains(":")) {
            String afterColon = title.substring(title.lastIndexOf(':') + 1).strip();
            String place = TRAILING_MONTH_YEAR.matcher(afterColon).replaceFirst("").strip();
            int words = DocumentLayout.wordCount(place);
            if (words >= 1 && words <= 4 && Character.isUpperCase(place.codePointAt(0))) {
                return place;
            }
        }
        Matcher place = REVIEWED_PLACE.matcher(allText);
        return place.find() ? place.group(1) : null;
    }

    private LocalDate reportDate(String title) {
        for (Paragraph paragraph : beforeFindings.subList(0, Math.min(DATE_LINE_SEARCH, beforeFindings.size()))) {
            LocalDate date = dateLine(paragraph.text());
            if (date != null) {
                return date;
            }
        }
        if (title != null) {
            Matcher trailing = TRAILING_MONTH_YEAR.matcher(title);
            if (trailing.find()) {
                return date(trailing.group(1), trailing.group(2), trailing.group(3));
            }
        }
        return null;
    }

    private static boolean isDate(String text) {
        return dateLine(text) != null;
    }

    private static LocalDate dateLine(String text) {
        Matcher written = DATE_LINE.matcher(text.strip());
        if (written.matches()) {
            return date(written.group(1), written.group(2), written.group(3));
        }
        Matcher numeric = NUMERIC_DATE_LINE.matcher(text.strip());
        if (numeric.matches()) {
            try {
                return LocalDate.of(Integer.parseInt(numeric.group(3)), Integer.parseInt(numeric.group(2)),
                        Integer.parseInt(numeric.group(1)));
            } catch (DateTimeException e) {
                return null;
            }
        }
        return null;
    }

    /** A date from its written parts; with no day, the last day of the month. */
    private static LocalDate date(String day, String month, String year) {
        try {
            YearMonth yearMonth = YearMonth.of(Integer.parseInt(year), month(month));
            return day == null ? yearMonth.atEndOfMonth() : yearMonth.atDay(Integer.parseInt(day));
        } catch (DateTimeException | NumberFormatException e) {
            return null;
        }
    }

    private static Month month(String name) {
        String prefix = DocumentLayout.lowerCase(name).substring(0, 3);
        for (Month month : Month.values()) {
            if (DocumentLayout.lowerCase(month.name()).startsWith(prefix)) {
                return month;
            }
        }
        throw new DateTimeException("Not a month: " + name);
    }

    private LocalDate onSite(boolean from) {
        Matcher range = DATE_RANGE.matcher(allText);
        if (range.find()) {
            String toMonth = range.group(5);
            String toYear = range.group(6);
            if (from) {
                String fromMonth = range.group(2) != null ? range.group(2) : toMonth;
                String fromYear = range.group(3) != null ? range.group(3) : toYear;
                return date(range.group(1), fromMonth, fromYear);
            }
            return date(range.group(4), toMonth, toYear);
        }
        Matcher visit = VISIT_DATE.matcher(allText);
        return visit.find() ? date(visit.group(1), visit.group(2), visit.group(3)) : null;
    }

    private String leadReviewer() {
        Matcher label = LEAD_LABEL.matcher(allText);
        if (label.find()) {
            return label.group(1).strip().replaceAll("[.,]$", "");
        }
        Matcher ledBy = LED_BY.matcher(allText);
        if (!ledBy.find()) {
            return null;
        }
        String name = ledBy.group(1).strip();
        String[] parts = ledBy.group(2).split(",");
        List<String> roles = new ArrayList<>();
        for (String part : parts) {
            String role = part.strip();
            if (role.isEmpty()) {
                continue;
            }
            roles.add(role);
            if (ORGANISATION_ENDING.matcher(role).find()) {
                return name + ", " + String.join(", ", roles);
            }
            if (roles.size() == MAX_LEAD_PARTS) {
                break;
            }
        }
        return name;
    }

    private List<String> scope() {
        List<String> questions = new ArrayList<>();
        for (Paragraph paragraph : beforeSections) {
            if (paragraph.text().endsWith("?")) {
                questions.add(paragraph.text());
            }
        }
        return List.copyOf(questions);
    }
}
