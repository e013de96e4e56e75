import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

import com.clinicplatform.e2e.Browser;

/**
 * Signs members of staff in to a running console in headless Chromium, each in a browser of their own, and has each
 * page through the inquiry inbox and the patient list (scrolling the lazy grids, so the console fetches page after
 * page from the database) and open a patient's record. All the sessions stay open until every one has done so, then
 * the console's resident memory is read (from /proc, by process id) and printed as "rss_mb=<n>".
 *
 * <pre>java -cp &lt;e2e's test classpath&gt; bench/ConsoleSessions.java &lt;console URL&gt; &lt;pid&gt; &lt;sessions&gt; &lt;password&gt; user…</pre>
 *
 * The users take turns (the first session signs in as the first user, and so on). Used by bench/memory.
 */
public class ConsoleSessions {

    /** How far down each grid is scrolled, in rows: the grid asks the console for the pages on the way. */
    private static final int[] ROWS = {0, 100, 250, 500, 1000, 2000};

    public static void main(String[] args) throws Exception {
        String console = args[0];
        long pid = Long.parseLong(args[1]);
        int sessions = Integer.parseInt(args[2]);
        String password = args[3];
        List<String> users = List.of(args).subList(4, args.length);
        List<ChromeDriver> browsers = new ArrayList<>();
        try {
            for (int i = 0; i < sessions; i++) {
                ChromeDriver browser = Browser.start();
                browsers.add(browser);
                String user = users.get(i % users.size());
                signIn(browser, console, user, password);
                pageThrough(browser, console + "/inquiries");
                pageThrough(browser, console + "/patients");
                openFirstRow(browser);
                System.out.printf("session %d (%s): signed in, paged through inquiries and patients, opened a record%n",
                        i + 1, user);
            }
            System.out.println("rss_mb=" + residentMegabytes(pid));
        } finally {
            browsers.forEach(WebDriver::quit);
        }
    }

    private static void signIn(ChromeDriver browser, String console, String user, String password) {
        browser.get(console + "/login");
        var wait = new WebDriverWait(browser, Duration.ofSeconds(30));
        wait.until(ExpectedConditions.elementToBeClickable(By.cssSelector("input[name='username']"))).sendKeys(user);
        browser.findElement(By.cssSelector("input[name='password']")).sendKeys(password);
        browser.findElement(By.cssSelector("vaadin-button[slot='submit']")).click();
        wait.until(ExpectedConditions.not(ExpectedConditions.urlContains("/login")));
    }

    private static void pageThrough(ChromeDriver browser, String url) {
        browser.get(url);
        var wait = new WebDriverWait(browser, Duration.ofSeconds(60));
        WebElement grid = wait.until(ExpectedConditions.presenceOfElementLocated(By.tagName("vaadin-grid")));
        for (int row : ROWS) {
            browser.executeScript("arguments[0].scrollToIndex(arguments[1])", grid, row);
            // the grid marks itself loading while it waits for the console's rows
            wait.until(driver -> !Boolean.TRUE.equals(browser.executeScript(
                    "return arguments[0].hasAttribute('loading')", grid)));
        }
        wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("vaadin-grid-cell-content")));
    }

    private static void openFirstRow(ChromeDriver browser) {
        var wait = new WebDriverWait(browser, Duration.ofSeconds(60));
        WebElement grid = browser.findElement(By.tagName("vaadin-grid"));
        browser.executeScript("arguments[0].scrollToIndex(0)", grid);
        String before = browser.getCurrentUrl();
        wait.until(ExpectedConditions.elementToBeClickable(By.cssSelector("vaadin-grid-cell-content a"))).click();
        wait.until(driver -> !driver.getCurrentUrl().equals(before));
    }

    private static long residentMegabytes(long pid) throws Exception {
        for (String line : Files.readAllLines(Path.of("/proc", Long.toString(pid), "status"))) {
            if (line.startsWith("VmRSS:")) {
                return Long.parseLong(line.replaceAll("\\D", "")) / 1024;
            }
        }
        throw new IllegalStateException("no VmRSS for process " + pid);
    }
}
