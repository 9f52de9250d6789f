package io.followthrough.plan.action;

import io.followthrough.people.Person;
import io.followthrough.plan.Plan;
import io.followthrough.plan.action.Action;
import io.followthrough.review.Review;
import io.followthrough.support.Fixtures;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import static io.followthrough.support.Api.as;
import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasSize;

/** Progress updates are an append-only log: two people appending to one action at once never conflict. */
@QuarkusTest
class ConcurrentProgressTest {

    private static final int APPENDS_EACH = 25;
    private static final String[][] RATINGS = {
            {"IN_PROGRESS", "GREEN"}, {"IN_PROGRESS", "AMBER"}, {"ONGOING", "GREEN"}, {"IN_PROGRESS", "RED"}};

    @Test
    void twoClientsAppendingToOneActionAllSucceedAndTheActionFollowsTheNewest() throws Exception {
        Review review = Fixtures.review();
        Person lead = Fixtures.person();
        Plan plan = Fixtures.plan(review, lead);
        Action action = Fixtures.action(plan, lead).create();

        CountDownLatch start = new CountDownLatch(1);
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            List<Future<List<Integer>>> clients = new ArrayList<>();
            for (int client = 0; client < 2; client++) {
                int offset = client;
                clients.add(pool.submit((Callable<List<Integer>>) () -> {
                    start.await();
                    List<Integer> statuses = new ArrayList<>();
                    for (int i = 0; i < APPENDS_EACH; i++) {
                        String[] rating = RATINGS[(i + offset) % RATINGS.length];
                        statuses.add(as("lead").body(Map.of("narrative", "Update " + offset + "." + i,
                                        "status", rating[0], "rag", rating[1],
                                        "reason", "Partners are late; escalated to the SLT chair"))
                                .post("/api/actions/{id}/updates", action.id)
                                .then().extract().statusCode());
                    }
                    return statuses;
                }));
            }
            start.countDown();
            List<Integer> statuses = new ArrayList<>();
            for (Future<List<Integer>> client : clients) {
                statuses.addAll(client.get());
            }
            assertThat(statuses, hasSize(2 * APPENDS_EACH));
            assertThat("every append answered 201", statuses, everyItem(equalTo(201)));
        } finally {
            pool.shutdownNow();
        }

        JsonPath newest = as("lead").queryParam("size", 1).get("/api/actions/{id}/updates", action.id)
                .then().statusCode(200).extract().jsonPath();
        assertThat(newest.getInt("total"), equalTo(2 * APPENDS_EACH));
        JsonPath current = as("lead").get("/api/actions/{id}", action.id).then().statusCode(200).extract().jsonPath();
        assertThat(current.getString("status"), equalTo(newest.getString("items[0].status")));
        assertThat(current.getString("rag"), equalTo(newest.getString("items[0].rag")));
    }
}
