package io.followthrough.demo;

import io.followthrough.plan.Plan;
import io.followthrough.plan.coverage.PlanCoverage;
import io.followthrough.plan.PlanStatus;
import io.followthrough.plan.action.Action;
import io.followthrough.plan.action.ProgressUpdate;
import io.followthrough.plan.datechange.DateChangeDecision;
import io.followthrough.plan.datechange.TargetDateChange;
import io.followthrough.platform.Clocks;
import io.followthrough.report.ReportVersion;
import io.followthrough.review.Finding;
import io.followthrough.review.FindingKind;
import io.followthrough.term.Season;
import io.followthrough.term.Term;
import io.followthrough.termlyreview.TermlyReview;
import io.followthrough.termlyreview.TermlyReviewEntry;
import io.followthrough.termlyreview.TermlyReviewState;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.time.Month;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The demo, loaded at start-up into an empty database of its own, tells one story: no update speaks of a month, a
 * term or a year after its own date; every area of the review is answered; a target date was moved with approval and
 * another is waiting; the Executive's report is published; and the SLT's review of last term is signed off, with an
 * agreed RAG for every action not complete.
 */
@QuarkusTest
@TestProfile(DemoStoryTest.Demo.class)
class DemoStoryTest {

    /** The demo profile's data on a PostgreSQL of its own, so the demo finds the empty database it is loaded into. */
    public static class Demo implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("followthrough.demo.data", "true");
        }

        @Override
        public List<TestResourceEntry> testResources() {
            return List.of(new TestResourceEntry(EmptyDatabase.class));
        }
    }

    public static class EmptyDatabase implements QuarkusTestResourceLifecycleManager {
        private EmbeddedPostgres server;

        @Override
        public Map<String, String> start() {
            try {
                server = EmbeddedPostgres.builder().start();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            return Map.of("quarkus.datasource.jdbc.url", server.getJdbcUrl("postgres", "postgres"),
                    "quarkus.datasource.username", "postgres", "quarkus.datasource.password", "postgres");
        }

        @Override
        public void stop() {
            try {
                if (server != null) {
                    server.close();
                }
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }

    private static final Pattern MONTH = Pattern.compile("\\b(January|February|March|April|May|June|July|August"
            + "|September|October|November|December)\\b");
    private static final Pattern SEASON = Pattern.compile("\\b(autumn|spring|summer)\\b", Pattern.CASE_INSENSITIVE);
    private static final Pattern YEAR = Pattern.compile("\\b(20\\d\\d)\\b");

    /** What a text dated {@code date} says about time that it could not yet know, or that reads wrongly then. */
    static List<String> outOfTime(String text, LocalDate date) {
        List<String> wrong = new ArrayList<>();
        if (text == null) {
            return wrong;
        }
        Matcher month = MONTH.matcher(text);
        while (month.find()) {
            // A month an update reports on is its own or one of the two before it; any other reads as a slip.
            Month named = Month.valueOf(month.group(1).toUpperCase(Locale.ROOT));
            int back = Math.floorMod(date.getMonthValue() - named.getValue(), 12);
            if (back > 2) {
                wrong.add("'" + month.group(1) + "' in a text of " + date);
            }
        }
        Matcher season = SEASON.matcher(text);
        while (season.find()) {
            Season named = Season.valueOf(season.group(1).toUpperCase(Locale.ROOT));
            Season own = seasonOf(date);
            if (named != own && named != previous(own)) {
                wrong.add("'" + season.group(1) + "' in a text of " + date);
            }
        }
        Matcher year = YEAR.matcher(text);
        while (year.find()) {
            if (Integer.parseInt(year.group(1)) > date.getYear()) {
                wrong.add("'" + year.group(1) + "' in a text of " + date);
            }
        }
        return wrong;
    }

    private static Season seasonOf(LocalDate date) {
        int m = date.getMonthValue();
        return m >= 9 ? Season.AUTUMN : m <= 3 ? Season.SPRING : Season.SUMMER;
    }

    private static Season previous(Season season) {
        return switch (season) {
            case AUTUMN -> Season.SUMMER;
            case SPRING -> Season.AUTUMN;
            case SUMMER -> Season.SPRING;
        };
    }

    @Test
    void theCheckOfDatesCatchesAnAugustUpdateCitingOctober() {
        assertFalse(outOfTime("PEP timeliness was 78% in October.", LocalDate.of(2026, 8, 3)).isEmpty());
        assertTrue(outOfTime("PEP timeliness was 78% in October.", LocalDate.of(2026, 11, 20)).isEmpty());
        assertFalse(outOfTime("The spring training", LocalDate.of(2026, 11, 20)).isEmpty());
        assertFalse(outOfTime("A revised date of 30 April 2027", LocalDate.of(2026, 11, 20)).isEmpty());
    }

    @Test
    void noUpdateSpeaksOfATimeAfterItsOwnDate() {
        List<String> wrong = QuarkusTransaction.requiringNew().call(() -> {
            List<String> found = new ArrayList<>();
            for (ProgressUpdate u : ProgressUpdate.<ProgressUpdate>listAll()) {
                LocalDate date = LocalDate.ofInstant(u.createdAt, Clocks.UK);
                for (String text : new String[] {u.narrative, u.reason, u.impact}) {
                    outOfTime(text, date).forEach(w -> found.add(u.action.reference + ": " + w));
                }
            }
            for (Action a : Action.<Action>listAll()) {
                LocalDate asOf = ProgressUpdate.ofActionNewestFirst(a.id).stream().findFirst()
                        .map(u -> LocalDate.ofInstant(u.createdAt, Clocks.UK)).orElse(a.startDate);
                outOfTime(a.ragReason, asOf).forEach(w -> found.add(a.reference + " reason: " + w));
                if (a.ragReason != null) {
                    ProgressUpdate latest = ProgressUpdate.ofActionNewestFirst(a.id).stream().findFirst().orElse(null);
                    if (latest != null && (latest.rag != a.rag || latest.status != a.status)) {
                        found.add(a.reference + ": rated " + a.rag + " and " + a.status + ", but its latest update says "
                                + latest.rag + " and " + latest.status);
                    }
                }
            }
            return found;
        });
        assertTrue(wrong.isEmpty(), String.join("\n", wrong));
    }

    @Test
    void noFindingKeepsTheImportersLeftovers() {
        List<String> texts = QuarkusTransaction.requiringNew().call(() ->
                Finding.<Finding>listAll().stream().map(f -> f.text).toList());
        assertFalse(texts.isEmpty());
        for (String text : texts) {
            assertFalse(text.strip().startsWith("-"), "a finding starts with a dash: " + text);
            assertFalse(text.contains("--"), "a finding holds a double dash: " + text);
            assertFalse(text.contains("- We heard"), "a finding holds a sub-bullet of the letter: " + text);
        }
    }

    @Test
    void thePlanIsReadyEveryAreaAnsweredAndTheExecutivesReportIsPublished() {
        QuarkusTransaction.requiringNew().run(() -> {
            Plan plan = Plan.<Plan>listAll().get(0);
            assertEquals(PlanStatus.READY_FOR_ENDORSEMENT, plan.status);
            List<Finding> unanswered = Finding.<Finding>listAll().stream()
                    .filter(f -> f.kind == FindingKind.AREA_FOR_CONSIDERATION)
                    .filter(f -> plan.reviews.stream().anyMatch(r -> r.id.equals(f.theme.review.id)))
                    .filter(f -> PlanCoverage.of(plan.id, f.id).isEmpty())
                    .filter(f -> Action.<Action>list("plan.id", plan.id).stream()
                            .noneMatch(a -> a.findings.stream().anyMatch(x -> x.id.equals(f.id))))
                    .toList();
            assertTrue(unanswered.isEmpty(), unanswered.size() + " areas unanswered");
            assertEquals(1, ReportVersion.count(), "one published version of the endorsement report");
        });
    }

    @Test
    void aTargetDateWasMovedWithApprovalAndAnotherRequestWaits() {
        QuarkusTransaction.requiringNew().run(() -> {
            List<TargetDateChange> changes = TargetDateChange.listAll();
            assertTrue(changes.stream().anyMatch(c -> c.decision == DateChangeDecision.APPROVED));
            assertTrue(changes.stream().anyMatch(c -> c.decision == DateChangeDecision.PENDING));
        });
    }

    @Test
    void theSltsReviewOfLastTermIsSignedOffWithAnAgreedRagForEveryActionNotComplete() {
        QuarkusTransaction.requiringNew().run(() -> {
            List<TermlyReview> reviews = TermlyReview.listAll();
            TermlyReview review = reviews.stream().filter(r -> r.state == TermlyReviewState.SIGNED_OFF).findFirst()
                    .orElseThrow(() -> new AssertionError("no signed-off termly review"));
            LocalDate today = LocalDate.now();
            assertTrue(review.meetingDate.isBefore(today), "the meeting is in the past");
            Term last = Term.<Term>listAll().stream().filter(t -> t.endDate.isBefore(today))
                    .max(java.util.Comparator.comparing((Term t) -> t.endDate)).orElseThrow();
            assertEquals(last.id, review.term.id, "the review is of last term");
            List<TermlyReviewEntry> entries = TermlyReviewEntry.ofReview(review.id);
            assertTrue(entries.size() >= 5, "the review has entries: " + entries.size());
            assertTrue(entries.stream()
                    .filter(e -> e.action.status != io.followthrough.plan.action.ActionStatus.COMPLETE)
                    .allMatch(e -> e.agreedRag != null), "an agreed RAG for every action not complete");
        });
    }
}
