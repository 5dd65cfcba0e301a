package fr.palmares.report;

import static org.assertj.core.api.Assertions.assertThat;

import fr.palmares.cli.Palmares;
import fr.palmares.model.Laureate;
import fr.palmares.write.DatasetReader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The report in a real browser: headless Chromium (Debian's {@code chromium} and {@code chromium-driver})
 * driven by Selenium loads the page of the samples' dataset from a file:// URL, and what it shows is
 * checked against the dataset: counts, a filter, a laureate's review with its highlighted evidence.
 * Screenshots go to target/report-overview.png and target/report-review.png (docs/report.png is one).
 * Skipped, saying why, when no Chromium is installed, unless PALMARES_BROWSER_TEST=required (as in CI),
 * where a missing browser fails.
 */
class ReportBrowserTest {
    @TempDir
    static Path tmp;

    /** Selenium's note that it has no DevTools binding for this Chromium version: not used here. */
    private static final java.util.logging.Logger SELENIUM = java.util.logging.Logger.getLogger("org.openqa.selenium");

    private static WebDriver driver;
    private static List<Laureate> dataset;
    private static Path page;

    @BeforeAll
    static void open() throws Exception {
        Optional<Path> chromium = firstExisting(System.getenv("CHROME_BIN"), "/usr/bin/chromium",
                "/usr/bin/chromium-browser", "/usr/bin/google-chrome");
        Optional<Path> chromedriver = firstExisting(System.getenv("CHROMEDRIVER"), "/usr/bin/chromedriver",
                "/usr/lib/chromium/chromedriver");
        if (chromium.isEmpty() || chromedriver.isEmpty()) {
            String why = "no " + (chromium.isEmpty() ? "chromium" : "chromedriver")
                    + " found: install the Debian packages chromium and chromium-driver to run the browser test";
            if ("required".equals(System.getenv("PALMARES_BROWSER_TEST"))) {
                throw new AssertionError(why);
            }
            Assumptions.abort(why);
        }
        List<String> md;
        try (Stream<Path> s = Files.list(Path.of("samples"))) {
            md = s.map(Path::toString).filter(f -> f.endsWith(".md")).sorted().toList();
        }
        // under target/, named relatively, as a user would name them (the page shows the dataset's name)
        Path dir = Files.createDirectories(Path.of("target", "report-browser"));
        Path data = dir.resolve("dataset.json");
        List<String> extract = new ArrayList<>(List.of("extract", "-o", data.toString()));
        extract.addAll(md);
        assertThat(Palmares.run(extract.toArray(String[]::new))).isZero();
        dataset = new DatasetReader().read(data);
        page = dir.resolve("report.html").toAbsolutePath();
        List<String> report = new ArrayList<>(List.of("report", "--dataset", data.toString(), "-o", page.toString()));
        report.addAll(md);
        assertThat(Palmares.run(report.toArray(String[]::new))).isZero();

        SELENIUM.setLevel(java.util.logging.Level.SEVERE);
        ChromeOptions options = new ChromeOptions();
        options.setBinary(chromium.get().toFile());
        options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                "--window-size=1360,1500", "--user-data-dir=" + tmp.resolve("chromium-profile"), "--lang=en");
        ChromeDriverService service = new ChromeDriverService.Builder().usingDriverExecutable(chromedriver.get().toFile())
                .build();
        driver = new ChromeDriver(service, options);
        driver.get(page.toUri().toString());
        new WebDriverWait(driver, Duration.ofSeconds(20))
                .until(d -> "true".equals(d.findElement(By.tagName("body")).getAttribute("data-ready")));
    }

    @AfterAll
    static void close() {
        if (driver != null) {
            driver.quit();
        }
    }

    private static Optional<Path> firstExisting(String... candidates) {
        for (String c : candidates) {
            if (c != null && !c.isBlank() && Files.isExecutable(Path.of(c))) {
                return Optional.of(Path.of(c));
            }
        }
        return Optional.empty();
    }

    private static String text(String css) {
        return driver.findElement(By.cssSelector(css)).getText().trim();
    }

    private static int rows() {
        return driver.findElements(By.cssSelector("#laureates tbody tr")).size();
    }

    private static void reset() {
        driver.findElement(By.id("f-reset")).click();
    }

    @Test
    void countsShownAreTheDataset() {
        reset();
        int n = dataset.size();
        assertThat(n).isGreaterThan(50);
        assertThat(text("#count-total")).isEqualTo(String.valueOf(n));
        assertThat(text("#count-shown")).isEqualTo(String.valueOf(n));
        assertThat(text("#kpi-0 b")).isEqualTo(String.valueOf(n));
        assertThat(rows()).isEqualTo(n);
        Map<Integer, Integer> perEdition = new TreeMap<>();
        dataset.forEach(l -> perEdition.merge(l.edition(), 1, Integer::sum));
        assertThat(text("#kpi-1 b")).isEqualTo(String.valueOf(perEdition.size()));
        for (Map.Entry<Integer, Integer> e : perEdition.entrySet()) {
            WebElement bar = driver.findElement(By.cssSelector("#chart-editions g[data-edition='" + e.getKey() + "']"));
            assertThat(bar.findElement(By.tagName("title")).getAttribute("textContent"))
                    .startsWith(e.getKey() + ": " + e.getValue() + " laureates");
        }
        long toCheck = dataset.stream().filter(l -> !Reason.of(l).isEmpty()).count();
        assertThat(text("#tocheck-count")).isEqualTo(String.valueOf(toCheck));
        assertThat(driver.findElements(By.cssSelector("#tocheck li[data-id]"))).hasSize((int) toCheck);
        // the five Markdown samples: the 2013 page (25 announced, 26 read) and the 2022 article (7 of 25) to check
        assertThat(text("#documents-count")).isEqualTo("2 of 5");
        assertThat(text("#documents-table tbody tr.warn")).contains("announces 25 laureates");
        // every current region has its bar, overseas ones included
        assertThat(driver.findElements(By.cssSelector("#chart-regions g[data-region]"))).hasSize(18 + 1);
        long bretagne = dataset.stream().filter(l -> l.collectivites().stream().anyMatch(c -> "53".equals(c.region())))
                .count();
        assertThat(driver.findElement(By.cssSelector("#chart-regions g[data-region='53'] title")).getAttribute("textContent"))
                .isEqualTo("Bretagne: " + bretagne + " laureates");
    }

    @Test
    void filtersNarrowEveryFigure() throws Exception {
        reset();
        new Select(driver.findElement(By.id("f-medal"))).selectByValue("or");
        long gold = dataset.stream().filter(l -> "or".equals(l.medal())).count();
        assertThat(text("#count-shown")).isEqualTo(String.valueOf(gold));
        assertThat(rows()).isEqualTo((int) gold);
        assertThat(driver.findElements(By.cssSelector("#laureates tbody tr td:nth-child(2)")))
                .allSatisfy(td -> assertThat(td.getText()).isEqualTo("Or"));
        // a click on a region's bar adds that region to the filters
        click(driver.findElement(By.cssSelector("#chart-regions g[data-region='53'] rect")));
        long goldInBretagne = dataset.stream().filter(l -> "or".equals(l.medal())
                && l.collectivites().stream().anyMatch(c -> "53".equals(c.region()))).count();
        assertThat(goldInBretagne).isPositive();
        assertThat(new Select(driver.findElement(By.id("f-region"))).getFirstSelectedOption().getText())
                .isEqualTo("Bretagne");
        assertThat(text("#count-shown")).isEqualTo(String.valueOf(goldInBretagne));
        assertThat(text("#kpi-0 b")).isEqualTo(String.valueOf(goldInBretagne));
        shot("report-overview.png");
        // the search box, accents and case ignored
        driver.findElement(By.id("f-text")).sendKeys("BREST");
        long brest = dataset.stream().filter(l -> "or".equals(l.medal())
                && l.collectivites().stream().anyMatch(c -> "53".equals(c.region()))
                && (l.project() + l.collectivites()).toLowerCase().contains("brest")).count();
        assertThat(brest).isPositive();
        assertThat(text("#count-shown")).isEqualTo(String.valueOf(brest));
        // sorting by project
        reset();
        click(driver.findElement(By.cssSelector("#laureates th[data-key='project']")));
        List<String> projects = driver.findElements(By.cssSelector("#laureates tbody tr td:nth-child(6)")).stream()
                .map(WebElement::getText).toList();
        assertThat(projects).hasSize(dataset.size());
        assertThat(driver.findElement(By.cssSelector("#laureates th[data-key='project']")).getAttribute("aria-sort"))
                .isEqualTo("ascending");
    }

    @Test
    void aLaureatesReviewShowsItsSourceWithTheFieldsHighlighted() throws Exception {
        reset();
        WebElement first = driver.findElement(By.cssSelector("#tocheck li[data-id]"));
        String id = first.getAttribute("data-id");
        Laureate l = dataset.stream().filter(x -> x.id().equals(id)).findFirst().orElseThrow();
        assertThat(first.getText()).contains(Reason.of(l).get(0).text());
        click(first);
        assertThat(text("#detail-title")).isEqualTo(l.project());
        List<WebElement> cards = driver.findElements(By.cssSelector("#detail .evidence"));
        assertThat(cards).hasSize(l.sources().size());
        assertThat(cards.get(0).findElement(By.cssSelector(".where")).getText()).contains(l.sources().get(0).file());
        String snippet = l.evidence().get(0).snippet();
        assertThat(cards.get(0).findElement(By.cssSelector("pre")).getText()).isEqualTo(snippet.strip());
        var span = l.evidence().get(0).spans().stream().filter(s -> s.field().equals("project")).findFirst().orElseThrow();
        assertThat(cards.get(0).findElements(By.cssSelector("mark.f-project")).get(0).getText())
                .isEqualTo(snippet.substring(span.start(), span.end()).strip());
        assertThat(driver.getCurrentUrl()).endsWith("#l=" + id);
        shot("report-review.png");
        // a table row opens its review too, and the link of the page reopens it
        click(driver.findElement(By.cssSelector("#laureates tbody tr:nth-child(3)")));
        String third = driver.findElement(By.cssSelector("#laureates tbody tr:nth-child(3)")).getAttribute("data-id");
        Laureate t = dataset.stream().filter(x -> x.id().equals(third)).findFirst().orElseThrow();
        assertThat(text("#detail-title")).isEqualTo(t.project());
        driver.get(page.toUri() + "#l=" + id);
        driver.navigate().refresh();
        new WebDriverWait(driver, Duration.ofSeconds(20))
                .until(d -> "true".equals(d.findElement(By.tagName("body")).getAttribute("data-ready")));
        assertThat(text("#detail-title")).isEqualTo(l.project());
    }

    /** Clicks as a user would, with the element in the middle of the window (not under the sticky filters). */
    private static void click(WebElement e) {
        ((org.openqa.selenium.JavascriptExecutor) driver).executeScript("arguments[0].scrollIntoView({block: 'center'})", e);
        e.click();
    }

    private static void shot(String name) throws Exception {
        Path target = Path.of("target", name);
        Files.createDirectories(target.getParent());
        Files.write(target, ((TakesScreenshot) driver).getScreenshotAs(OutputType.BYTES));
    }
}
