package io.followthrough.review;

import io.followthrough.support.Browser;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

import java.io.InputStream;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.matchesPattern;

@QuarkusTest
class ImportPagesTest {

    private static byte[] seedLetter() throws Exception {
        try (InputStream in = ImportPagesTest.class.getClassLoader()
                .getResourceAsStream("demo/nottinghamshire-peer-challenge.md")) {
            return in.readAllBytes();
        }
    }

    private static io.restassured.response.Response upload(Browser browser, String name, byte[] content) {
        String token = browser.csrfFrom(browser.get("/imports/new").asString());
        return browser.request().multiPart("file", name, content).multiPart("csrf-token", token).post("/imports");
    }

    @Test
    void anUploadLeadsToThePreviewBesideTheOriginalText() throws Exception {
        Browser lead = Browser.signedInAs("lead");
        lead.get("/imports/new").then().statusCode(200).body(containsString("<title>Import a review document"));
        String location = upload(lead, "letter.md", seedLetter()).then().statusCode(303)
                .header("Location", matchesPattern(".*/imports/\\d+")).extract().header("Location");
        lead.get(location).then().statusCode(200)
                .body(containsString("Check the imported review"))
                .body(containsString("value=\"Nottinghamshire\""))
                .body(containsString("In the document (lines"))
                .body(containsString("Text not placed"));
    }

    @Test
    void aFileThatCannotBeReadIsShownOnTheFormWithItsReason() {
        Browser lead = Browser.signedInAs("lead");
        upload(lead, "empty.docx", new byte[0]).then().statusCode(400)
                .body(containsString("There is a problem"))
                .body(containsString("The file is empty"));
    }

    @Test
    void onlyThePlanLeadImports() {
        Browser.signedInAs("officer").get("/imports/new").then().statusCode(403);
        Browser.signedInAs("councillor").get("/imports/new").then().statusCode(403);
    }
}
