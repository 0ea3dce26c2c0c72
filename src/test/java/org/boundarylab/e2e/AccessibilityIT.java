package org.boundarylab.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;

/**
 * axe-core on every screen and state a person can reach, in one app and one browser: signed out,
 * as a trainee working through Mary's case (the recall question before and after, the judgment
 * screen, feedback, the summary) and as an admin (library, editor, users with errors, rules,
 * operations, sessions, dashboard, projector, reports, review, error pages). No serious or
 * critical violation is allowed anywhere. It also takes the screenshots in docs/screenshots.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class AccessibilityIT {

    static final Path DOCS = Path.of("docs", "screenshots");
    static final String TRAINEE_PASSWORD = "lantern-field-38";

    @TempDir
    static Path temp;

    static AppProcess app;
    static Browser browser;
    static final Axe AXE = new Axe();
    /** Layout problems at 390 and 768 px, gathered like axe's so one run names them all. */
    static final java.util.List<String> LAYOUT = new java.util.ArrayList<>();

    @BeforeAll
    static void start() throws Exception {
        Browser.assumeInstalled();
        app = new AppProcess(temp.resolve("data")).start();
        browser = new Browser(app.baseUrl(), temp.resolve("profile"), 1440, 900);
    }

    @AfterAll
    static void stop() throws Exception {
        if (browser != null) {
            browser.close();
        }
        if (app != null) {
            app.close();
        }
    }

    @Test
    @Order(1)
    void signed_out_screens_pass_axe() {
        browser.open("login");
        browser.await(By.cssSelector("input[name=username]"));
        AXE.check(browser, "sign-in");
        // one wording: the page and its button both say "Sign in"
        assertThat(browser.driver
                        .findElement(By.cssSelector("vaadin-login-form vaadin-button"))
                        .getText()
                        .strip())
                .isEqualTo("Sign in");
    }

    @Test
    @Order(2)
    void admin_screens_pass_axe() throws Exception {
        // the menu is a drawer and nothing scrolls sideways on a phone or a tablet
        browser.login("admin", AppProcess.ADMIN_PASSWORD);
        browser.await(By.cssSelector(".case-card"));
        AXE.check(browser, "library (admin)");
        noSidewaysScroll("library (admin)");
        browser.createTrainee("Tess Okoro", "tess", TRAINEE_PASSWORD);
        AXE.check(browser, "users");
        usersFormErrors();
        noSidewaysScroll("users");

        browser.open("rules");
        AXE.check(browser, "rules");
        browser.open("operations");
        auditTrail();
        AXE.check(browser, "operations");
        noSidewaysScroll("operations");
        browser.open("references");
        AXE.check(browser, "references");
        browser.open("password");
        AXE.check(browser, "my password");
        browser.open("review/corrections");
        AXE.check(browser, "reading corrections");
        browser.open("review/calibration");
        AXE.check(browser, "calibration rounds");
        browser.open("authoring");
        browser.await(By.id("case-title"));
        assertThat(browser.all(By.cssSelector("[invalid]")))
                .as("a blank new case shows no errors")
                .isEmpty();
        AXE.check(browser, "editor (new case)");
        WebElement id = browser.await(By.cssSelector("#case-id input"));
        id.sendKeys("Not A Slug");
        id.sendKeys(Keys.TAB);
        browser.wait.until(d -> d.findElement(By.id("case-id")).getDomAttribute("invalid") != null);
        browser.wait.until(d -> d.findElement(By.id("case-id")).getDomProperty("errorMessage") != null
                && d.findElement(By.id("case-id"))
                        .getDomProperty("errorMessage")
                        .contains("lower-case words joined by hyphens"));
        assertThat(browser.driver.findElement(By.id("case-title")).getDomAttribute("invalid"))
                .as("untouched")
                .isNull();
        AXE.check(browser, "editor (a field with a problem)");
        shots("editor");
        noSidewaysScroll("editor");
        browser.open("no-such-page");
        browser.await(By.id("error-heading"));
        assertThat(browser.text(By.id("error-heading"))).isEqualTo("Page not found");
        assertThat(browser.all(By.cssSelector("vaadin-side-nav")))
                .as("the menu is there")
                .isNotEmpty();
        assertThat(browser.driver.findElement(By.id("error-back")).getDomProperty("href"))
                .isEqualTo(app.baseUrl());
        assertThat(browser.driver.getPageSource()).doesNotContain("HTTP ERROR");
        AXE.check(browser, "error page: not found");
        shots("error-page");
        noSidewaysScroll("error page");
        browser.open("case/no-such-case");
        AXE.check(browser, "judgment screen: unknown case");

        browser.open("sessions");
        AXE.check(browser, "live sessions (staff)");
        browser.click(By.id("new-session"));
        browser.await(By.cssSelector("#session-name input")).sendKeys("Accessibility seminar");
        AXE.check(browser, "new session dialog");
        WebElement addCase = browser.await(By.cssSelector("#session-add-case input"));
        addCase.sendKeys("Mary");
        browser.wait.until(
                d -> !d.findElements(By.cssSelector("vaadin-combo-box-item")).isEmpty());
        addCase.sendKeys(Keys.ARROW_DOWN, Keys.ENTER);
        browser.click(By.id("create-session"));
        browser.wait.until(ExpectedConditions.presenceOfElementLocated(By.id("dashboard-code")));
        AXE.check(browser, "dashboard");
        browser.click(By.id("show-join-full-screen"));
        browser.await(By.id("join-qr"));
        AXE.check(browser, "join screen");
        browser.click(By.id("close-join-dialog"));
        browser.open("sessions/1/projector");
        browser.await(By.id("projector-text"));
        AXE.check(browser, "projector");
        browser.open("reports");
        AXE.check(browser, "reports (staff)");
        signOut();
    }

    @Test
    @Order(3)
    void trainee_screens_pass_axe() throws Exception {
        browser.login("tess", TRAINEE_PASSWORD);
        browser.await(By.cssSelector(".case-card"));
        AXE.check(browser, "library (trainee)");
        // which characteristics a case shows is the answer: trainees get no such filter
        assertThat(browser.all(By.cssSelector(".filter-bar vaadin-select[label='Shows']")))
                .isEmpty();
        noSidewaysScroll("library (trainee)");
        browser.open("sessions");
        AXE.check(browser, "live sessions (trainee)");
        browser.open("users");
        browser.await(By.id("error-heading"));
        assertThat(browser.text(By.id("error-heading"))).isEqualTo("Not open to your account");
        assertThat(browser.all(By.cssSelector("vaadin-side-nav"))).isNotEmpty();
        AXE.check(browser, "error page: not allowed");
        browser.open("");
        browser.click(By.cssSelector("a[aria-label='Start case: Mary: the last appointment of the day']"));
        browser.await(By.id("submit-recall-before"));
        AXE.check(browser, "recall question before the first segment");
        browser.click(By.cssSelector("#knowledge-answer textarea"));
        browser.driver.findElement(By.cssSelector("#knowledge-answer textarea")).sendKeys("Secrecy, I think.");
        browser.click(By.id("submit-recall-before"));
        browser.wait.until(ExpectedConditions.presenceOfElementLocated(By.id("submit-judgment")));
        browser.awaitVaadin();
        AXE.check(browser, "judgment screen: first segment");
        actionBarFits("first segment");
        selectedWordsBecomeAHighlight();
        // an empty form: every missing part named at once, each beside its field
        browser.click(By.id("submit-judgment"));
        browser.wait.until(d -> d.findElement(By.id("rationale")).getDomAttribute("invalid") != null);
        assertThat(browser.text(By.id("marks-error"))).startsWith("Tick at least one characteristic");
        assertThat(browser.driver.findElement(By.id("certainty")).getDomAttribute("invalid"))
                .isNotNull();
        AXE.check(browser, "judgment screen: errors");
        for (int segment = 1; segment <= 6; segment++) {
            if (segment == 2) {
                AXE.check(browser, "judgment screen: with earlier segments");
                actionBarFits("with earlier segments");
                assertThat(browser.all(By.cssSelector(".earlier .earlier-segment")))
                        .hasSize(1);
                shots("judgment");
                noSidewaysScroll("judgment screen");
            }
            judge(segment == 3 ? "mark-ROLE_REVERSAL" : "mark-NONE");
            if (segment <= 2) {
                AXE.check(browser, "feedback " + segment);
            }
            browser.click(By.id("next-segment"));
            browser.awaitVaadin();
        }
        browser.await(By.cssSelector("#knowledge-answer textarea"));
        AXE.check(browser, "knowledge check");
        browser.click(By.cssSelector("#knowledge-answer textarea"));
        browser.driver.findElement(By.cssSelector("#knowledge-answer textarea")).sendKeys("Role reversal and secrecy.");
        browser.click(By.id("submit-answer"));
        browser.wait.until(d -> d.getPageSource().contains("Knowledge check: feedback"));
        assertThat(browser.text(By.id("recall-change")))
                .startsWith("Before the case you named 1 of 4; at the end, 2 of 4");
        AXE.check(browser, "knowledge check feedback");
        browser.click(By.id("next-segment"));
        browser.wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector(".summary-card")));
        assertThat(browser.text(By.cssSelector(".summary-cards"))).contains("Before the case you named 1 of 4");
        AXE.check(browser, "summary");
        browser.open("my-attempts");
        AXE.check(browser, "my attempts");
        browser.open("reports/trainee/me");
        browser.await(By.cssSelector(".report-page"));
        browser.wait.until(
                d -> !d.findElements(By.cssSelector(".recall-change")).isEmpty());
        assertThat(browser.text(By.cssSelector(".recall-change")))
                .isEqualTo("Before the case: 1 of 4; at the end: 2 of 4 (+1).");
        AXE.check(browser, "my report");
        signOut();
    }

    @Test
    @Order(4)
    void staff_report_screens_pass_axe() {
        browser.login("admin", AppProcess.ADMIN_PASSWORD);
        browser.open("reports/cases/mary-after-hours");
        browser.await(By.cssSelector(".report-page"));
        AXE.check(browser, "cohort report");
        browser.open("reports");
        browser.click(By.linkText("Tess Okoro"));
        browser.await(By.id("override-0"));
        AXE.check(browser, "trainee report (staff)");
        browser.click(By.id("override-0"));
        browser.await(By.id("override-score"));
        AXE.check(browser, "override dialog");
    }

    @Test
    @Order(99)
    void no_screen_has_a_serious_or_critical_violation() {
        assertThat(LAYOUT).as("layouts at 390 and 768 px").isEmpty();
        assertThat(AXE.violations()).as("serious or critical axe violations").isEmpty();
        assertThat(AXE.screens()).as("every screen was checked").hasSizeGreaterThanOrEqualTo(35);
    }

    /** Both fields wrong at once (a common password, a taken username): each message beside its field, no toast. */
    private static void usersFormErrors() throws Exception {
        browser.buttonWithText("New account").click();
        browser.await(By.cssSelector("#new-name input")).sendKeys("Tess Again");
        browser.await(By.cssSelector("#new-username input")).sendKeys("tess");
        browser.await(By.cssSelector("#new-password input")).sendKeys("password");
        browser.click(By.id("create-account"));
        browser.wait.until(d -> d.findElement(By.id("new-password")).getDomAttribute("invalid") != null);
        assertThat(browser.driver.findElement(By.id("new-username")).getDomAttribute("invalid"))
                .isNotNull();
        assertThat(browser.text(By.cssSelector("#new-username [slot='error-message']")))
                .contains("'tess' is already taken");
        assertThat(browser.text(By.cssSelector("#new-password [slot='error-message']")))
                .contains("most common passwords");
        assertThat(browser.all(By.cssSelector("vaadin-notification-card[theme~='error']")))
                .as("no error toast over the form")
                .isEmpty();
        AXE.check(browser, "users: new account with errors");
        shots("users-form-errors");
        browser.driver.findElement(By.cssSelector("body")).sendKeys(Keys.ESCAPE);
        browser.wait.until(
                d -> d.findElements(By.cssSelector("vaadin-dialog[opened]")).isEmpty());
    }

    /** The trail in plain words and names, filtered by kind, with its CSV link. */
    private static void auditTrail() throws Exception {
        browser.await(By.id("audit-events"));
        browser.wait.until(d -> browser.text(By.id("audit-events")).contains("Signed in"));
        String trail = browser.text(By.id("audit-events"));
        assertThat(trail)
                .contains("Account created", "Tess Okoro (tess) as a trainee", "Administrator (admin)")
                .doesNotContain("LOGIN_SUCCESS", "ACCOUNT_CREATED", "as TRAINEE");
        assertThat(browser.text(By.id("audit-page"))).startsWith("Events 1–");
        assertThat(browser.driver.findElement(By.id("audit-csv")).getAttribute("href"))
                .isNotBlank();
        ((JavascriptExecutor) browser.driver)
                .executeScript("document.getElementById('audit-heading').scrollIntoView({block: 'start'})");
        shotsHere("audit-trail");
    }

    /** At 1280x720 the certainty choices sit on one row and Submit and its Ctrl+Enter hint are in view. */
    private static void actionBarFits(String state) {
        viewport(1280, 720);
        ((JavascriptExecutor) browser.driver).executeScript("window.scrollTo(0, 0)");
        browser.awaitVaadin();
        for (String id : new String[] {"submit-judgment", "submit-shortcut", "certainty"}) {
            WebElement e = browser.driver.findElement(By.id(id));
            assertThat(inView(e))
                    .as(id + " in view at 1280x720 (" + state + ")")
                    .isTrue();
        }
        @SuppressWarnings("unchecked")
        java.util.List<Long> tops = (java.util.List<Long>)
                ((JavascriptExecutor) browser.driver)
                        .executeScript(
                                "return [...document.querySelectorAll('#certainty vaadin-radio-button')].map(r => Math.round(r.getBoundingClientRect().top))");
        assertThat(tops).as("certainty on one row").hasSize(3).containsOnly(tops.getFirst());
        String wider = sideways();
        if (!wider.isEmpty()) {
            LAYOUT.add("the judgment screen (" + state + ") scrolls sideways at 1280 px by " + wider);
        }
        viewport(1440, 900);
    }

    private static boolean inView(WebElement e) {
        return Boolean.TRUE.equals(((JavascriptExecutor) browser.driver)
                .executeScript(
                        "const r = arguments[0].getBoundingClientRect(); return r.top >= 0 && r.bottom <= window.innerHeight && r.height > 0",
                        e));
    }

    /** Words selected with the mouse and added become a highlight in the text itself, not only a chip. */
    private static void selectedWordsBecomeAHighlight() {
        String words = (String) ((JavascriptExecutor) browser.driver).executeScript("""
                const clause = document.querySelectorAll('.current-segment .clause')[1];
                const node = [...clause.childNodes].find(n => n.nodeType === 3 && n.textContent.trim().split(/\\s+/).length >= 3);
                const words = node.textContent.trim().split(/\\s+/).slice(0, 2).join(' ');
                const start = node.textContent.indexOf(words);
                const range = document.createRange();
                range.setStart(node, start);
                range.setEnd(node, start + words.length);
                const selection = window.getSelection();
                selection.removeAllRanges();
                selection.addRange(range);
                return words;""");
        WebElement add = browser.driver.findElement(By.id("add-selection"));
        ((JavascriptExecutor) browser.driver).executeScript("arguments[0].focus()", add);
        add.sendKeys(Keys.ENTER);
        browser.wait.until(d -> !d.findElements(By.cssSelector(".current-segment .clause .added"))
                .isEmpty());
        assertThat(browser.text(By.cssSelector(".current-segment .clause .added")))
                .isEqualTo(words);
        assertThat(browser.text(By.cssSelector(".current-segment .legend"))).contains("Your highlight");
    }

    /** The page never scrolls sideways (at a phone's 390 px and a tablet's 768 px the checks run too). */
    private static void noSidewaysScroll(String screen) {
        for (int width : new int[] {390, 768}) {
            viewport(width, 844);
            browser.awaitVaadin();
            String wider = sideways();
            if (!"".equals(wider)) {
                LAYOUT.add(screen + " scrolls sideways at " + width + " px by " + wider);
            }
            WebElement signOut = browser.driver.findElement(By.id("sign-out"));
            if (!inView(signOut)) {
                LAYOUT.add("Sign out not in view at " + width + " px on " + screen);
            }
        }
        viewport(1440, 900);
    }

    /** Empty when no scroll container is wider inside than it shows; else by how much, and what sticks out. */
    private static String sideways() {
        return (String) ((JavascriptExecutor) browser.driver).executeScript("""
                const d = document.documentElement; const c = document.querySelector('vaadin-app-layout');
                const s = c && c.shadowRoot && c.shadowRoot.querySelector('[part~="content"]');
                const over = Math.max(d.scrollWidth - d.clientWidth, s ? s.scrollWidth - s.clientWidth : 0);
                if (over <= 0) { return ''; }
                const limit = s ? s.getBoundingClientRect().right : d.clientWidth;
                const out = [...document.querySelectorAll('body *')].filter(e => e.getBoundingClientRect().right > limit + 0.5)
                    .filter(e => ![...e.children].some(k => k.getBoundingClientRect().right > limit + 0.5))
                    .slice(0, 5).map(e => e.tagName.toLowerCase() + '.' + [...e.classList].join('.') + '#' + e.id
                        + ' right=' + Math.round(e.getBoundingClientRect().right) + ' in ' + (e.parentElement
                        ? e.parentElement.tagName.toLowerCase() + '.' + [...e.parentElement.classList].join('.') : '')
                        + ' ' + e.outerHTML.substring(0, 160));
                return over + ' px: ' + out.join(', ');""");
    }

    /** The view at 1440, 1920 and 390 px, from the top, into docs/screenshots. */
    private static void shots(String name) throws Exception {
        for (int[] size : new int[][] {{1440, 900}, {1920, 1080}, {390, 844}}) {
            viewport(size[0], size[1]);
            browser.awaitVaadin();
            browser.screenshotFromTop(DOCS.resolve(name + "-" + size[0] + ".png"));
        }
        viewport(1440, 900);
    }

    /** As {@link #shots} but where the page is scrolled to now (the element scrolled into view stays in view). */
    private static void shotsHere(String name) throws Exception {
        for (int[] size : new int[][] {{1440, 900}, {1920, 1080}, {390, 844}}) {
            viewport(size[0], size[1]);
            browser.awaitVaadin();
            ((JavascriptExecutor) browser.driver)
                    .executeScript("document.getElementById('audit-heading').scrollIntoView({block: 'start'})");
            browser.screenshot(DOCS.resolve(name + "-" + size[0] + ".png"));
        }
        viewport(1440, 900);
    }

    /** Judges the segment on screen (none of these, fairly sure). */
    private static void judge(String cardId) {
        browser.click(By.cssSelector("#" + cardId + " > label"));
        browser.click(By.cssSelector("#rationale textarea"));
        browser.driver.findElement(By.cssSelector("#rationale textarea")).sendKeys("The frame holds in this segment.");
        browser.click(browser.driver
                .findElements(By.cssSelector("#certainty vaadin-radio-button > label"))
                .get(1));
        browser.click(By.id("submit-judgment"));
        browser.wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector(".feedback-panel")));
        browser.awaitVaadin();
    }

    private static void signOut() {
        browser.driver.manage().deleteAllCookies();
        browser.open("login");
    }

    static void viewport(int width, int height) {
        browser.driver.manage().window().setSize(new Dimension(width, height));
        long innerWidth = (Long) ((JavascriptExecutor) browser.driver).executeScript("return window.innerWidth");
        long innerHeight = (Long) ((JavascriptExecutor) browser.driver).executeScript("return window.innerHeight");
        browser.driver
                .manage()
                .window()
                .setSize(new Dimension(2 * width - (int) innerWidth, 2 * height - (int) innerHeight));
    }
}
