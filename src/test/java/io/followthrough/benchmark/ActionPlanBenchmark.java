package io.followthrough.benchmark;

import io.followthrough.people.Partner;
import io.followthrough.people.Person;
import io.followthrough.plan.Plan;
import io.followthrough.plan.action.Action;
import io.followthrough.plan.action.ActionStatus;
import io.followthrough.plan.action.ProgressUpdate;
import io.followthrough.plan.action.Rag;
import io.followthrough.review.Review;
import io.followthrough.review.Theme;
import io.followthrough.support.Api;
import io.followthrough.support.Browser;
import io.followthrough.support.Fixtures;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.time.ZoneOffset;

/**
 * Speed of the action-plan views on a plan of 500 actions with 10 updates each. Prints numbers; asserts nothing about
 * time. Run with {@code ./mvnw test -Pbenchmark}.
 */
@QuarkusTest
@Tag("benchmark")
class ActionPlanBenchmark {

    private static final Rag[] RAGS = {Rag.GREEN, Rag.GREEN, Rag.AMBER, Rag.RED, Rag.NOT_YET_RATED};

    @Test
    void actionPlanViewsOnFiveHundredActions() {
        Review review = Fixtures.review();
        Person lead = Fixtures.person();
        Partner partner = Fixtures.partner();
        Plan plan = Fixtures.plan(review, lead);
        Theme theme = Fixtures.themeOf(review);
        long seeding = System.nanoTime();
        for (int batch = 0; batch < 10; batch++) {
            int first = batch * 50;
            QuarkusTransaction.requiringNew().run(() -> {
                for (int i = first; i < first + 50; i++) {
                    Action action = new Action();
                    action.plan = Plan.findById(plan.id);
                    action.theme = Theme.findById(theme.id);
                    action.lead = Person.findById(lead.id);
                    action.partners.add(Partner.findById(partner.id));
                    action.reference = "B." + i;
                    action.title = "Benchmark action " + i;
                    action.targetDate = LocalDate.of(2026, 9, 1).plusDays(i);
                    action.status = i % 7 == 0 ? ActionStatus.COMPLETE : ActionStatus.IN_PROGRESS;
                    action.rag = RAGS[i % RAGS.length];
                    action.ragReason = action.rag.requiresReason() ? "Reason and mitigation " + i : null;
                    action.persist();
                    for (int u = 0; u < 10; u++) {
                        ProgressUpdate update = new ProgressUpdate();
                        update.action = action;
                        update.authorName = lead.name;
                        update.narrative = "Progress note " + u + " on action " + i;
                        update.status = ActionStatus.IN_PROGRESS;
                        update.rag = RAGS[(i + u) % RAGS.length];
                        update.reason = update.rag.requiresReason() ? "Reason " + u : null;
                        update.createdAt = LocalDate.of(2026, 1, 1).plusDays(u).atStartOfDay().toInstant(ZoneOffset.UTC);
                        update.persist();
                    }
                }
            });
        }
        System.out.printf("Seeded 500 actions and 5,000 updates in %d ms%n", (System.nanoTime() - seeding) / 1_000_000);

        Browser browser = Browser.signedInAs("slt");
        Timings.measure("plan page (500 actions)", 10, 50,
                () -> browser.get("/plans/" + plan.id).then().statusCode(200));
        Timings.measure("API list filtered (rag=RED)", 10, 100,
                () -> Api.as("slt").queryParam("rag", "RED").get("/api/plans/{id}/actions", plan.id)
                        .then().statusCode(200));
        Timings.measure("API list, first page of 50", 10, 100,
                () -> Api.as("slt").get("/api/plans/{id}/actions", plan.id).then().statusCode(200));
        Timings.measure("exceptions (API)", 10, 50,
                () -> Api.as("slt").get("/api/plans/{id}/exceptions", plan.id).then().statusCode(200));
        Timings.measure("exceptions page", 10, 50,
                () -> browser.get("/plans/" + plan.id + "/exceptions").then().statusCode(200));
        Timings.measure("XLSX export (500 actions)", 3, 20,
                () -> Api.as("slt").accept("*/*").get("/api/plans/{id}/export.xlsx", plan.id).then().statusCode(200));

        int report = Api.as("lead").body(java.util.Map.of("kind", "PROGRESS", "body", "Executive",
                        "meetingDate", "2027-02-14"))
                .post("/api/plans/{id}/reports", plan.id).then().statusCode(201).extract().path("id");
        for (String format : new String[] {"html", "pdf", "docx"}) {
            int size = Api.as("slt").accept("*/*").get("/api/reports/{id}/preview." + format, report).asByteArray().length;
            Timings.measure("committee report " + format.toUpperCase() + " (" + size / 1024 + " KB)",
                    format.equals("pdf") ? 1 : 3, format.equals("pdf") ? 5 : 20,
                    () -> Api.as("slt").accept("*/*").get("/api/reports/{id}/preview." + format, report)
                            .then().statusCode(200));
        }
    }
}
