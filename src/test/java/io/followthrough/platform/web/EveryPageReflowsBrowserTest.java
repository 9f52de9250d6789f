package io.followthrough.platform.web;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import com.microsoft.playwright.options.FilePayload;
import io.followthrough.support.BrowserSession;
import io.followthrough.support.ServicePages;
import io.followthrough.support.ServicePages.ServicePage;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.URL;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static io.followthrough.support.Api.as;
import static io.followthrough.support.BrowserSession.accessibilityViolations;
import static io.followthrough.support.BrowserSession.overflow;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Reflow (WCAG 2.2, 1.4.10): every page of the service, opened by each role that may see it, fits a 320 pixel phone
 * and a 1280 pixel desktop without scrolling sideways. At 320 pixels the plan lead's view of each page is also checked
 * with axe-core (a table that scrolls in its own region must be reachable with the keyboard). Importing a spreadsheet
 * change ends on the plan with its success banner, at both widths. Screenshots of every page at both widths are saved
 * in target/screenshots/ for people to look at; not under CI ({@code CI=true}), where nobody looks and a full-page
 * image of every page costs minutes.
 */
@QuarkusTest
class EveryPageReflowsBrowserTest {

    private static final List<Integer> WIDTHS = List.of(320, 1280);
    private static final Path SCREENSHOTS = Path.of("target", "screenshots");
    private static final boolean TAKE_SCREENSHOTS = !"true".equalsIgnoreCase(System.getenv("CI"));

    /**
     * Pages that still scroll sideways at 320 pixels, by pattern, with the cause. They are still opened and
     * screenshotted; only their width check is skipped. Remove a page from here once it fits.
     */
    static final Map<String, String> STILL_OVERFLOWING = Map.of();

    @TestHTTPResource("/")
    URL base;

    @Test
    void everyPageFitsAPhoneAndADesktopWithoutScrollingSideways() throws IOException {
        ServicePages site = ServicePages.arrange();
        List<String> problems = new ArrayList<>();
        Set<String> screenshotted = new HashSet<>();
        try (BrowserSession browser = BrowserSession.open(base.toString())) {
            for (int width : WIDTHS) {
                Page anonymous = browser.anonymous(width);
                anonymous.navigate("/sign-in");
                check(anonymous, "/sign-in", "sign-in", "anonymous", width, problems, screenshotted);
                anonymous.context().close();
            }
            for (String account : ServicePages.ACCOUNTS) {
                for (int width : WIDTHS) {
                    Page page = browser.signIn(account, width);
                    for (ServicePage p : site.openTo(account)) {
                        page.navigate(p.path());
                        assertThat(page.locator("main h1").first()).isVisible();
                        check(page, p.pattern(), p.slug(), account, width, problems, screenshotted);
                    }
                    if (account.equals(ServicePages.LEAD)) {
                        previewSpreadsheet(page, site.planId, width);
                        check(page, "/plans/{plan}/import (preview)", "plans-plan-import-preview", account, width,
                                problems, screenshotted);
                        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Import these changes"))
                                .click();
                        assertThat(page.getByRole(AriaRole.ALERT)).containsText("Changes from the spreadsheet imported");
                        check(page, "/plans/{plan} (after an import)", "plans-plan-imported", account, width,
                                problems, screenshotted);
                    }
                    page.context().close();
                }
            }
        }
        assertTrue(problems.isEmpty(), "Pages that do not reflow:\n" + String.join("\n", problems));
    }

    private static void check(Page page, String pattern, String slug, String account, int width, List<String> problems,
                              Set<String> screenshotted) {
        if (TAKE_SCREENSHOTS && screenshotted.add(width + slug)) {
            // A long page on a narrow window is a tall image: give a busy machine time to draw it.
            page.screenshot(new Page.ScreenshotOptions().setFullPage(true).setTimeout(180_000)
                    .setPath(SCREENSHOTS.resolve(width + "-" + slug + ".png")));
        }
        String overflow = overflow(page);
        if (overflow != null && !STILL_OVERFLOWING.containsKey(pattern)) {
            problems.add("- " + pattern + " as " + account + ": " + overflow);
        }
        if (width == 320 && account.equals(ServicePages.LEAD)) {
            accessibilityViolations(page).forEach(v -> problems.add("- " + pattern + " at 320px: " + v));
        }
    }

    /**
     * Uploads the plan's own spreadsheet with one title changed (a different one at each width), which leads to the
     * preview of that change.
     */
    private static void previewSpreadsheet(Page page, long planId, int width) throws IOException {
        byte[] export = as("lead").accept("*/*").get("/api/plans/{id}/export.xlsx", planId).then().statusCode(200)
                .extract().asByteArray();
        ByteArrayOutputStream changed = new ByteArrayOutputStream();
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(export))) {
            Sheet sheet = workbook.getSheetAt(0);
            sheet.getRow(1).getCell(3).setCellValue("Agree an information-sharing protocol with every partner, "
                    + "reviewed each term by the Virtual School SLT and the Corporate Parenting Board (" + width + ")");
            workbook.write(changed);
        }
        page.navigate("/plans/" + planId + "/import");
        page.getByLabel("Spreadsheet (.xlsx or .csv)").setInputFiles(new FilePayload("plan.xlsx",
                "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", changed.toByteArray()));
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Preview changes")).click();
        assertThat(page.locator("h1")).hasText("Check the changes before importing");
    }
}
