package io.followthrough.report;

import io.followthrough.people.Person;
import io.followthrough.plan.Plan;
import io.followthrough.support.Fixtures;
import io.followthrough.support.PdfAssertions;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import org.junit.jupiter.api.Test;

import java.util.Map;

import static io.followthrough.support.Api.as;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Another council's house style is a folder of templates, not a code change. */
@QuarkusTest
@TestProfile(ReportTemplateOverrideTest.CouncilStyle.class)
class ReportTemplateOverrideTest {

    public static class CouncilStyle implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("followthrough.reports.template-dir", "src/test/resources/council-style",
                    "followthrough.reports.logo", "src/test/resources/council-style/logo.svg");
        }
    }

    @Test
    void aConfiguredFolderReplacesTheTemplateAndAddsToTheStylesheet() {
        Person lead = Fixtures.person();
        Plan plan = Fixtures.plan(Fixtures.review(), lead);
        int id = as("lead").body(Map.of("kind", "ENDORSEMENT", "body", "Executive", "meetingDate", "2027-02-14"))
                .post("/api/plans/{id}/reports", plan.id).then().statusCode(201).extract().path("id");
        String html = as("lead").accept("text/html").get("/api/reports/{id}/preview.html", id).asString();
        assertTrue(html.contains("Report of the Director of Children") && html.contains("Executive"), html);
        assertTrue(html.contains("border-bottom: 3px solid #004d7a"), "the council's stylesheet is added");
        assertTrue(html.contains("alt=\"Example Council logo\""), "the configured logo, with alternative text");
        byte[] pdf = as("lead").accept("*/*").get("/api/reports/{id}/preview.pdf", id).then().statusCode(200)
                .extract().asByteArray();
        PdfAssertions.assertPdfUa(pdf);
        assertTrue(PdfAssertions.text(pdf).contains("Report of the Director of Children's Services to Executive"));
        byte[] docx = as("lead").accept("*/*").get("/api/reports/{id}/preview.docx", id).then().statusCode(200)
                .extract().asByteArray();
        try (org.apache.poi.xwpf.usermodel.XWPFDocument word = new org.apache.poi.xwpf.usermodel.XWPFDocument(
                new java.io.ByteArrayInputStream(docx))) {
            assertTrue(word.getDocument().xmlText().contains("descr=\"Example Council logo\""), "the logo is in Word too");
            assertEquals("Report of the Director of Children's Services to Executive", word.getParagraphs().stream()
                    .filter(p -> "Heading1".equals(p.getStyle())).findFirst().orElseThrow().getText(),
                    "the council's template changes the Word file as it changes HTML and PDF");
        } catch (java.io.IOException e) {
            throw new AssertionError(e);
        }
    }
}
