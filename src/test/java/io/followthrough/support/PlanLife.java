package io.followthrough.support;

import io.followthrough.people.Person;
import io.followthrough.plan.Plan;
import io.followthrough.plan.action.Action;
import io.followthrough.review.Finding;
import io.followthrough.review.Review;

import java.util.List;
import java.util.Map;

import static io.followthrough.support.Api.as;

/**
 * A plan taken through its life by the API, as the plan lead would: every area answered and the plan marked ready,
 * its endorsement report published, the Executive's decision recorded, its actions settled and the plan closed.
 */
public final class PlanLife {

    public final Review review;
    public final Person lead;
    public final Plan plan;

    private PlanLife(Review review, Person lead, Plan plan) {
        this.review = review;
        this.lead = lead;
        this.plan = plan;
    }

    /** A new plan with every area answered "no action" and marked ready for endorsement. */
    public static PlanLife ready() {
        Review review = Fixtures.review();
        Person lead = Fixtures.person();
        Plan plan = Fixtures.plan(review, lead);
        for (Finding area : Fixtures.areasOf(review)) {
            as("lead").body(Map.of("reason", "Met by the corporate parenting strategy"))
                    .post("/api/plans/{id}/findings/{findingId}/no-action", plan.id, area.id).then().statusCode(200);
        }
        as("lead").post("/api/plans/{id}/ready", plan.id).then().statusCode(200);
        return new PlanLife(review, lead, plan);
    }

    /** A new draft plan, not ready for endorsement. */
    public static PlanLife draft() {
        Review review = Fixtures.review();
        Person lead = Fixtures.person();
        return new PlanLife(review, lead, Fixtures.plan(review, lead));
    }

    /** A committee report of the plan, its author's sections written; not published. */
    public int report(String kind) {
        int id = as("lead").body(Map.of("kind", kind, "body", "Executive", "meetingDate", "2022-02-14"))
                .post("/api/plans/{id}/reports", plan.id).then().statusCode(201).extract().path("id");
        for (String key : List.of("recommendation", "financial", "risk")) {
            as("lead").body(Map.of("text", "Written by the author for " + key + "."))
                    .put("/api/reports/{id}/sections/" + key, id).then().statusCode(200);
        }
        return id;
    }

    /** Publishes the report (with a reason, should it have gaps) and answers its version number. */
    public static int publish(int reportId) {
        return as("lead").body(Map.of("gapsReason", "Published as it stands for the test"))
                .post("/api/reports/{id}/publish", reportId).then().statusCode(201).extract().path("number");
    }

    /** Publishes an endorsement report of the plan; answers its id (its version is 1). */
    public int publishedEndorsementReport() {
        int id = report("ENDORSEMENT");
        publish(id);
        return id;
    }

    /** The decision the Executive made on 14 February 2022, as the API takes it. */
    public static Map<String, Object> decision(int reportVersion) {
        return Map.of("body", "Executive", "meetingDate", "2022-02-14", "minuteReference", "EX 22/51",
                "resolution", "That the outcomes of the Virtual School peer review be noted and the accompanying "
                        + "action plan be endorsed.", "reportVersion", reportVersion);
    }

    /** Ready, its endorsement report published, and the Executive's decision recorded: the plan is endorsed. */
    public static PlanLife endorsed() {
        PlanLife life = ready();
        life.publishedEndorsementReport();
        as("lead").body(decision(1)).post("/api/plans/{id}/endorsement", life.plan.id).then().statusCode(200);
        return life;
    }

    /** An action of the plan, led by the plan's lead person, in the given state. */
    public Fixtures.ActionBuilder action() {
        return Fixtures.action(plan, lead);
    }

    /** Closes the endorsed plan with a statement; every action must already be settled. */
    public void close() {
        as("lead").body(Map.of("statement", "Every action is complete or deferred with its reason."))
                .post("/api/plans/{id}/closure", plan.id).then().statusCode(200);
    }

    /** An endorsed plan with one complete action, then closed. */
    public static PlanLife closed() {
        PlanLife life = endorsed();
        life.action().status(io.followthrough.plan.action.ActionStatus.COMPLETE).create();
        life.close();
        return life;
    }

    public Action anAction() {
        return action().create();
    }
}
