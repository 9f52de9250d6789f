package io.followthrough.review.importing;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * An invented NAVSH-style letter with 60 findings across eight themes, of the length a Virtual School Head corrects
 * in one sitting: short findings and long ones, one theme with a single strength, one theme title longer than a
 * select box, and one paragraph the importer cannot place. Every letter made is the same but for a marker line,
 * so a test can import one that nobody imported before.
 */
public final class LongLetter {

    /** Each theme's number, title, strengths and areas for consideration. */
    public record Theme(String number, String title, int strengths, int areas) {
    }

    public static final List<Theme> THEMES = List.of(
            new Theme("3.1", "Leadership, vision and governance", 3, 5),
            new Theme("3.2", "Personal education plans", 1, 7),
            new Theme("3.3", "Attendance, exclusions and reduced timetables", 3, 4),
            new Theme("3.4", "Pupil premium plus", 2, 5),
            new Theme("3.5", "Early years", 3, 4),
            new Theme("3.6", "Post-16 education, training and care leavers", 2, 5),
            new Theme("3.7", "Special educational needs and emotional health", 3, 4),
            new Theme("3.8", "How effectively do schools, social care, health and the Virtual School work together to "
                    + "improve the progress and attainment of children in care, and how do they know?", 4, 5));

    public static final int FINDINGS = 60;
    public static final int STRENGTHS = THEMES.stream().mapToInt(Theme::strengths).sum();
    public static final int AREAS = THEMES.stream().mapToInt(Theme::areas).sum();

    /** The paragraph that sits between a theme's heading and its strengths, which the importer leaves to place. */
    public static final String UNPLACED = "The team met eleven designated teachers during the visit, and we are "
            + "grateful to them for their candour.";

    private static final List<String> STRENGTH_OPENINGS = List.of(
            "Leaders have a clear and shared understanding of",
            "Designated teachers spoke highly of the support they receive on",
            "Social workers reported good working relationships with the team on",
            "We saw strong evidence of improving practice in",
            "Head teachers value the challenge the Virtual School brings to");

    private static final List<String> AREA_OPENINGS = List.of(
            "Consider how partners will be held to account for",
            "Develop a shared way of measuring the impact of work on",
            "Ensure that the Senior Leadership Team regularly reviews",
            "Strengthen the quality assurance of",
            "Agree with schools and social care a single approach to",
            "Review how the Virtual School reports progress on");

    private static final String LONG_TAIL = " This will need the commitment of every partner, and our assessment is "
            + "that the solutions do not lie with individual processes, schools, teams or services but with a "
            + "combination of them. It is only through collaboration, with each partner playing its part, that the "
            + "challenge will be met; the Senior Leadership Team is well placed to lead this work, and should agree "
            + "at its next meeting who will do what, by when, and how the board will know that it has made a "
            + "difference to children in care.";

    private LongLetter() {
    }

    /** The text of finding {@code index} (0-based) of a theme, strengths first: every third one long. */
    public static String finding(int theme, boolean strength, int index) {
        List<String> openings = strength ? STRENGTH_OPENINGS : AREA_OPENINGS;
        String topic = THEMES.get(theme).title().length() > 60 ? "joint working between partners"
                : THEMES.get(theme).title().toLowerCase();
        String text = openings.get((theme + index) % openings.size()) + " " + topic + " (point " + (index + 1)
                + " of theme " + THEMES.get(theme).number() + ").";
        return (theme + index) % 3 == 0 ? text + LONG_TAIL : text;
    }

    /** The letter as Markdown, with {@code marker} as its first line so that its bytes are new. */
    public static byte[] markdown(String marker) {
        List<String> lines = new ArrayList<>();
        lines.add(marker);
        lines.add("");
        lines.add("Dear Director");
        lines.add("");
        lines.add("VIRTUAL SCHOOL PEER CHALLENGE: EASTMOOR, MARCH 2026");
        lines.add("");
        lines.add("Thank you for taking part in the National Association of Virtual School Heads (NAVSH) peer "
                + "challenge. You asked us to look at the following:");
        lines.add("");
        lines.add("How effective is the Eastmoor Virtual School in improving outcomes for children in care?");
        lines.add("");
        lines.add("3. Detailed Findings");
        lines.add("");
        for (int t = 0; t < THEMES.size(); t++) {
            Theme theme = THEMES.get(t);
            lines.add(theme.number() + " " + theme.title());
            lines.add("");
            if (t == 2) {
                lines.add(UNPLACED);
                lines.add("");
            }
            lines.add("Strengths");
            lines.add("");
            for (int f = 0; f < theme.strengths(); f++) {
                lines.add("- " + finding(t, true, f));
            }
            lines.add("");
            lines.add("Areas for consideration");
            lines.add("");
            for (int f = 0; f < theme.areas(); f++) {
                lines.add("- " + finding(t, false, f));
            }
            lines.add("");
        }
        lines.add("4. Next steps");
        lines.add("");
        lines.add("We would be pleased to return in a year to see the progress you have made.");
        return String.join("\n", lines).getBytes(StandardCharsets.UTF_8);
    }
}
