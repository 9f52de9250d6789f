package io.followthrough.support;

import io.restassured.RestAssured;
import io.restassured.filter.cookie.CookieFilter;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;

import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A signed-in browser for page tests: keeps cookies, signs in through the sign-in page, and posts forms with the
 * CSRF token taken from the page the form is on.
 */
public final class Browser {

    private static final Pattern CSRF = Pattern.compile("name=\"csrf-token\" value=\"([^\"]+)\"");

    private final CookieFilter cookies = new CookieFilter();

    public static Browser signedInAs(String account) {
        Browser browser = new Browser();
        String token = browser.csrfFrom(browser.get("/sign-in").asString());
        browser.request().formParam("csrf-token", token).formParam("userName", account)
                .formParam("password", account).formParam("return", "/")
                .redirects().follow(false).post("/sign-in").then().statusCode(303);
        return browser;
    }

    public static Browser anonymous() {
        return new Browser();
    }

    public RequestSpecification request() {
        return RestAssured.given().filter(cookies).redirects().follow(false);
    }

    public Response get(String path) {
        return request().get(path);
    }

    /** Posts a form from {@code pagePath}, as a person would: the CSRF token comes from that page. */
    public Response submit(String pagePath, String action, Map<String, ?> fields) {
        String token = csrfFrom(get(pagePath).asString());
        return request().formParams(fields).formParam("csrf-token", token).post(action);
    }

    public String csrfFrom(String html) {
        Matcher m = CSRF.matcher(html);
        if (!m.find()) {
            throw new AssertionError("The page has no CSRF token, so it has no form: " + html);
        }
        return m.group(1);
    }
}
