package io.followthrough.report;

import io.followthrough.plan.action.ActionStatus;
import io.followthrough.plan.action.Rag;
import io.followthrough.plan.document.ActionPlanTable;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class PublicationGuardTest {

    private final PublicationGuard guard =
            new PublicationGuard(new TestConfig(5, Optional.of(List.of("Jayden", "Amelia Rose"))));

    /** Not text a reader sees: the images' data and type, and a section's internal key. */
    private static final java.util.Set<String> NOT_TEXT = java.util.Set.of("chartImage", "dataUri", "mediaType", "key");

    @Test
    void readsEveryStringAPublishedDocumentContainsAChildsNameInAnExceptionReasonIncluded() throws Exception {
        int[] slots = {0};
        ReportDocument doc = filled(ReportDocument.class, "", slots);

        List<GuardFinding> findings = guard.check(doc);

        assertEquals(slots[0], findings.size(), "every text of the document is read: "
                + findings.stream().map(GuardFinding::where).toList());
        assertTrue(findings.stream().anyMatch(f -> f.where().contains("exception") && f.where().contains("reason")),
                findings.stream().map(GuardFinding::where).toList().toString());
        assertTrue(guard.blocks(findings, List.of()));
    }

    /** A record of the given type whose every text slot holds a configured child's name, counting the slots. */
    private static <T> T filled(Class<T> type, String name, int[] slots) throws Exception {
        if (type == String.class) {
            if (NOT_TEXT.contains(name)) {
                return type.cast("x");
            }
            slots[0]++;
            return type.cast("Seen by Jayden");
        }
        if (type.isEnum()) {
            return type.getEnumConstants()[0];
        }
        if (type == LocalDate.class) {
            return type.cast(LocalDate.of(2027, 3, 31));
        }
        if (type == int.class || type == long.class) {
            return null;
        }
        if (type == boolean.class) {
            return null;
        }
        if (type == byte[].class) {
            return type.cast(new byte[0]);
        }
        java.lang.reflect.RecordComponent[] components = type.getRecordComponents();
        if (components == null) {
            throw new IllegalArgumentException("The test cannot fill a " + type);
        }
        Object[] values = new Object[components.length];
        Class<?>[] types = new Class<?>[components.length];
        for (int i = 0; i < components.length; i++) {
            java.lang.reflect.RecordComponent c = components[i];
            types[i] = c.getType();
            if (c.getType() == List.class) {
                Class<?> element = (Class<?>) ((java.lang.reflect.ParameterizedType) c.getGenericType())
                        .getActualTypeArguments()[0];
                values[i] = List.of(filled(element, c.getName(), slots));
            } else if (c.getType() == int.class) {
                values[i] = 1;
            } else if (c.getType() == long.class) {
                values[i] = 1L;
            } else if (c.getType() == boolean.class) {
                values[i] = false;
            } else {
                values[i] = filled(c.getType(), c.getName(), slots);
            }
        }
        return type.getDeclaredConstructor(types).newInstance(values);
    }

    @Test
    void findsAUniquePupilNumberInAParagraphAndMasksIt() {
        ReportDocument doc = new Report()
                .paragraph("purpose", "What is the purpose of this report?", "The review covered eleven services.")
                .paragraph("purpose", "What is the purpose of this report?", "Partners are named in the appendix.")
                .paragraph("purpose", "What is the purpose of this report?", "Officers saw UPN A123456789012 in a case file.")
                .build();

        List<GuardFinding> findings = guard.check(doc);

        assertEquals(1, findings.size());
        GuardFinding finding = findings.get(0);
        assertEquals("section:purpose:p3", finding.itemId());
        assertEquals("UPN", finding.kind());
        assertEquals("Paragraph 3, What is the purpose of this report?", finding.where());
        assertEquals("Officers saw UPN A12•••••••••• in a case file.", finding.excerpt());
        assertTrue(finding.message().contains("unique pupil number"), finding.message());
    }

    @Test
    void findsADateOfBirthHoweverItIsWrittenAndMasksTheDate() {
        ReportDocument doc = new Report()
                .paragraph("background", "Report background", "One child (DOB 12/03/2015) waited a year.")
                .paragraph("background", "Report background", "Her date of birth was 3rd May 2014.")
                .paragraph("background", "Report background", "Records show the D.O.B. of each child.")
                .paragraph("background", "Report background", "A boy born on 1 June 2016 moved twice.")
                .build();

        // "One child" states a small number of children, which the guard flags as well; see smallNumbersOfChildren...
        List<GuardFinding> findings = guard.check(doc).stream().filter(f -> !f.kind().equals("SMALL_NUMBER")).toList();

        assertEquals(List.of("DATE_OF_BIRTH", "DATE_OF_BIRTH", "DATE_OF_BIRTH", "DATE_OF_BIRTH"),
                findings.stream().map(GuardFinding::kind).toList());
        assertEquals("One child (DOB ••/••/••••) waited a year.", findings.get(0).excerpt());
        assertEquals("Her date of birth was ••• ••• ••••.", findings.get(1).excerpt());
        assertEquals("Records show the D.O.B. of each child.", findings.get(2).excerpt());
        assertEquals("A boy born on • •••• •••• moved twice.", findings.get(3).excerpt());
    }

    @Test
    void wordsThatMerelyContainDobAreNotDatesOfBirth() {
        ReportDocument doc = new Report()
                .paragraph("legal", "Legal", "Councillor Dobson asked for the Adobe files; the board adopted them.")
                .build();

        assertEquals(List.of(), guard.check(doc));
    }

    @Test
    void findsAConfiguredChildNameInAnyCaseButNotInsideAnotherWord() {
        ReportDocument doc = new Report()
                .paragraph("risk", "Risk", "The case of JAYDEN shows the delay.")
                .paragraph("risk", "Risk", "Mr Jaydenson chairs the partnership.")
                .paragraph("risk", "Risk", "Placements for amelia rose were reviewed.")
                .build();

        List<GuardFinding> findings = guard.check(doc);

        assertEquals(List.of("section:risk:p1", "section:risk:p3"), findings.stream().map(GuardFinding::itemId).toList());
        assertEquals(List.of("CHILD_NAME", "CHILD_NAME"), findings.stream().map(GuardFinding::kind).toList());
        assertEquals("The case of J••••• shows the delay.", findings.get(0).excerpt());
        assertEquals("Placements for a••••• •••• were reviewed.", findings.get(1).excerpt());
    }

    @Test
    void aReportAboutTheServiceGivesNoFindings() {
        ReportDocument doc = new Report()
                .paragraph("purpose", "What is the purpose of this report?",
                        "To note the outcomes of the 2025 peer review of children's services and endorse the plan.")
                .item("- 24 actions across 5 themes\n- Ofsted rated services Good in March 2024")
                .action("3.2.1", "Reduce caseloads to 18 per social worker by 31/03/2026")
                .findings("Leadership", List.of("Strong corporate parenting board"), List.of("Data quality"))
                .build();

        assertEquals(List.of(), guard.check(doc));
    }

    @Test
    void findingsFollowTheOrderOfTheDocumentAndRepeatsAreSeparateItems() {
        String upn = "Seen as K987654321098 in the file.";
        ReportDocument doc = new Report()
                .findings("Practice", List.of("Good supervision"), List.of(upn))
                .action("3.2.1", upn)
                .paragraph("purpose", "What is the purpose of this report?", upn)
                .paragraph("decisions", "What decision(s) are being asked for?", "Agree the plan.")
                .item(upn)
                .proposedDecision(upn)
                .build();

        List<GuardFinding> findings = guard.check(doc);

        assertEquals(List.of("front:proposedDecision", "section:purpose:p1", "section:decisions:p2:item1",
                "appendix1:3.2.1:title", "appendix2:theme1:area1"), findings.stream().map(GuardFinding::itemId).toList());
        assertEquals("Paragraph 2, list item 1, What decision(s) are being asked for?", findings.get(2).where());
    }

    @Test
    void everyPieceOfPersonalDataInAnExcerptIsMasked() {
        ReportDocument doc = new Report()
                .paragraph("equality", "Equality and Diversity", "Jayden, A123456789012, was moved.")
                .build();

        List<GuardFinding> findings = guard.check(doc);

        assertEquals(List.of("CHILD_NAME", "UPN"), findings.stream().map(GuardFinding::kind).toList());
        for (GuardFinding finding : findings) {
            assertEquals("J•••••, A12••••••••••, was moved.", finding.excerpt());
        }
    }

    @Test
    void narrativeStatingASmallNumberOfChildrenIsFlaggedToConfirmOrRewordButCountsOfActionsAreNot() {
        ReportDocument doc = new Report()
                .paragraph("background", "Report background", "2 children were excluded last term.")
                .paragraph("background", "Report background", "Three looked after children moved school.")
                .paragraph("background", "Report background", "Twelve pupils sat the tests; 4 actions are Red.")
                .paragraph("background", "Report background", "Of the 12 actions, two are complete and 5 children "
                        + "attended the event.")
                .paragraph("background", "Report background", "Year 11 pupils had £2 children's vouchers.")
                .build();

        List<GuardFinding> findings = guard.check(doc);

        assertEquals(List.of("section:background:p1", "section:background:p2"),
                findings.stream().map(GuardFinding::itemId).toList());
        assertTrue(findings.stream().allMatch(f -> f.kind().equals("SMALL_NUMBER")));
        assertEquals("2 children were excluded last term.", findings.get(0).excerpt(), "nothing masked: it is the "
                + "author's to confirm or reword");
        assertTrue(findings.get(0).message().contains("small number of children")
                && findings.get(0).message().contains("\"c\""), findings.get(0).message());
        assertTrue(guard.unresolved(findings, List.of(new GuardOverride("section:background:p1",
                "Published with the families' consent"))).stream().map(GuardFinding::itemId).toList()
                .equals(List.of("section:background:p2")), "confirmed with a reason, the figure no longer blocks");
    }

    @Test
    void cIsExplainedWhereverTheReportShowsOne() {
        ReportDocument shows = new Report()
                .paragraph("background", "Report background", "c children were excluded last term.").build();
        ReportDocument none = new Report()
                .paragraph("background", "Report background", "Children in care, c.f. appendix 2.").build();

        assertEquals("c: a figure about fewer than five children, not published so that no child can be identified.",
                guard.smallNumberNote(shows));
        assertEquals(null, guard.smallNumberNote(none));
        assertTrue(guard.check(shows).isEmpty(), "\"c children\" is already suppressed");
    }

    @Test
    void smallCountsAreShownAsC() {
        assertEquals("0", PublicationGuard.suppress(0, 5));
        for (int count = 1; count <= 4; count++) {
            assertEquals("c", PublicationGuard.suppress(count, 5));
        }
        assertEquals("5", PublicationGuard.suppress(5, 5));
        assertEquals("c", guard.suppress(4));
        assertEquals("5", guard.suppress(5));
        assertThrows(IllegalArgumentException.class, () -> PublicationGuard.suppress(-1, 5));
    }

    @Test
    void theSmallNumberThresholdIsConfigurable() {
        PublicationGuard strict = new PublicationGuard(new TestConfig(10, Optional.empty()));

        assertEquals("c", strict.suppress(9));
        assertEquals("10", strict.suppress(10));
        assertEquals("0", strict.suppress(0));
    }

    @Test
    void anOverrideUnblocksItsItemOnlyWithAReason() {
        List<GuardFinding> findings = guard.check(new Report()
                .paragraph("purpose", "What is the purpose of this report?", "UPN A123456789012")
                .paragraph("purpose", "What is the purpose of this report?", "DOB 01/02/2015")
                .build());
        GuardFinding upn = findings.get(0);
        GuardFinding dob = findings.get(1);

        assertTrue(guard.blocks(findings, List.of()));
        assertTrue(guard.blocks(findings, List.of(new GuardOverride(upn.itemId(), " "),
                new GuardOverride(dob.itemId(), null))));
        assertEquals(List.of(dob), guard.unresolved(findings,
                List.of(new GuardOverride(upn.itemId(), "A made-up number in a training example"))));
        assertFalse(guard.blocks(findings, List.of(new GuardOverride(upn.itemId(), "A made-up training example"),
                new GuardOverride(dob.itemId(), "The date is of a policy, not a child"))));
    }

    @Test
    void anOverrideForAnItemThatIsNotFoundIsIgnored() {
        List<GuardFinding> findings = guard.check(new Report()
                .paragraph("purpose", "What is the purpose of this report?", "UPN A123456789012").build());

        List<GuardOverride> overrides = List.of(new GuardOverride("section:purpose:p9", "Checked with the lead"));

        assertEquals(findings, guard.unresolved(findings, overrides));
        assertTrue(guard.blocks(findings, overrides));
        assertFalse(guard.blocks(List.of(), overrides));
    }

    private record TestConfig(int smallNumberThreshold, Optional<List<String>> childNamePatterns) implements GuardConfig {
    }

    /** A report with only the text a test gives it; paragraphs are numbered across sections in the order given. */
    private static final class Report {
        private final List<ReportDocument.Section> sections = new ArrayList<>();
        private final List<ActionPlanTable.ActionRow> actions = new ArrayList<>();
        private final List<ReportDocument.ThemeFindings> findings = new ArrayList<>();
        private String proposedDecision = "That Executive notes the review and endorses the action plan.";
        private int number;

        Report paragraph(String key, String heading, String text) {
            ReportDocument.Paragraph paragraph = new ReportDocument.Paragraph(++number, text, new ArrayList<>());
            ReportDocument.Section last = sections.isEmpty() ? null : sections.get(sections.size() - 1);
            if (last != null && last.key().equals(key)) {
                last.paragraphs().add(paragraph);
            } else {
                sections.add(new ReportDocument.Section(key, heading, false, false, new ArrayList<>(List.of(paragraph))));
            }
            return this;
        }

        Report item(String text) {
            List<ReportDocument.Paragraph> paragraphs = sections.get(sections.size() - 1).paragraphs();
            paragraphs.get(paragraphs.size() - 1).items().add(text);
            return this;
        }

        Report action(String reference, String title) {
            actions.add(new ActionPlanTable.ActionRow(reference, "Practice", List.of(), title,
                    "Sam Patel, Head of Service", LocalDate.of(2026, 3, 31), "Spring 2026", "", ActionStatus.IN_PROGRESS,
                    Rag.AMBER, ""));
            return this;
        }

        Report findings(String heading, List<String> strengths, List<String> areas) {
            findings.add(new ReportDocument.ThemeFindings(heading, strengths, areas));
            return this;
        }

        Report proposedDecision(String text) {
            proposedDecision = text;
            return this;
        }

        ReportDocument build() {
            ReportFront front = new ReportFront(List.of("Councillor Jo Smith"), "Director of Children's Services",
                    proposedDecision, "Decision", false, "No", false, "2024-2027", "Children are safe", "",
                    "", "All", List.of(new ReportFront.BackgroundPaper("Executive", "Peer review letter",
                    LocalDate.of(2025, 10, 1))), "Alex Brown", "alex.brown@council.example");
            return new ReportDocument("Middlesbrough Council", "Peer review – report to Executive",
                    ReportKind.values()[0], "Executive", LocalDate.of(2026, 1, 13), "Peer review", front, sections,
                    actions, "Children's services action plan", findings, "Peer review 2025", null,
                    ReportDocument.StrategicPlan.of(List.of("People", "Place", "Business")), null, null, null);
        }
    }
}
