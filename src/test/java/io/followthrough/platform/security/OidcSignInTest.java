package io.followthrough.platform.security;

import io.followthrough.support.Fixtures;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import io.quarkus.test.oidc.server.OidcWiremockTestResource;
import io.restassured.RestAssured;
import io.smallrye.jwt.build.Jwt;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;

/**
 * Production sign-in: OpenID Connect bearer tokens for the API with roles read from the {@code roles} claim (Entra ID
 * app roles), the code flow for pages, and no demo accounts at all.
 */
@QuarkusTest
@TestProfile(OidcSignInTest.Production.class)
@QuarkusTestResource(value = OidcWiremockTestResource.class, restrictToAnnotatedClass = true)
class OidcSignInTest {

    public static class Production implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of(
                    "followthrough.demo.enabled", "false",
                    "quarkus.oidc.tenant-enabled", "true",
                    "quarkus.oidc.auth-server-url", "${keycloak.url}/realms/quarkus",
                    "quarkus.oidc.client-id", "quarkus-web-app",
                    "quarkus.oidc.credentials.secret", "secret",
                    "quarkus.oidc.token.issuer", "any");
        }

        @Override
        public String getConfigProfile() {
            return "oidc-test";
        }
    }

    private static String token(String user, String... roles) {
        return Jwt.preferredUserName(user).subject(user).claim("roles", List.of(roles))
                .issuer("https://server.example.com").expiresIn(300).jws().keyId("1").sign("privateKey.jwk");
    }

    @Test
    void aBearerTokenWithALeadRoleInTheRolesClaimMayWrite() {
        RestAssured.given().auth().oauth2(token("head@council.example", "lead")).contentType("application/json")
                .body(Map.of("name", Fixtures.unique("Partner by token")))
                .post("/api/partners").then().statusCode(201)
                .body("name", containsString("Partner by token"));
    }

    @Test
    void aCouncillorTokenReadsButMayNotWrite() {
        String councillor = token("cllr@council.example", "councillor");
        RestAssured.given().auth().oauth2(councillor).get("/api/partners").then().statusCode(200);
        RestAssured.given().auth().oauth2(councillor).contentType("application/json")
                .body(Map.of("name", "Refused")).post("/api/partners").then().statusCode(403)
                .body("status", equalTo(403));
    }

    @Test
    void aTokenWithNoRoleIsRefused() {
        RestAssured.given().auth().oauth2(token("nobody@council.example")).get("/api/partners")
                .then().statusCode(403);
    }

    @Test
    void anApiRequestWithoutATokenIs401NotARedirectToTheSignInPage() {
        RestAssured.given().redirects().follow(false).get("/api/partners").then().statusCode(401);
    }

    @Test
    void demoAccountsDoNotExistInProduction() {
        RestAssured.given().auth().preemptive().basic("lead", "lead").get("/api/partners").then().statusCode(401);
        RestAssured.given().redirects().follow(false).get("/sign-in").then().statusCode(303);
    }

    @Test
    void pagesSendTheBrowserToTheIdentityProvider() {
        RestAssured.given().redirects().follow(false).get("/plans").then().statusCode(302)
                .header("Location", containsString("/realms/quarkus"));
    }
}
