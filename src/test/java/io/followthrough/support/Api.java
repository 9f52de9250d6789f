package io.followthrough.support;

import io.restassured.RestAssured;
import io.restassured.http.ContentType;
import io.restassured.specification.RequestSpecification;

/** Requests to the JSON API as one of the demo accounts (HTTP Basic), or as nobody. */
public final class Api {

    private Api() {
    }

    public static RequestSpecification as(String account) {
        return RestAssured.given().auth().preemptive().basic(account, account).contentType(ContentType.JSON)
                .accept(ContentType.JSON);
    }

    public static RequestSpecification anonymous() {
        return RestAssured.given().contentType(ContentType.JSON).accept(ContentType.JSON);
    }
}
