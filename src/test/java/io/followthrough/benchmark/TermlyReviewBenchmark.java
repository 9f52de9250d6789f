package io.followthrough.benchmark;

import io.followthrough.people.Person;
import io.followthrough.plan.Plan;
import io.followthrough.plan.action.Action;
import io.followthrough.plan.action.ActionStatus;
import io.followthrough.plan.action.ProgressUpdate;
import io.followthrough.plan.action.Rag;
import io.followthrough.support.Api;
import io.followthrough.support.Browser;
import io.followthrough.support.Fixtures;
import io.followthrough.support.TestClock;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Speed of the termly review on a plan of 500 actions with 10 updates each: pack page and PDF, a meeting-mode save,
 * and sign-off. Prints numbers; asserts nothing about time. Run with {@code ./mvnw test -Pbenchmark}.
 */
@QuarkusTest
@Tag("benchmark")
class TermlyReviewBenchmark {

    private static final Rag[] RAGS = {Rag.GREEN, Rag.GREEN, Rag.AMBER, Rag.RED};

    @Inject
    TestClock clock;

    @Test
    void termlyReviewOnFiveHundredActions() {
        Person chair = Fixtures.personSigningInAs("slt");
        Person lead = Fixtures.person();
        Plan plan = Fixtures.plan(Fixtures.review(), lead);
        for (int batch = 0; batch < 10; batch++) {
            int first = batch * 50;
            QuarkusTransaction.requiringNew().run(() -> {
                for (int i = first; i < first + 50; i++) {
                    Action action = new Action();
                    action.plan = Plan.findById(plan.id);
                    action.lead = Person.findById(lead.id);
                    action.reference = "T." + (1000 + i);
                    action.title = "Benchmark action " + i;
                    action.targetDate = LocalDate.of(2060, 9, 1).plusDays(i);
                    action.status = ActionStatus.IN_PROGRESS;
                    action.rag = RAGS[i % RAGS.length];
                    action.ragReason = action.rag.requiresReason() ? "Reason " + i : null;
                    action.persist();
                    for (int u = 0; u < 10; u++) {
                        ProgressUpdate update = new ProgressUpdate();
                        update.action = action;
                        update.authorName = lead.name;
                        update.narrative = "Progress note " + u + " on action " + i;
                        update.status = ActionStatus.IN_PROGRESS;
                        update.rag = action.rag;
                        update.reason = action.ragReason;
                        update.createdAt = LocalDate.of(2060, 1, 1).plusDays(u).atStartOfDay().toInstant(ZoneOffset.UTC);
                        update.persist();
                    }
                }
            });
        }
        long termId = ((Number) Api.as("lead").get("/api/terms?year=2060-61").then().extract().path("items[0].id")).longValue();
        int reviewId = Api.as("lead").body(Map.of("termId", termId, "meetingDate", "2060-11-20", "body", "SLT",
                        "chairId", chair.id, "memberIds", List.of(chair.id)))
                .post("/api/plans/{id}/termly-reviews", plan.id).then().statusCode(201).extract().path("id");
        List<Integer> actionIds = Api.as("slt").queryParam("size", 200).get("/api/plans/{id}/actions", plan.id)
                .then().extract().path("items.id");

        Browser browser = Browser.signedInAs("slt");
        Timings.measure("pack page (500 actions)", 5, 30, () -> browser.get("/termly-reviews/" + reviewId).then().statusCode(200));
        Timings.measure("pack PDF (500 actions)", 1, 5,
                () -> Api.as("slt").accept("*/*").get("/api/termly-reviews/{id}/pack.pdf", reviewId).then().statusCode(200));
        AtomicInteger next = new AtomicInteger();
        Timings.measure("meeting-mode save", 10, 100, () -> Api.as("slt")
                .body(Map.of("agreedRag", "GREEN", "comment", "Agreed"))
                .put("/api/termly-reviews/{id}/entries/{actionId}", reviewId, actionIds.get(next.getAndIncrement() % actionIds.size()))
                .then().statusCode(200));
        for (int page = 0; page < 3; page++) {
            Api.as("slt").queryParam("size", 200).queryParam("page", page).get("/api/plans/{id}/actions", plan.id)
                    .then().extract().<List<Integer>>path("items.id")
                    .forEach(id -> Api.as("slt").body(Map.of("agreedRag", "GREEN"))
                            .put("/api/termly-reviews/{id}/entries/{actionId}", reviewId, id).then().statusCode(200));
        }
        clock.setToday(LocalDate.of(2060, 11, 20));
        long start = System.nanoTime();
        Api.as("slt").post("/api/termly-reviews/{id}/sign-off", reviewId).then().statusCode(200);
        clock.reset();
        System.out.printf("sign-off (500 actions)                   %8.1f ms (one run: a review is signed off once)%n",
                (System.nanoTime() - start) / 1_000_000.0);
    }
}
