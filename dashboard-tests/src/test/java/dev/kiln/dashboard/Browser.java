package dev.kiln.dashboard;

import static org.junit.jupiter.api.Assertions.fail;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.List;
import java.util.function.Function;
import org.openqa.selenium.By;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.TimeoutException;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Headless Chromium from Debian's {@code chromium} and {@code chromium-driver} packages, driven by Selenium. Missing,
 * it fails the test with the command that installs it (CI's {@code .ci/run} runs it); it is never skipped. Its host
 * resolver maps every name but the loopback's to nothing, so a page that reached for a CDN would fail to load it.
 *
 * <pre>{@code
 * try (Browser browser = Browser.start()) {
 *     browser.open(app.uri() + "/kiln/dashboard");
 *     browser.until("the system panel", d -> !d.findElements(By.cssSelector("#system tr[data-app]")).isEmpty());
 * }
 * }</pre>
 */
final class Browser implements AutoCloseable {
    static final String INSTALL = "apt-get install -y chromium chromium-driver";
    private static final Duration PATIENCE = Duration.ofSeconds(30);

    private final WebDriver driver;

    private Browser(WebDriver driver) {
        this.driver = driver;
    }

    static Browser start() {
        Path chromium = Path.of(System.getProperty("kiln.chromium", "/usr/bin/chromium"));
        Path chromedriver = Path.of(System.getProperty("kiln.chromedriver", "/usr/bin/chromedriver"));
        if (!Files.isExecutable(chromium) || !Files.isExecutable(chromedriver)) {
            fail("The dashboard's browser tests need headless Chromium and its driver (" + chromium + ", " + chromedriver
                    + "). Install them as root: " + INSTALL + " (.ci/run does), or point -Dkiln.chromium and"
                    + " -Dkiln.chromedriver at them.");
        }
        ChromeOptions options = new ChromeOptions();
        options.setBinary(chromium.toFile());
        options.addArguments("--headless=new", "--no-sandbox", "--disable-dev-shm-usage", "--disable-gpu",
                "--window-size=1500,2600", "--no-first-run", "--disable-background-networking",
                "--disable-component-update", "--disable-default-apps", "--disable-sync",
                // Only loopback resolves: the page cannot load anything from the network, and must not need to.
                "--host-resolver-rules=MAP * ~NOTFOUND, EXCLUDE localhost, EXCLUDE 127.0.0.1");
        // The driver's path given: Selenium Manager (which would download one) never runs.
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(new File(chromedriver.toString())).usingAnyFreePort().build();
        return new Browser(new ChromeDriver(service, options));
    }

    void open(String url) {
        driver.get(url);
    }

    WebDriver driver() {
        return driver;
    }

    /** Waits (WebDriverWait, at most 30 s) until {@code condition} holds, naming {@code what} when it does not. */
    <T> T until(String what, Function<WebDriver, T> condition) {
        // Panels are drawn again at every poll: an element found just before may be gone; look again.
        try {
            return new WebDriverWait(driver, PATIENCE).withMessage(what)
                    .ignoring(StaleElementReferenceException.class).until(condition);
        } catch (TimeoutException e) {
            // What the page showed, so that a failure says why without a rerun.
            throw new AssertionError("Not within " + PATIENCE + ": " + what + "; the page showed:\n"
                    + driver.findElement(By.tagName("body")).getText(), e);
        }
    }

    List<WebElement> all(String css) {
        return driver.findElements(By.cssSelector(css));
    }

    /** Rows under {@code css} whose text contains every one of {@code words}. */
    List<WebElement> rows(String css, String... words) {
        return all(css).stream().filter(row -> {
            String text = row.getText();
            for (String word : words) {
                if (!text.contains(word)) {
                    return false;
                }
            }
            return true;
        }).toList();
    }

    /** The page (or one element of it) as {@code docs/images/<name>.png}, for docs/dashboard.md. */
    void screenshot(String name, WebElement element) {
        File shot = element == null ? ((TakesScreenshot) driver).getScreenshotAs(OutputType.FILE)
                : element.getScreenshotAs(OutputType.FILE);
        Path images = Path.of(System.getProperty("kiln.docs.images", "target/images"));
        try {
            Files.createDirectories(images);
            Files.copy(shot.toPath(), images.resolve(name + ".png"), StandardCopyOption.REPLACE_EXISTING);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void close() {
        driver.quit();
    }
}
