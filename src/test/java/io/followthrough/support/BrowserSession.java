package io.followthrough.support;

import com.deque.html.axecore.playwright.AxeBuilder;
import com.deque.html.axecore.results.AxeResults;
import com.deque.html.axecore.results.Rule;
import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.BrowserType;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;
import org.junit.jupiter.api.Assumptions;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.fail;

/**
 * Debian's Chromium driven by Playwright, for the journeys people make. Without Chromium the browser tests are skipped
 * with the command that installs it, except under CI, where a missing browser fails the run.
 */
public final class BrowserSession implements AutoCloseable {

    public static final Path CHROMIUM = Path.of(System.getenv().getOrDefault("CHROMIUM_PATH", "/usr/bin/chromium"));
    private static final List<String> WCAG = List.of("wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa");

    private final Playwright playwright;
    private final Browser browser;
    private final String baseUrl;

    private BrowserSession(String baseUrl) {
        this.baseUrl = baseUrl.endsWith("/") ? baseUrl.substring(0, baseUrl.length() - 1) : baseUrl;
        this.playwright = Playwright.create(new Playwright.CreateOptions()
                .setEnv(Map.of("PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD", "1")));
        this.browser = playwright.chromium().launch(new BrowserType.LaunchOptions()
                .setExecutablePath(CHROMIUM)
                .setHeadless(true)
                .setArgs(List.of("--no-sandbox", "--headless=new", "--disable-gpu", "--disable-dev-shm-usage",
                        "--disable-quic", "--no-first-run", "--disable-background-networking",
                        "--disable-component-update", "--disable-sync", "--disable-extensions")));
    }

    public static BrowserSession open(String baseUrl) {
        if (!Files.isExecutable(CHROMIUM)) {
            String message = "Browser tests need Chromium at " + CHROMIUM
                    + ": install it with 'apt-get install -y chromium chromium-driver'";
            if ("true".equalsIgnoreCase(System.getenv("CI"))) {
                fail(message);
            }
            Assumptions.abort(message);
        }
        return new BrowserSession(baseUrl);
    }

    /** A fresh browser context (its own cookies), signed in with a demo account through the sign-in page. */
    public Page signIn(String account) {
        return signIn(browser.newContext(new Browser.NewContextOptions().setBaseURL(baseUrl)).newPage(), account);
    }

    /** As {@link #signIn(String)}, in a window {@code width} CSS pixels wide (a phone is 320 to 390). */
    public Page signIn(String account, int width) {
        return signIn(anonymous(width), account);
    }

    /** A fresh browser context, signed in as nobody, in a window {@code width} CSS pixels wide. */
    public Page anonymous(int width) {
        return browser.newContext(new Browser.NewContextOptions().setBaseURL(baseUrl)
                .setViewportSize(width, 800)).newPage();
    }

    private static Page signIn(Page page, String account) {
        page.navigate("/sign-in");
        assertAccessible(page);
        page.getByLabel("User name").fill(account);
        page.getByLabel("Password").fill(account);
        page.getByRole(com.microsoft.playwright.options.AriaRole.BUTTON,
                new Page.GetByRoleOptions().setName("Sign in")).click();
        return page;
    }

    /** Runs axe-core's WCAG 2.2 A and AA rules on the page and fails on any violation, listing each. */
    public static void assertAccessible(Page page) {
        List<String> violations = accessibilityViolations(page);
        if (!violations.isEmpty()) {
            fail("Accessibility violations on " + page.url() + ":\n" + String.join("\n", violations));
        }
    }

    /** axe-core's WCAG 2.2 A and AA violations on the page, one line each naming the rule and where. */
    public static List<String> accessibilityViolations(Page page) {
        AxeResults results = new AxeBuilder(page).withTags(WCAG).analyze();
        List<Rule> violations = results.getViolations();
        return violations.stream()
                .map(v -> "- " + v.getId() + ": " + v.getHelp() + " at " + v.getNodes().stream()
                        .map(n -> String.valueOf(n.getTarget())).collect(Collectors.joining(", ")))
                .toList();
    }

    /**
     * Reflow (WCAG 1.4.10): the page is no wider than the window. Returns null when it fits, or how wide it is and
     * the elements that reach past the window's edge.
     */
    public static String overflow(Page page) {
        Object result = page.evaluate("() => {"
                + " const width = window.innerWidth, page = document.documentElement.scrollWidth;"
                + " if (page <= width) return null;"
                + " const wide = [];"
                + " for (const e of document.body.querySelectorAll('*')) {"
                + "   const r = e.getBoundingClientRect();"
                + "   if (r.right > width + 1 && !e.closest('.app-table-scroll, .app-document')) {"
                + "     const parentWide = e.parentElement && e.parentElement.getBoundingClientRect().right > width + 1;"
                + "     if (!parentWide || wide.length < 3) wide.push(e.tagName.toLowerCase()"
                + "       + (e.id ? '#' + e.id : '') + (e.className && typeof e.className === 'string'"
                + "       ? '.' + e.className.trim().split(/\\s+/).join('.') : '') + ' (' + Math.round(r.right) + 'px)');"
                + "   }"
                + "   if (wide.length >= 8) break;"
                + " }"
                + " return page + 'px wide in a ' + width + 'px window; reaching past the edge: ' + wide.join(', ');"
                + "}");
        return result == null ? null : result.toString();
    }

    @Override
    public void close() {
        browser.close();
        playwright.close();
    }
}
