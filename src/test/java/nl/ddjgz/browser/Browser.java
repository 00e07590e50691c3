package nl.ddjgz.browser;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebDriverException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * A headless Chromium driven by Selenium, pointed at the module on its random port. One per test class: start it in
 * {@code @BeforeAll}, {@link #close()} it in {@code @AfterAll}.
 *
 * <p>It uses the Debian packages {@code chromium} and {@code chromium-driver} (installed by {@code .ci/run}); Selenium
 * Manager never runs, so nothing is downloaded. Without Chromium the test fails, it does not skip. Every wait is an
 * explicit {@link WebDriverWait}; a wait that runs out says on which page the browser was.
 */
final class Browser implements AutoCloseable {

    /** The password of every demo login. */
    static final String DEMO_PASSWORD = "demo-wachtwoord";

    private static final String CHROMIUM = System.getProperty("ddjgz.browser.chromium", "/usr/bin/chromium");
    private static final String CHROMEDRIVER =
            System.getProperty("ddjgz.browser.chromedriver", "/usr/bin/chromedriver");
    private static final Duration WAIT = Duration.ofSeconds(15);
    /** The logout button of the header, in whatever language the organisation's pages speak. */
    private static final By LOGOUT = By.xpath("//header//form[contains(@action, '/logout')]//button");

    private final String baseUrl;
    private final Path profile;
    private final WebDriver driver;
    private final WebDriverWait wait;

    private Browser(String baseUrl, Path profile, WebDriver driver) {
        this.baseUrl = baseUrl;
        this.profile = profile;
        this.driver = driver;
        this.wait = new WebDriverWait(driver, WAIT);
        this.wait.withMessage(this::whereAmI);
    }

    /** Starts a fresh headless Chromium (with an empty temporary profile) for the module on this port. */
    static Browser start(int port) {
        File chromium = executable(CHROMIUM, "chromium");
        File chromedriver = executable(CHROMEDRIVER, "chromium-driver");
        Path profile = temporaryProfile();
        ChromeOptions options = new ChromeOptions();
        options.setBinary(chromium);
        options.addArguments(
                "--headless=new",
                "--no-sandbox",
                "--disable-gpu",
                "--disable-dev-shm-usage",
                "--disable-background-networking",
                "--disable-component-update",
                "--no-first-run",
                "--disable-sync",
                "--lang=nl-NL",
                "--window-size=1280,1024",
                "--user-data-dir=" + profile);
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(chromedriver)
                .usingAnyFreePort()
                .build();
        try {
            return new Browser("http://localhost:" + port, profile, new ChromeDriver(service, options));
        } catch (WebDriverException e) {
            deleteQuietly(profile);
            throw e;
        }
    }

    /** Opens a page of the module, e.g. {@code "/admin/users"}. */
    void open(String path) {
        driver.get(baseUrl + path);
    }

    /**
     * Logs in as this demo user, starting from a new session, and waits until the user's start page shows. Fails with
     * the message of the login page if it refuses.
     */
    void login(String username) {
        driver.manage().deleteAllCookies();
        open("/login");
        type(By.id("username"), username);
        type(By.id("password"), DEMO_PASSWORD);
        click(By.id("login-submit"));
        wait.until(ExpectedConditions.or(
                ExpectedConditions.visibilityOfElementLocated(LOGOUT),
                ExpectedConditions.visibilityOfElementLocated(By.id("login-error"))));
        List<WebElement> error = driver.findElements(By.id("login-error"));
        if (!error.isEmpty()) {
            throw new AssertionError(
                    "login as " + username + " refused: " + error.get(0).getText());
        }
    }

    /** Presses "Afmelden" ("Se déconnecter" in French) in the header and waits for the login page. */
    void logout() {
        click(LOGOUT);
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("login-submit")));
    }

    /** The element once it is visible. */
    WebElement find(By by) {
        return wait.until(ExpectedConditions.visibilityOfElementLocated(by));
    }

    /** The visible text of the element, once it is visible. */
    String text(By by) {
        return find(by).getText().strip();
    }

    /** The elements present now (after the page that holds them has been waited for). */
    List<WebElement> all(By by) {
        return driver.findElements(by);
    }

    /** Clears the field and types into it, as a person (or a scanner) would. */
    void type(By by, CharSequence... keys) {
        WebElement field = find(by);
        field.clear();
        field.sendKeys(keys);
    }

    /** Types into whatever has the focus, as a keyboard (or keyboard-wedge scanner) does. */
    void keys(CharSequence... keys) {
        driver.switchTo().activeElement().sendKeys(keys);
    }

    /**
     * Presses keys on the keyboard as such (not typed into an element): Tab moves on from any element, a file field
     * included.
     */
    void press(CharSequence... keys) {
        new org.openqa.selenium.interactions.Actions(driver).sendKeys(keys).perform();
    }

    /** Waits until the element with this id has the focus (autofocus is applied just after the page loads). */
    void waitForFocus(String id) {
        wait.until(d -> id.equals(d.switchTo().activeElement().getAttribute("id")));
    }

    /** The id of the element that has the focus. */
    String focusedId() {
        return driver.switchTo().activeElement().getAttribute("id");
    }

    /** Presses Enter on the element (keyboard activation of a button, link or field) and waits for the next page. */
    void enterThrough(By by) {
        WebElement page = driver.findElement(By.tagName("html"));
        find(by).sendKeys(Keys.ENTER);
        wait.until(d -> left(page));
    }

    /** Types into the focused field and presses Enter, then waits for the next page. */
    void keysThrough(CharSequence... keys) {
        WebElement page = driver.findElement(By.tagName("html"));
        keys(keys);
        keys(Keys.ENTER);
        wait.until(d -> left(page));
    }

    /** Waits until the element's text contains the text (for htmx updates). */
    void waitForText(By by, String text) {
        wait.until(ExpectedConditions.textToBePresentInElementLocated(by, text));
    }

    /** Cuts the browser off the network (true) or reconnects it (false), as a network outage at the desk would. */
    void offline(boolean offline) {
        org.openqa.selenium.chromium.ChromiumNetworkConditions conditions =
                new org.openqa.selenium.chromium.ChromiumNetworkConditions();
        conditions.setOffline(offline);
        ((ChromeDriver) driver).setNetworkConditions(conditions);
    }

    /**
     * Makes the browser fail every request whose URL matches one of these patterns ({@code *} any text), as a network
     * that loses only those calls would; no pattern lets everything through again.
     */
    void block(String... urlPatterns) {
        ChromeDriver chrome = (ChromeDriver) driver;
        chrome.executeCdpCommand("Network.enable", java.util.Map.of());
        chrome.executeCdpCommand("Network.setBlockedURLs", java.util.Map.of("urls", List.of(urlPatterns)));
    }

    /** Runs a script in the page and returns its result (to read or plant what the page keeps in localStorage). */
    Object script(String script, Object... arguments) {
        return ((org.openqa.selenium.JavascriptExecutor) driver).executeScript(script, arguments);
    }

    /** Waits until exactly this many elements are present (for lists that a script fills). */
    void waitForCount(By by, int count) {
        wait.until(d -> d.findElements(by).size() == count);
    }

    void click(By by) {
        wait.until(ExpectedConditions.elementToBeClickable(by)).click();
    }

    /**
     * Clicks a link or submit button and waits until the browser has replaced the page, so that what is read next
     * comes from the new page (which may hold the same ids as the old one).
     */
    void clickThrough(By by) {
        WebElement page = driver.findElement(By.tagName("html"));
        click(by);
        wait.until(d -> left(page));
    }

    /**
     * Whether the browser left the page this element belongs to. Chromium answers a question about an element of a
     * page it is leaving either as stale or, in the middle of the navigation, with "does not belong to the
     * document": both mean the page is gone.
     */
    private static boolean left(WebElement page) {
        try {
            page.isEnabled();
            return false;
        } catch (org.openqa.selenium.StaleElementReferenceException e) {
            return true;
        } catch (org.openqa.selenium.WebDriverException e) {
            if (e.getMessage() != null && e.getMessage().contains("does not belong to the document")) {
                return true;
            }
            throw e;
        }
    }

    /** Waits until the browser shows a page of the module at this path (query string ignored). */
    void waitForPath(String path) {
        wait.until(d -> {
            String url = d.getCurrentUrl();
            return url != null && url.replaceFirst("[?#].*$", "").equals(baseUrl + path);
        });
    }

    String title() {
        return driver.getTitle();
    }

    /** The path of the page the browser shows (query string left off), e.g. {@code "/massvaccination/..."}. */
    String path() {
        return driver.getCurrentUrl().replaceFirst("[?#].*$", "").substring(baseUrl.length());
    }

    /** Picks the option with this value in a select box (the value, not the label, so it works in any language). */
    void select(By by, String value) {
        new Select(find(by)).selectByValue(value);
    }

    /** Chooses this file in a file field, as a person does in the file dialog. */
    void attach(By by, Path file) {
        wait.until(ExpectedConditions.presenceOfElementLocated(by))
                .sendKeys(file.toAbsolutePath().toString());
    }

    /**
     * Reloads the page, as a person presses F5, until the element shows the text: for what changes in the background
     * (a dispatcher delivering to a register). Fails with the page it was on after {@code patience}.
     */
    void reloadUntil(By by, String text, Duration patience) {
        WebDriverWait reloading = new WebDriverWait(driver, patience, Duration.ofMillis(250));
        reloading.withMessage(() -> "\"" + text + "\" not shown in " + by + "; " + whereAmI());
        reloading.until(d -> {
            d.navigate().refresh();
            List<WebElement> found = d.findElements(by);
            return !found.isEmpty() && found.get(0).getText().contains(text);
        });
    }

    @Override
    public void close() {
        try {
            driver.quit();
        } finally {
            deleteQuietly(profile);
        }
    }

    private String whereAmI() {
        try {
            List<WebElement> h1 = driver.findElements(By.tagName("h1"));
            return "browser is at " + driver.getCurrentUrl() + ", title \"" + driver.getTitle() + "\", h1 \""
                    + (h1.isEmpty() ? "" : h1.get(0).getText()) + "\"";
        } catch (WebDriverException e) {
            return "browser state unknown: " + e.getMessage();
        }
    }

    private static File executable(String path, String debianPackage) {
        File file = new File(path);
        if (!file.canExecute()) {
            throw new IllegalStateException(path + " not found: the browser tests need the Debian package "
                    + debianPackage + ". Install with 'apt-get install -y chromium chromium-driver' (.ci/run does).");
        }
        return file;
    }

    private static Path temporaryProfile() {
        try {
            return Files.createTempDirectory("ddjgz-chromium-");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void deleteQuietly(Path directory) {
        try (Stream<Path> files = Files.walk(directory)) {
            files.sorted(Comparator.reverseOrder()).map(Path::toFile).forEach(File::delete);
        } catch (IOException | UncheckedIOException e) {
            // a left-over temporary profile is harmless
        }
    }
}
