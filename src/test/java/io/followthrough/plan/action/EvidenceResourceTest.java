package io.followthrough.plan.action;

import io.followthrough.people.Person;
import io.followthrough.plan.action.Action;
import io.followthrough.support.Fixtures;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;

import static io.followthrough.support.Api.anonymous;
import static io.followthrough.support.Api.as;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.junit.jupiter.api.Assertions.assertEquals;

@QuarkusTest
class EvidenceResourceTest {

    private static final String UPDATE = "{\"narrative\":\"Audit of PEPs done\",\"status\":\"IN_PROGRESS\",\"rag\":\"GREEN\","
            + "\"impact\":\"Timeliness up from 61% to 84%\"}";

    @Test
    void anUpdateCarriesEvidenceFilesThatReadersCanDownload() {
        Person officer = Fixtures.personSigningInAs("officer");
        Action action = Fixtures.action(Fixtures.plan(Fixtures.review(), Fixtures.person()), officer).create();
        byte[] file = "PEP audit summary".getBytes(StandardCharsets.UTF_8);
        String href = as("officer").contentType("multipart/form-data")
                .multiPart("update", UPDATE, "application/json")
                .multiPart("files", "../../pep-audit.txt", file, "text/plain")
                .post("/api/actions/{id}/updates", action.id).then().statusCode(201)
                .body("impact", equalTo("Timeliness up from 61% to 84%"))
                .body("evidenceFiles", hasSize(1))
                .body("evidenceFiles[0].fileName", equalTo("pep-audit.txt"))
                .body("evidenceFiles[0].size", equalTo(file.length))
                .extract().path("evidenceFiles[0].href");

        byte[] downloaded = as("councillor").accept("*/*").get(href).then().statusCode(200)
                .header("Content-Disposition", containsString("pep-audit.txt")).extract().asByteArray();
        assertEquals(new String(file, StandardCharsets.UTF_8), new String(downloaded, StandardCharsets.UTF_8));
        anonymous().get(href).then().statusCode(401);
    }

    @Test
    void evidenceOfATypeABrowserWouldRunIsServedAsBytesToSave() {
        Person officer = Fixtures.personSigningInAs("officer");
        Action action = Fixtures.action(Fixtures.plan(Fixtures.review(), Fixtures.person()), officer).create();
        byte[] html = "<script>alert(document.cookie)</script>".getBytes(StandardCharsets.UTF_8);
        String href = as("officer").contentType("multipart/form-data")
                .multiPart("update", UPDATE, "application/json")
                .multiPart("files", "minutes.html", html, "text/html")
                .multiPart("files", "chart.svg", html, "image/svg+xml")
                .multiPart("files", "audit.pdf", "%PDF-1.7".getBytes(StandardCharsets.UTF_8), "application/pdf")
                .post("/api/actions/{id}/updates", action.id).then().statusCode(201)
                .extract().path("evidenceFiles[0].href");
        as("councillor").accept("*/*").get(href).then().statusCode(200)
                .contentType(equalTo("application/octet-stream"))
                .header("Content-Disposition", containsString("attachment"));
        String svg = href.replaceAll("\\d+$", "") + (Long.parseLong(href.replaceAll(".*/", "")) + 1);
        as("councillor").accept("*/*").get(svg).then().statusCode(200)
                .contentType(equalTo("application/octet-stream"));
        String pdf = href.replaceAll("\\d+$", "") + (Long.parseLong(href.replaceAll(".*/", "")) + 2);
        as("councillor").accept("*/*").get(pdf).then().statusCode(200)
                .contentType(containsString("application/pdf"))
                .header("Content-Disposition", containsString("attachment"));
    }

    @Test
    void aFileOverTenMegabytesIsRefusedAndNothingIsSaved() {
        Person officer = Fixtures.personSigningInAs("officer");
        Action action = Fixtures.action(Fixtures.plan(Fixtures.review(), Fixtures.person()), officer).create();
        as("officer").contentType("multipart/form-data")
                .multiPart("update", UPDATE, "application/json")
                .multiPart("files", "huge.pdf", new byte[10 * 1024 * 1024 + 1], "application/pdf")
                .post("/api/actions/{id}/updates", action.id).then().statusCode(400)
                .body("errors[0].field", equalTo("evidenceFiles"))
                .body("errors[0].message", containsString("10 MB"));
        as("officer").get("/api/actions/{id}/updates", action.id).then().body("total", equalTo(0));
    }
}
