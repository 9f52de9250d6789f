package io.followthrough.platform.web;

import io.followthrough.platform.security.DemoSessionCookie;
import io.followthrough.support.Browser;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import io.restassured.response.Response;
import org.junit.jupiter.api.Test;

import java.util.regex.Pattern;

import static io.followthrough.support.Api.as;
import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertFalse;

/** What a council's IT security officer looks for on every response (OWASP ASVS V14.4, V3.3). */
@QuarkusTest
class SecurityHeadersTest {

    private static final Pattern INLINE_SCRIPT = Pattern.compile("<script(?![^>]*\\bsrc=)[^>]*>");

    private static void assertHardened(Response response) {
        String csp = response.header("Content-Security-Policy");
        assertThat(csp, containsString("default-src 'self'"));
        assertThat(csp, containsString("script-src 'self'"));
        assertThat(csp, containsString("frame-ancestors 'none'"));
        assertThat(csp, containsString("object-src 'none'"));
        assertThat(csp, not(containsString("unsafe-inline")));
        assertThat(response.header("X-Content-Type-Options"), equalTo("nosniff"));
        assertThat(response.header("X-Frame-Options"), equalTo("DENY"));
        assertThat(response.header("Referrer-Policy"), equalTo("strict-origin-when-cross-origin"));
        // HSTS only in production, behind TLS: a developer's http://localhost must not be pinned to HTTPS.
        assertThat(response.header("Strict-Transport-Security"), nullValue());
    }

    @Test
    void pagesErrorsApiAndAssetsAllCarryTheHeaders() {
        assertHardened(RestAssured.get("/sign-in"));
        assertHardened(Browser.signedInAs("lead").get("/plans"));
        assertHardened(RestAssured.get("/no-such-page"));
        assertHardened(as("lead").get("/api/plans"));
        assertHardened(RestAssured.given().accept("application/json").get("/api/plans"));
        assertHardened(RestAssured.get("/css/application.css"));
    }

    @Test
    void theLayoutHasNoInlineScriptSoTheCspNeedsNoUnsafeInline() {
        String page = Browser.signedInAs("lead").get("/plans").then().statusCode(200).extract().asString();
        assertFalse(INLINE_SCRIPT.matcher(page).find(), "an inline <script> in the layout");
        assertThat(page, containsString("<script src=\"/js/enable-js.js\"></script>"));
        RestAssured.get("/js/enable-js.js").then().statusCode(200).contentType(containsString("javascript"));
        RestAssured.get("/js/application.js").then().statusCode(200).body(containsString("initAll"));
    }

    @Test
    void signingOutEndsTheSessionSoTheOldCookieNoLongerWorks() {
        Response form = RestAssured.get("/sign-in");
        String csrfCookie = form.cookie("followthrough-csrf");
        String token = Browser.anonymous().csrfFrom(form.asString());
        String session = RestAssured.given().redirects().follow(false).cookie("followthrough-csrf", csrfCookie)
                .formParam("csrf-token", token).formParam("userName", "lead").formParam("password", "lead")
                .formParam("return", "/plans").post("/sign-in")
                .then().statusCode(303).extract().cookie(DemoSessionCookie.NAME);
        RestAssured.given().redirects().follow(false).cookie(DemoSessionCookie.NAME, session).get("/plans")
                .then().statusCode(200);

        RestAssured.given().redirects().follow(false).cookie(DemoSessionCookie.NAME, session).get("/sign-out")
                .then().statusCode(303);

        RestAssured.given().redirects().follow(false).cookie(DemoSessionCookie.NAME, session).get("/plans")
                .then().statusCode(not(equalTo(200)));
    }
}
