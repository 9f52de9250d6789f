package io.followthrough.platform.web;

import io.followthrough.people.Partner;
import io.followthrough.plan.Plan;
import io.followthrough.platform.security.DemoSessionCookie;
import io.followthrough.support.Browser;
import io.followthrough.support.Fixtures;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import org.junit.jupiter.api.Test;

import java.security.SecureRandom;
import java.util.Base64;

import static io.followthrough.support.Api.as;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * A double-submit cookie alone accepts any cookie and token that match, so an attacker who can set a cookie in the
 * victim's browser chooses both. The token of a signed-in person belongs to their session: a made-up pair, or the
 * pair of another session, is refused with 403 and saves nothing; the page's own token works.
 */
@QuarkusTest
class CsrfSessionBindingTest {

    private static final Browser ANONYMOUS = Browser.anonymous();

    /** A session of its own: the cookie values a browser would hold after signing in. */
    private record Session(String sessionCookie, String csrfCookie) {

        static Session signIn(String account) {
            Response form = RestAssured.get("/sign-in");
            String csrfCookie = form.cookie("followthrough-csrf");
            String session = RestAssured.given().redirects().follow(false).cookie("followthrough-csrf", csrfCookie)
                    .formParam("csrf-token", ANONYMOUS.csrfFrom(form.asString()))
                    .formParam("userName", account).formParam("password", account).formParam("return", "/")
                    .post("/sign-in").then().statusCode(303).extract().cookie(DemoSessionCookie.NAME);
            return new Session(session, csrfCookie);
        }

        RequestSpecification request(String csrfCookie) {
            return RestAssured.given().redirects().follow(false).cookie(DemoSessionCookie.NAME, sessionCookie)
                    .cookie("followthrough-csrf", csrfCookie);
        }

        /** The token in a form on a page of this session, and the CSRF cookie the browser then holds. */
        String[] pagePair(String path) {
            Response page = request(csrfCookie).get(path);
            page.then().statusCode(200);
            String cookie = page.cookie("followthrough-csrf") != null ? page.cookie("followthrough-csrf") : csrfCookie;
            return new String[] {cookie, ANONYMOUS.csrfFrom(page.asString())};
        }
    }

    @Test
    void aMadeUpCookieAndTokenPairIsRefusedAndSavesNothing() {
        Plan plan = Fixtures.plan(Fixtures.review(), Fixtures.personSigningInAs("lead"));
        Session victim = Session.signIn("lead");
        String madeUp = randomToken();
        String name = Fixtures.unique("Made-up pair partner");
        victim.request(madeUp).formParam("csrf-token", madeUp).formParam("name", name).post("/partners")
                .then().statusCode(403).contentType(containsString("text/html")).body(containsString("Nothing was saved"));
        victim.request(madeUp).header("X-CSRF-TOKEN", madeUp).post("/plans/{id}/ready", plan.id)
                .then().statusCode(403);
        assertNoPartner(name);
        as("lead").get("/api/plans/{id}", plan.id).then().body("status", equalTo("DRAFT"));
    }

    @Test
    void thePairOfAnotherSessionIsRefused() {
        Plan plan = Fixtures.plan(Fixtures.review(), Fixtures.personSigningInAs("lead"));
        // Another person's session (a demo session is its account and expiry, so the same account signing in within
        // the same second would share one).
        Session attacker = Session.signIn("slt");
        Session victim = Session.signIn("lead");
        String[] attackersPair = attacker.pagePair("/sign-in");
        String name = Fixtures.unique("Other session partner");
        victim.request(attackersPair[0]).formParam("csrf-token", attackersPair[1]).formParam("name", name)
                .post("/partners").then().statusCode(403);
        victim.request(attackersPair[0]).header("X-CSRF-TOKEN", attackersPair[1]).post("/plans/{id}/ready", plan.id)
                .then().statusCode(403);
        assertNoPartner(name);
        as("lead").get("/api/plans/{id}", plan.id).then().body("status", equalTo("DRAFT"));
    }

    @Test
    void thePagesOwnTokenWorksWhateverCsrfCookieTheBrowserHolds() {
        Fixtures.personSigningInAs("lead");
        Session lead = Session.signIn("lead");
        String[] pair = lead.pagePair("/partners/new");
        String name = Fixtures.unique("Own token partner");
        lead.request(pair[0]).formParam("csrf-token", pair[1]).formParam("name", name).post("/partners")
                .then().statusCode(303);
        // A cookie someone else planted does not stop the session's own token from working.
        String other = Fixtures.unique("Own token despite planted cookie");
        lead.request(randomToken()).formParam("csrf-token", pair[1]).formParam("name", other).post("/partners")
                .then().statusCode(303);
        assertEquals(1L, QuarkusTransaction.requiringNew().call(() -> Partner.count("name", name)));
        assertEquals(1L, QuarkusTransaction.requiringNew().call(() -> Partner.count("name", other)));
        // And a browser session of the test helper keeps working as before.
        Browser browser = Browser.signedInAs("lead");
        browser.submit("/partners/new", "/partners", java.util.Map.of("name", Fixtures.unique("Helper partner")))
                .then().statusCode(303);
    }

    private static void assertNoPartner(String name) {
        assertEquals(0L, QuarkusTransaction.requiringNew().call(() -> Partner.count("name", name)),
                "no partner named " + name);
    }

    private static String randomToken() {
        byte[] bytes = new byte[16];
        new SecureRandom().nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }
}
