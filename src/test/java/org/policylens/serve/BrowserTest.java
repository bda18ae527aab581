package org.policylens.serve;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.NoAlertPresentException;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedCondition;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

import javax.imageio.ImageIO;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * The pages in a real browser: Debian's headless chromium driven by chromedriver through Selenium, both from
 * {@code /usr/bin} (never downloaded). Skips where they are not installed; CI installs them. Screenshots go to
 * {@code target/serve-screenshots/}.
 */
class BrowserTest {
    private static final Path CHROMIUM = Path.of("/usr/bin/chromium");
    private static final Path DRIVER = Path.of("/usr/bin/chromedriver");
    private static final Path SHOTS = Path.of("target", "serve-screenshots");

    @TempDir
    static Path dir;
    static ServedIndex served;
    static WebDriver browser;

    @BeforeAll
    static void start() throws IOException {
        assumeTrue(Files.isExecutable(CHROMIUM) && Files.isExecutable(DRIVER),
                "browser tests skipped: no /usr/bin/chromium and /usr/bin/chromedriver (apt-get install chromium chromium-driver)");
        served = ServedIndex.start(dir);
        System.setProperty("webdriver.chrome.driver", DRIVER.toString());
        ChromeOptions options = new ChromeOptions();
        options.setBinary(CHROMIUM.toFile());
        options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run",
                "--window-size=1280,1000", "--user-data-dir=" + Files.createDirectories(dir.resolve("profile")));
        ChromeDriverService service = new ChromeDriverService.Builder().usingDriverExecutable(DRIVER.toFile())
                .usingAnyFreePort().build();
        browser = new ChromeDriver(service, options);
        browser.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(60));
        Files.createDirectories(SHOTS);
    }

    @AfterAll
    static void stop() throws IOException {
        if (browser != null) {
            browser.quit();
        }
        if (served != null) {
            served.close();
        }
    }

    @Test
    void aCyrillicUzbekQueryTypedInTheBoxFindsTheLatinDocument() throws IOException {
        browser.get(served.base + "/");
        WebElement box = browser.findElement(By.id("q"));
        box.sendKeys("Ёшлар билим");
        box.submit();
        waitFor(ExpectedConditions.urlContains("q="));
        List<WebElement> titles = browser.findElements(By.cssSelector("li.hit a.title"));
        assertTrue(titles.stream().anyMatch(t -> t.getAttribute("href").contains("vmq-617-youth-knowledge.uz-latn.odt")),
                browser.getPageSource());
        assertFalse(browser.findElements(By.cssSelector("li.hit .passage mark")).isEmpty(), "matched words highlighted");
        screenshot("search-cyrillic");
    }

    @Test
    void clickingAFacetNarrowsTheHits() {
        browser.get(served.base + "/search?q=" + URLEncoder.encode("IT Park", StandardCharsets.UTF_8));
        long before = Long.parseLong(browser.findElement(By.id("total")).getText());
        WebElement ru = browser.findElements(By.cssSelector("ul.facet[data-facet=lang] a")).stream()
                .filter(a -> a.getText().equals("ru")).findFirst().orElseThrow();
        ru.click();
        waitFor(ExpectedConditions.urlContains("lang=ru"));
        long after = Long.parseLong(browser.findElement(By.id("total")).getText());
        assertTrue(after > 0 && after < before, before + " -> " + after);
        for (WebElement meta : browser.findElements(By.cssSelector("li.hit .meta"))) {
            assertTrue(meta.getText().contains(" · ru"), meta.getText());
        }
        assertTrue(browser.findElement(By.cssSelector("p.chips")).getText().contains("lang: ru"));
    }

    @Test
    void aDocumentPageShowsItsFactsHighlightedByType() throws IOException {
        browser.get(served.base + "/doc?id=" + URLEncoder.encode("corpus/decrees/pq-357-ict-new-stage.en.docx", StandardCharsets.UTF_8));
        List<WebElement> marks = browser.findElements(By.cssSelector("#text mark.fact"));
        assertTrue(marks.size() >= 5, "facts marked: " + marks.size());
        WebElement date = browser.findElement(By.cssSelector("#text mark.f-date"));
        WebElement act = browser.findElement(By.cssSelector("#text mark.f-act"));
        String dateColour = date.getCssValue("background-color");
        assertNotEquals("rgba(0, 0, 0, 0)", dateColour, "the style sheet colours facts");
        assertNotEquals(dateColour, act.getCssValue("background-color"), "each type its own colour");
        assertFalse(browser.findElements(By.cssSelector("table.facts tbody tr")).isEmpty());
        screenshot("document");
    }

    @Test
    void theActPageDrawsItsTimeline() throws IOException {
        browser.get(served.base + "/act?id=" + URLEncoder.encode("УП-6079", StandardCharsets.UTF_8));
        assertEquals("PF-6079", browser.findElement(By.tagName("h1")).getText());
        assertFalse(browser.findElements(By.cssSelector("svg.timeline circle")).isEmpty());
        assertFalse(browser.findElements(By.cssSelector("svg.bars rect")).isEmpty());
        screenshot("act");
    }

    @Test
    void anUploadedArticleShowsItsVerdicts() throws IOException {
        browser.get(served.base + "/verify");
        browser.findElement(By.id("file")).sendKeys(
                Path.of("corpus", "articles", "sample-article-it-education.en.md").toAbsolutePath().toString());
        browser.findElement(By.id("verify")).click();
        waitFor(ExpectedConditions.titleContains("Verification"));
        assertEquals("Verification report", browser.findElement(By.tagName("h1")).getText());
        assertFalse(browser.findElements(By.cssSelector("mark.supported")).isEmpty(), "supported claims marked");
        assertFalse(browser.findElements(By.cssSelector("mark.contradicted")).isEmpty(), "contradicted claims marked");
        assertTrue(browser.getPageSource().contains("sample-article-it-education.en.md"));
        screenshot("verify");
    }

    @Test
    void markupInsideADocumentNeverRuns() {
        String id = URLEncoder.encode(served.hostileId(), StandardCharsets.UTF_8);
        for (String page : List.of("/doc?id=" + id, "/search?q=schools", "/act?id=PF-6079")) {
            browser.get(served.base + page);
            assertThrows(NoAlertPresentException.class, () -> browser.switchTo().alert(), page + " raised an alert");
            assertNotEquals("pwned", browser.getTitle(), page);
            Object images = ((JavascriptExecutor) browser).executeScript("return document.images.length");
            assertEquals(0L, images, page);
        }
        browser.get(served.base + "/doc?id=" + id);
        assertTrue(browser.findElement(By.id("text")).getText().contains("<script>alert('script ran')"),
                "the markup shows as text");

        browser.get(served.base + "/verify");
        browser.findElement(By.id("text")).sendKeys(ServedIndex.HOSTILE_TEXT);
        browser.findElement(By.id("verify")).click();
        waitFor(ExpectedConditions.titleContains("Verification"));
        assertThrows(NoAlertPresentException.class, () -> browser.switchTo().alert(), "the report raised an alert");
        assertNotEquals("pwned", browser.getTitle());
        assertEquals(0L, ((JavascriptExecutor) browser).executeScript("return document.images.length"));
    }

    private static void waitFor(ExpectedCondition<?> condition) {
        new WebDriverWait(browser, Duration.ofSeconds(90)).until(condition);
    }

    /** Saves the page and checks it is not blank: its pixels vary (text and colours, not one flat fill). */
    private static void screenshot(String name) throws IOException {
        byte[] png = ((TakesScreenshot) browser).getScreenshotAs(OutputType.BYTES);
        Files.write(SHOTS.resolve(name + ".png"), png);
        BufferedImage image = ImageIO.read(new ByteArrayInputStream(png));
        double sum = 0;
        double squares = 0;
        int n = 0;
        for (int y = 0; y < image.getHeight(); y += 3) {
            for (int x = 0; x < image.getWidth(); x += 3) {
                int rgb = image.getRGB(x, y);
                double luma = 0.299 * ((rgb >> 16) & 0xff) + 0.587 * ((rgb >> 8) & 0xff) + 0.114 * (rgb & 0xff);
                sum += luma;
                squares += luma * luma;
                n++;
            }
        }
        double mean = sum / n;
        double variance = squares / n - mean * mean;
        assertTrue(variance > 100, name + ": screenshot looks blank (luma variance " + variance + ")");
    }
}
