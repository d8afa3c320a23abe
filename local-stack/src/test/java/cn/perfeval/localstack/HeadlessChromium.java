package cn.perfeval.localstack;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;

/**
 * Debian's Chromium, headless, driven through Debian's chromedriver: a page as a reader sees it (visible text,
 * screenshots), not its HTML source. Both executables are given explicitly, so Selenium Manager never tries to
 * download a browser or driver, and Chromium's own background connections (updates, sync, field trials) are
 * switched off because this machine's closed network refuses them.
 */
final class HeadlessChromium implements AutoCloseable {

    static final Path BROWSER = Path.of("/usr/bin/chromium");
    static final Path DRIVER = Path.of("/usr/bin/chromedriver");

    private final ChromeDriver driver;

    private HeadlessChromium(ChromeDriver driver) {
        this.driver = driver;
    }

    /**
     * @param parent where to make this browser's own folder (a fresh profile and the chromedriver log)
     * @throws AssertionError when Chromium or chromedriver is not installed: the test needs them, it is not optional
     */
    static HeadlessChromium start(Path parent) {
        for (Path executable : List.of(BROWSER, DRIVER)) {
            if (!Files.isExecutable(executable)) {
                throw new AssertionError(executable + " is missing: install Debian's chromium and chromium-driver "
                        + "(apt-get install -y chromium chromium-driver; ./test.sh does this when run as root)");
            }
        }
        try {
            Path workDir = Files.createTempDirectory(Files.createDirectories(parent), "chromium-");
            Path profile = workDir.resolve("profile");
            ChromeDriverService service = new ChromeDriverService.Builder()
                    .usingDriverExecutable(DRIVER.toFile())
                    .usingAnyFreePort()
                    .withLogFile(workDir.resolve("chromedriver.log").toFile())
                    .build();
            ChromeOptions options = new ChromeOptions();
            options.setBinary(BROWSER.toFile());
            options.addArguments("--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                    "--disable-background-networking", "--disable-component-update", "--disable-sync",
                    "--user-data-dir=" + profile, "--window-size=1280,900");
            return new HeadlessChromium(new ChromeDriver(service, options));
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    void open(String url) {
        driver.get(url);
    }

    String title() {
        return driver.getTitle();
    }

    /** The rendered text of the first element the CSS selector finds: what is visible, without hidden markup. */
    String text(String cssSelector) {
        return driver.findElement(By.cssSelector(cssSelector)).getText();
    }

    /** The visible text of each cell of each row the selector finds (e.g. {@code #table-1 tbody tr}). */
    List<List<String>> rows(String rowSelector) {
        return driver.findElements(By.cssSelector(rowSelector)).stream()
                .map(row -> row.findElements(By.tagName("td")).stream().map(WebElement::getText).toList())
                .toList();
    }

    /**
     * The whole page, not just the window: DevTools' capture beyond the viewport, sent through chromedriver's own
     * endpoint (no DevTools connection needed, so no CDP version has to match this Chromium).
     */
    /** Lays pages out as a phone of this many CSS pixels would (a mobile viewport: the page's viewport meta applies). */
    void emulatePhone(int width, int height) {
        driver.executeCdpCommand("Emulation.setDeviceMetricsOverride",
                Map.of("width", width, "height", height, "deviceScaleFactor", 1, "mobile", true));
    }

    /** The width the page is laid out in, in CSS pixels: wider than the screen means the reader scrolls sideways. */
    long pageWidth() {
        return ((Number) driver.executeScript("return document.documentElement.scrollWidth")).longValue();
    }

    void saveFullPageScreenshot(Path png) {
        @SuppressWarnings("unchecked")
        Map<String, Object> size = (Map<String, Object>) driver.executeCdpCommand("Page.getLayoutMetrics", Map.of())
                .get("cssContentSize");
        Map<String, Object> clip = Map.of("x", 0, "y", 0, "scale", 1,
                "width", ((Number) size.get("width")).doubleValue(), "height", ((Number) size.get("height")).doubleValue());
        String base64 = (String) driver.executeCdpCommand("Page.captureScreenshot",
                Map.of("format", "png", "captureBeyondViewport", true, "clip", clip)).get("data");
        try {
            Files.createDirectories(png.getParent());
            Files.write(png, Base64.getDecoder().decode(base64));
        } catch (IOException e) {
            throw new IllegalStateException("Cannot write " + png, e);
        }
    }

    @Override
    public void close() {
        driver.quit();
    }
}
