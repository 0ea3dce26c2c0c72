package org.boundarylab.e2e;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/** Debian's headless Chromium driven by Selenium; nothing is downloaded. */
final class Browser implements AutoCloseable {

    static final String CHROMIUM = System.getProperty("chromium.binary", "/usr/bin/chromium");
    static final String CHROMEDRIVER = System.getProperty("chromedriver.binary", "/usr/bin/chromedriver");

    final ChromeDriver driver;
    final WebDriverWait wait;
    private final String baseUrl;

    Browser(String baseUrl, Path profileDir, int width, int height) {
        this.baseUrl = baseUrl;
        ChromeOptions options = new ChromeOptions();
        options.setBinary(CHROMIUM);
        options.addArguments(
                "--headless=new",
                "--no-sandbox",
                "--disable-gpu",
                "--disable-dev-shm-usage",
                "--disable-quic",
                "--no-first-run",
                "--disable-background-networking",
                "--disable-component-update",
                "--disable-sync",
                "--user-data-dir=" + profileDir,
                "--window-size=" + width + "," + height,
                "--force-device-scale-factor=1");
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(Path.of(CHROMEDRIVER).toFile())
                .usingAnyFreePort()
                .build();
        driver = new ChromeDriver(service, options);
        driver.manage().window().setSize(new Dimension(width, height));
        wait = new WebDriverWait(driver, Duration.ofSeconds(20));
        // a screen updated by server push may replace an element between finding and reading it
        wait.ignoring(org.openqa.selenium.StaleElementReferenceException.class);
    }

    static boolean available() {
        return Files.isExecutable(Path.of(CHROMIUM)) && Files.isExecutable(Path.of(CHROMEDRIVER));
    }

    static final String MISSING =
            "Debian's chromium and chromium-driver are not installed (apt-get install chromium chromium-driver)";

    /**
     * Skips a browser test where Chromium is missing on a developer's machine; on CI ({@code CI=true},
     * as .ci/run runs) the test fails at once instead, so a green CI always means the browser tests ran.
     */
    static void assumeInstalled() {
        requireOrSkip(available(), System.getenv("CI"));
    }

    static void requireOrSkip(boolean installed, String ci) {
        requireOrSkip(installed, ci, MISSING);
    }

    /** A tool a test needs: skipped without it on a developer's machine, failed on CI (which installs it). */
    static void requireOrSkip(boolean installed, String ci, String missing) {
        if (installed) {
            return;
        }
        if ("true".equalsIgnoreCase(ci == null ? "" : ci.strip())) {
            org.junit.jupiter.api.Assertions.fail("CI=true and the test cannot run: " + missing);
        }
        org.junit.jupiter.api.Assumptions.abort(missing);
    }

    void open(String path) {
        driver.get(baseUrl + path);
        awaitVaadin();
    }

    void login(String username, String password) {
        open("login");
        WebElement user = wait.until(ExpectedConditions.elementToBeClickable(By.cssSelector("input[name=username]")));
        user.sendKeys(username);
        driver.findElement(By.cssSelector("input[name=password]")).sendKeys(password);
        driver.findElement(By.cssSelector("vaadin-button[slot=submit], vaadin-login-form vaadin-button"))
                .click();
        wait.until(d -> !d.getCurrentUrl().contains("/login"));
        awaitVaadin();
    }

    /** Judges the segment shown: ticks a card ("mark-NONE"), writes the reasoning, "fairly sure", submits. */
    void judge(String cardId, String reasoning) {
        click(By.cssSelector("#" + cardId + " > label"));
        write(reasoning);
        click(driver.findElements(By.cssSelector("#certainty vaadin-radio-button > label"))
                .get(1));
        click(By.id("submit-judgment"));
        awaitVaadin();
    }

    void write(String reasoning) {
        click(By.cssSelector("#rationale textarea"));
        driver.findElement(By.cssSelector("#rationale textarea")).sendKeys(reasoning);
    }

    /** Creates a trainee account on the users page (the signed-in user must be staff). */
    void createTrainee(String name, String username, String password) {
        createAccount(name, username, password, null);
    }

    /** Creates an account with this role's label ("Supervisor"), or a trainee when null (an admin only for other roles). */
    void createAccount(String name, String username, String password, String roleLabel) {
        open("users");
        buttonWithText("New account").click();
        await(By.cssSelector("#new-name input")).sendKeys(name);
        await(By.cssSelector("#new-username input")).sendKeys(username);
        await(By.cssSelector("#new-password input")).sendKeys(password);
        if (roleLabel != null) {
            click(By.cssSelector("vaadin-dialog-overlay vaadin-select, vaadin-select"));
            WebElement item = wait.until(d -> d.findElements(By.cssSelector("vaadin-select-item")).stream()
                    .filter(i -> i.isDisplayed() && i.getText().strip().equals(roleLabel))
                    .findFirst()
                    .orElse(null));
            click(item);
        }
        click(buttonWithText("Create account"));
        wait.until(d -> d.getPageSource().contains(name));
    }

    WebElement buttonWithText(String text) {
        return wait.until(d -> d.findElements(By.tagName("vaadin-button")).stream()
                .filter(b -> b.isDisplayed() && b.getText().strip().equals(text))
                .findFirst()
                .orElse(null));
    }

    /** Scrolls the element to the middle of the window first, as a person would. */
    void click(WebElement element) {
        ((JavascriptExecutor) driver).executeScript("arguments[0].scrollIntoView({block: 'center'})", element);
        wait.until(ExpectedConditions.elementToBeClickable(element)).click();
    }

    void click(By by) {
        click(wait.until(ExpectedConditions.presenceOfElementLocated(by)));
    }

    WebElement await(By by) {
        return wait.until(ExpectedConditions.visibilityOfElementLocated(by));
    }

    /** The text of an element, whether or not it is scrolled into view. */
    String text(By by) {
        // found and read in one step, again if push replaced the element in between
        return wait.until(d -> d.findElement(by).getAttribute("textContent"))
                .strip()
                .replaceAll("\\s+", " ");
    }

    List<WebElement> all(By by) {
        return driver.findElements(by);
    }

    /** Waits until Vaadin has no server round trip pending. */
    void awaitVaadin() {
        wait.until(d -> Boolean.TRUE.equals(((JavascriptExecutor) d)
                .executeScript("return !!window.Vaadin && !!window.Vaadin.Flow && !!window.Vaadin.Flow.clients && "
                        + "Object.values(window.Vaadin.Flow.clients).every(c => !c.isActive || !c.isActive())")));
    }

    /** A screenshot of the top of the current view (the app layout scrolls its content area). */
    void screenshotFromTop(Path file) throws IOException {
        ((JavascriptExecutor) driver)
                .executeScript(
                        "const c = document.querySelector('vaadin-app-layout');"
                                + "const s = c && c.shadowRoot && c.shadowRoot.querySelector('[part~=\"content\"]'); if (s) { s.scrollTop = 0; } window.scrollTo(0, 0);");
        screenshot(file);
    }

    /** The codes of the feedback items on the judgment screen, in the order shown. */
    List<String> feedbackCodes() {
        return all(By.cssSelector(".feedback-item")).stream()
                .map(e -> e.getAttribute("data-code"))
                .toList();
    }

    /** Moves on from a segment's feedback to the next segment's form. */
    void nextSegment() {
        click(By.id("next-segment"));
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("submit-judgment")));
        awaitVaadin();
    }

    /** What a person sees now at 1440, 1920 and 390 px wide ({@code name}-1440.png, ...); ends at 1440. */
    void screenshotsAtEachWidth(Path dir, String name) throws IOException {
        for (int[] size : new int[][] {{1920, 1080}, {390, 844}, {1440, 900}}) {
            driver.manage().window().setSize(new Dimension(size[0], size[1]));
            screenshot(dir.resolve(name + "-" + size[0] + ".png"));
        }
    }

    void screenshot(Path file) throws IOException {
        Files.createDirectories(file.getParent());
        Files.write(file, driver.getScreenshotAs(OutputType.BYTES));
    }

    @Override
    public void close() {
        driver.quit();
    }
}
