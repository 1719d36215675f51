package vn.ansinh.console.web;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.function.Function;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.Keys;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * One headless Chromium for all browser tests, driven through Debian's chromedriver (never a downloaded one), with a
 * fresh profile, a download folder under target/, and screenshots kept in target/console-screens/.
 */
final class Browser implements AutoCloseable {

    static final Path CHROMIUM = Path.of("/usr/bin/chromium");
    static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");
    static final Path SCREENS = Path.of("target", "console-screens");
    static final Duration WAIT_MAX = Duration.ofSeconds(60);

    final ChromeDriver driver;
    final Path downloads;
    private final Path profile;
    private final String base;

    private Browser(ChromeDriver driver, Path downloads, Path profile, String base) {
        this.driver = driver;
        this.downloads = downloads;
        this.profile = profile;
        this.base = base;
    }

    static Browser start(String base) throws IOException {
        if (!Files.isExecutable(CHROMIUM) || !Files.isExecutable(CHROMEDRIVER)) {
            throw new IllegalStateException("The console's browser tests need Debian's chromium and chromium-driver at "
                    + CHROMIUM + " and " + CHROMEDRIVER + "; ops/test installs them (apt-get install chromium chromium-driver).");
        }
        Path profile = Files.createTempDirectory("ansinh-chromium-");
        Path downloads = Files.createDirectories(Path.of("target", "console-downloads").toAbsolutePath());
        var options = new ChromeOptions();
        options.setBinary(CHROMIUM.toFile());
        // Without the background-networking switches Chromium dials out at start, which a closed network refuses.
        options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                "--disable-background-networking", "--disable-component-update", "--disable-sync",
                "--disable-dev-shm-usage", "--user-data-dir=" + profile, "--window-size=1280,900");
        options.setExperimentalOption("prefs", Map.of("download.default_directory", downloads.toString(),
                "download.prompt_for_download", false));
        var service = new ChromeDriverService.Builder().usingDriverExecutable(CHROMEDRIVER.toFile()).usingAnyFreePort().build();
        var driver = new ChromeDriver(service, options);
        driver.manage().timeouts().scriptTimeout(Duration.ofSeconds(30));
        return new Browser(driver, downloads, profile, base);
    }

    void open(String path) {
        driver.get(base + path);
    }

    /** Signs in through the form using only the keyboard: type, Tab to the password, Enter. */
    void signIn(ConsoleUsers.Person person) {
        open("/console/login");
        driver.manage().deleteAllCookies();
        open("/console/login");
        var username = driver.findElement(By.id("username"));
        username.sendKeys(person.username());
        username.sendKeys(Keys.TAB);
        driver.switchTo().activeElement().sendKeys(person.password(), Keys.ENTER);
        until(d -> d.findElement(By.id("who-username")).getText().equals(person.username()));
    }

    void laptop() {
        driver.manage().window().setSize(new Dimension(1280, 900));
    }

    void phone() {
        driver.manage().window().setSize(new Dimension(390, 844));
    }

    WebElement find(String id) {
        return driver.findElement(By.id(id));
    }

    boolean present(String id) {
        return !driver.findElements(By.id(id)).isEmpty();
    }

    String text(String id) {
        return find(id).getText().strip();
    }

    <T> T until(Function<WebDriver, T> condition) {
        return until(WAIT_MAX, condition);
    }

    /** Waits for the condition, rereading elements that htmx replaced in the meantime. */
    <T> T until(Duration waitMax, Function<WebDriver, T> condition) {
        return new WebDriverWait(driver, waitMax, Duration.ofMillis(100)).ignoring(org.openqa.selenium.NoSuchElementException.class)
                .ignoring(org.openqa.selenium.StaleElementReferenceException.class).until(condition);
    }

    Path screenshot(String name) throws IOException {
        Files.createDirectories(SCREENS);
        File shot = driver.getScreenshotAs(OutputType.FILE);
        Path target = SCREENS.resolve(name + ".png");
        Files.copy(shot.toPath(), target, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
        return target;
    }

    /** Whether the page fits the window's width without scrolling sideways (wide tables scroll inside their box). */
    boolean fitsWidth() {
        Object fits = driver.executeScript("return document.documentElement.scrollWidth <= window.innerWidth + 1;");
        return Boolean.TRUE.equals(fits);
    }

    @Override
    public void close() throws IOException {
        driver.quit();
        try (var files = Files.walk(profile)) {
            files.sorted(java.util.Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
        }
    }
}
