package io.followthrough.people;

import io.followthrough.support.Fixtures;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static io.followthrough.support.Api.anonymous;
import static io.followthrough.support.Api.as;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.matchesPattern;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;

@QuarkusTest
class PeopleResourceTest {

    private static final long UNKNOWN = 987654321L;

    private static String uniqueEmail() {
        return Fixtures.unique("person").replaceAll("[^a-z0-9]+", ".") + "@example.gov.uk";
    }

    private static Map<String, Object> newPerson(String name, String email) {
        Map<String, Object> body = new HashMap<>();
        body.put("name", name);
        body.put("jobTitle", "Achievement Officer");
        body.put("team", "Post-16");
        body.put("email", email);
        return body;
    }

    private static int peopleCount() {
        return as("lead").get("/api/people").then().statusCode(200).extract().path("total");
    }

    @Test
    void createsAPersonWithTheirPartnerAndAnswersWithTheirAddress() {
        Partner partner = Fixtures.partner();
        String name = Fixtures.unique("Sam Officer");
        String signInName = Fixtures.unique("sam").replace(' ', '-');
        Map<String, Object> body = newPerson(name, uniqueEmail());
        body.put("partner", partner.name.toUpperCase());
        body.put("signInName", signInName);

        String location = as("lead").body(body).post("/api/people")
                .then().statusCode(201)
                .header("Location", matchesPattern(".*/api/people/\\d+"))
                .body("id", notNullValue())
                .body("name", equalTo(name))
                .body("jobTitle", equalTo("Achievement Officer"))
                .body("team", equalTo("Post-16"))
                .body("partner", equalTo(partner.name))
                .body("signInName", equalTo(signInName))
                .extract().header("Location");

        as("councillor").get(location).then().statusCode(200).body("name", equalTo(name));
    }

    @Test
    void createsAPartnerAndRefusesASecondWithTheSameNameInAnyCase() {
        String name = Fixtures.unique("Health");
        as("lead").body(Map.of("name", name)).post("/api/partners")
                .then().statusCode(201)
                .header("Location", matchesPattern(".*/api/partners/\\d+"))
                .body("name", equalTo(name));
        as("lead").body(Map.of("name", name.toLowerCase())).post("/api/partners")
                .then().statusCode(400).contentType("application/problem+json")
                .body("errors.field", contains("name"))
                .body("errors[0].message", containsString("There is already a partner called"));
        as("slt").queryParam("size", 200).get("/api/partners").then().statusCode(200).body("items.name", hasItem(name))
                .body("items.findAll { it.name.equalsIgnoreCase('" + name + "') }", hasSize(1));
    }

    @Test
    void refusesAnEmailSomeoneElseHasWhateverItsCase() {
        Person existing = Fixtures.person();
        int before = peopleCount();
        as("lead").body(newPerson(Fixtures.unique("Copy"), existing.email.toUpperCase())).post("/api/people")
                .then().statusCode(400).contentType("application/problem+json")
                .body("errors.field", contains("email"))
                .body("errors[0].message", equalTo("Someone else already has this email address"));
        assertEquals(before, peopleCount());
    }

    @Test
    void refusesAPartnerThatHasNotBeenAdded() {
        Map<String, Object> body = newPerson(Fixtures.unique("Pat"), uniqueEmail());
        body.put("partner", "No such partner");
        as("lead").body(body).post("/api/people")
                .then().statusCode(400)
                .body("errors.field", contains("partner"))
                .body("errors[0].message", containsString("add the partner first"));
    }

    @Test
    void refusesASignInNameSomeoneElseHas() {
        Person signedIn = Fixtures.personSigningInAs("officer");
        Map<String, Object> body = newPerson(Fixtures.unique("Pat"), uniqueEmail());
        body.put("signInName", signedIn.signInName);
        as("lead").body(body).post("/api/people")
                .then().statusCode(400).body("errors.field", contains("signInName"));
    }

    @Test
    void namesEveryBadFieldInAProblem() {
        as("lead").body(Map.of("name", " ", "email", "not-an-email")).post("/api/people")
                .then().statusCode(400).contentType("application/problem+json")
                .body("errors.field", hasItems("name", "jobTitle", "email"))
                .body("errors.find { it.field == 'email' }.message", containsString("correct format"))
                .body(not(containsString("Exception")));
    }

    @Test
    void updatesAPersonAndTakesThemOutOfTheirPartner() {
        Partner partner = Fixtures.partner();
        Person person = Fixtures.person(partner);
        Map<String, Object> body = newPerson(person.name, person.email);
        body.put("jobTitle", "Head of Post-16");
        as("lead").body(body).put("/api/people/{id}", person.id)
                .then().statusCode(200)
                .body("jobTitle", equalTo("Head of Post-16"))
                .body("partner", nullValue());
        as("officer").get("/api/people/{id}", person.id).then().body("jobTitle", equalTo("Head of Post-16"));
    }

    @Test
    void pagesThroughPeople() {
        Fixtures.person();
        Fixtures.person();
        as("slt").queryParam("size", 1).get("/api/people").then().statusCode(200)
                .body("items", hasSize(1)).body("size", equalTo(1));
        as("slt").queryParam("size", 500).get("/api/people").then().statusCode(400)
                .body("errors.field", contains("size"));
    }

    @Test
    void answers404ForUnknownPeopleAndPartners() {
        as("lead").get("/api/people/{id}", UNKNOWN).then().statusCode(404)
                .contentType("application/problem+json").body("detail", containsString(String.valueOf(UNKNOWN)));
        as("lead").body(newPerson("x", uniqueEmail())).put("/api/people/{id}", UNKNOWN).then().statusCode(404);
        as("lead").get("/api/partners/{id}", UNKNOWN).then().statusCode(404);
        as("lead").body(Map.of("name", Fixtures.unique("x"))).put("/api/partners/{id}", UNKNOWN).then().statusCode(404);
    }

    @Test
    void everyRoleReadsButOnlyTheLeadWrites() {
        Partner partner = Fixtures.partner();
        Person person = Fixtures.person(partner);

        anonymous().get("/api/people").then().statusCode(401);
        anonymous().get("/api/partners").then().statusCode(401);
        for (String reader : List.of("lead", "officer", "slt", "councillor")) {
            as(reader).get("/api/people").then().statusCode(200);
            as(reader).get("/api/people/{id}", person.id).then().statusCode(200).body("name", equalTo(person.name));
            as(reader).get("/api/partners/{id}", partner.id).then().statusCode(200).body("name", equalTo(partner.name));
        }
        int before = peopleCount();
        for (String other : List.of("officer", "slt", "councillor")) {
            as(other).body(newPerson(Fixtures.unique("Not allowed"), uniqueEmail())).post("/api/people")
                    .then().statusCode(403).contentType("application/problem+json");
            Map<String, Object> renamed = newPerson("Renamed", person.email);
            as(other).body(renamed).put("/api/people/{id}", person.id).then().statusCode(403);
            String partnerName = Fixtures.unique("Not allowed");
            as(other).body(Map.of("name", partnerName)).post("/api/partners").then().statusCode(403);
            as(other).body(Map.of("name", partnerName)).put("/api/partners/{id}", partner.id).then().statusCode(403);
            as("lead").queryParam("size", 200).get("/api/partners").then().body("items.name", not(hasItem(partnerName)));
        }
        assertEquals(before, peopleCount());
        as("lead").get("/api/people/{id}", person.id).then().body("name", equalTo(person.name));
        as("lead").get("/api/partners/{id}", partner.id).then().body("name", equalTo(partner.name));
    }
}
