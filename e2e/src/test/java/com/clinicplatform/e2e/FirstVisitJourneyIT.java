package com.clinicplatform.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.DriverManager;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;

import com.clinicplatform.testsupport.TestPostgres;

/**
 * The first day with the platform: a patient reads a treatment page and moves through the catalogue; the
 * administrator signs in to the console with the one-time password and replaces it.
 */
class FirstVisitJourneyIT {

    @TempDir
    static Path dataDir;

    static Platform platform;
    static RunningApp publicSite;
    static RunningApp webAdmin;

    ChromeDriver browser;
    WebDriverWait wait;

    @BeforeAll
    static void startThePlatform() {
        platform = Platform.start(dataDir);
        publicSite = platform.publicSite;
        webAdmin = platform.webAdmin;
    }

    @AfterAll
    static void stopThePlatform() throws InterruptedException {
        if (platform != null) {
            platform.close();
        }
    }

    @BeforeEach
    void openTheBrowser() {
        browser = Browser.start();
        wait = new WebDriverWait(browser, Duration.ofSeconds(30));
    }

    @AfterEach
    void closeTheBrowser() {
        browser.quit();
    }

    @Test
    void aPatientReadsATreatmentPageAndMovesThroughTheCatalogue() {
        browser.get(publicSite.url("/"));
        browser.findElement(By.linkText("Stem Cell Therapy for Joint Pain")).click();

        wait.until(ExpectedConditions.urlContains("/treatments/stem-cell-therapy-for-joint-pain"));
        assertThat(browser.findElement(By.tagName("h1")).getText()).isEqualTo("Stem Cell Therapy for Joint Pain");
        assertThat(browser.findElements(By.cssSelector("main h2"))).extracting(WebElement::getText)
                .contains("What is it?", "How does it work?", "Who is it for?", "Recovery and results");
        assertThat(browser.findElement(By.linkText("Request more information")).getAttribute("href"))
                .endsWith("/inquiry?treatment=stem-cell-therapy-for-joint-pain");
        assertThat(browser.findElement(By.cssSelector(".call-to-action a[href^='tel:']")).getText()).startsWith("Call us");

        browser.findElement(By.cssSelector("a[rel='next']")).click();
        wait.until(ExpectedConditions.urlContains("/treatments/stem-cell-therapy-for-hashimotos-disease"));
        assertThat(browser.findElement(By.tagName("h1")).getText()).isEqualTo("Stem Cell Therapy for Hashimoto's Disease");

        browser.findElement(By.cssSelector("a[rel='prev']")).click();
        wait.until(ExpectedConditions.urlContains("/treatments/stem-cell-therapy-for-joint-pain"));
        browser.findElement(By.cssSelector("a[rel='prev']")).click();
        wait.until(ExpectedConditions.urlContains("/treatments/stem-cell-therapy-for-knee-pain"));
    }

    @Test
    void aPatientOnAPhoneFindsATreatmentByConditionAndBySearchThenHowToReachTheClinic() {
        var phone = new Viewport(360, 800, true);
        phone.apply(browser);
        browser.get(publicSite.url("/"));
        assertThat(phone.misfit(browser)).isEmpty();
        // nothing needs JavaScript: the site has no script to run
        assertThat(browser.findElements(By.cssSelector("script:not([type='application/ld+json'])"))).isEmpty();

        browser.findElement(By.linkText("Knee pain")).click();
        wait.until(ExpectedConditions.urlContains("/conditions/knee-pain"));
        assertThat(browser.findElement(By.tagName("h1")).getText()).isEqualTo("Knee pain");
        browser.findElement(By.cssSelector("main .cards")).findElement(By.linkText("Stem Cell Therapy for Knee Pain"))
                .click();
        wait.until(ExpectedConditions.urlContains("/treatments/stem-cell-therapy-for-knee-pain"));

        // an answer opens from the keyboard
        var question = browser.findElement(By.cssSelector(".faq summary"));
        var answer = question.findElement(By.xpath(".."));
        assertThat(answer.getDomProperty("open")).isEqualTo("false");
        question.sendKeys(Keys.ENTER);
        wait.until(driver -> "true".equals(answer.getDomProperty("open")));

        browser.findElement(By.id("site-search-q")).sendKeys("stem cel therapie", Keys.ENTER);
        wait.until(ExpectedConditions.urlContains("/search?q="));
        assertThat(browser.findElement(By.cssSelector(".search-summary")).getText())
                .contains("Showing results for “stem cell therapy”");
        assertThat(browser.findElements(By.cssSelector(".search-results h2 a"))).extracting(WebElement::getText)
                .contains("Stem Cell Therapy for Joint Pain", "Stem Cell Therapy for Knee Pain");
        assertThat(browser.findElements(By.cssSelector(".search-results mark"))).isNotEmpty();

        browser.findElement(By.linkText("Contact")).click();
        wait.until(ExpectedConditions.urlContains("/contact"));
        assertThat(browser.findElement(By.cssSelector("table.hours")).getText()).contains("Monday").contains("Closed");
        assertThat(browser.findElement(By.cssSelector(".contact a[href^='tel:']")).getDomAttribute("href"))
                .startsWith("tel:+44");
        assertThat(phone.misfit(browser)).isEmpty();
    }

    @Test
    void aPatientAsksAboutATreatmentCorrectsAMistakeAndSeesTheirReference() throws Exception {
        browser.get(publicSite.url("/treatments/stem-cell-therapy-for-knee-pain"));
        browser.findElement(By.cssSelector(".call-to-action")).findElement(By.linkText("Request more information"))
                .click();
        wait.until(ExpectedConditions.urlContains("/inquiry?treatment=stem-cell-therapy-for-knee-pain"));
        assertThat(new Select(browser.findElement(By.id("treatment"))).getFirstSelectedOption().getText())
                .isEqualTo("Stem Cell Therapy for Knee Pain");

        browser.findElement(By.id("fullName")).sendKeys("Ada <b>Lovelace</b>");
        browser.findElement(By.id("phone")).sendKeys("020 7946 0321");
        browser.findElement(By.id("message")).sendKeys("Is it suitable <script>alert(1)</script> for me?");
        browser.findElement(By.xpath("//button[normalize-space()='Send request']")).click();

        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("error-summary"), "Tick the box"));
        assertThat(browser.findElement(By.id("fullName")).getDomProperty("value")).isEqualTo("Ada <b>Lovelace</b>");
        assertThat(browser.findElement(By.id("message")).getDomProperty("value")).contains("<script>alert(1)</script>");
        browser.findElement(By.id("contact-phone")).click();
        browser.findElement(By.id("consent")).click();
        browser.findElement(By.xpath("//button[normalize-space()='Send request']")).click();

        wait.until(ExpectedConditions.urlContains("/inquiry/sent"));
        String reference = browser.findElement(By.cssSelector(".confirmation__reference strong")).getText();
        assertThat(reference).matches("INQ-\\d{4}-\\d{6,}");
        try (var connection = DriverManager.getConnection(platform.database, TestPostgres.USER, TestPostgres.PASSWORD);
                var query = connection.prepareStatement("select status, full_name from inquiry where reference = ?")) {
            query.setString(1, reference);
            var row = query.executeQuery();
            assertThat(row.next()).isTrue();
            assertThat(row.getString("status")).isEqualTo("NEW");
            assertThat(row.getString("full_name")).isEqualTo("Ada <b>Lovelace</b>");
        }
    }

    @Test
    void anInquirySentFromATreatmentPageReachesTheInboxIsWorkedAndBecomesAPatient() throws Exception {
        browser.get(publicSite.url("/inquiry?treatment=stem-cell-therapy-for-joint-pain"));
        browser.findElement(By.id("fullName")).sendKeys("Grace <i>Hopper</i>");
        browser.findElement(By.id("email")).sendKeys("grace.hopper@example.com");
        browser.findElement(By.id("message")).sendKeys("My knee <b>aches</b> on stairs.");
        browser.findElement(By.id("contact-email")).click();
        browser.findElement(By.id("consent")).click();
        browser.findElement(By.xpath("//button[normalize-space()='Send request']")).click();
        wait.until(ExpectedConditions.urlContains("/inquiry/sent"));
        String reference = browser.findElement(By.cssSelector(".confirmation__reference strong")).getText();

        browser.get(webAdmin.url("/"));
        signIn("frontdesk", Files.readString(dataDir.resolve("demo-staff-password")).strip());
        var inbox = wait.until(ExpectedConditions.elementToBeClickable(
                By.xpath("//vaadin-side-nav-item[contains(., 'Inquiries')]")));
        assertThat(inbox.getText()).matches("(?s)Inquiries\\s*\\d+");
        inbox.click();
        wait.until(ExpectedConditions.elementToBeClickable(
                By.xpath("//vaadin-grid-cell-content[normalize-space()='" + reference + "']"))).click();

        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.tagName("h1"), "Grace <i>Hopper</i>"));
        assertThat(browser.findElement(By.cssSelector(".message-text")).getText())
                .isEqualTo("My knee <b>aches</b> on stairs.");
        assertThat(browser.findElements(By.cssSelector(".message-text b, h1 i"))).isEmpty();
        button("Mark as contacted").click();
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector(".inquiry-heading"),
                "Contacted"));

        button("Convert to patient…").click();
        var birth = wait.until(ExpectedConditions.elementToBeClickable(
                By.xpath("//vaadin-date-picker[label[normalize-space()='Date of birth']]//input")));
        birth.sendKeys("09/03/1975", Keys.ENTER);
        button("Convert").click();

        wait.until(ExpectedConditions.urlContains("/patients/"));
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.tagName("h1"), "Grace <i>Hopper</i>"));
        assertThat(browser.findElement(By.cssSelector(".facts")).getText()).contains("9 Mar 1975",
                "grace.hopper@example.com");
        try (var connection = DriverManager.getConnection(platform.database, TestPostgres.USER, TestPostgres.PASSWORD);
                var query = connection.prepareStatement("""
                        select i.status, p.date_of_birth from inquiry i join patient p on p.id = i.patient_id
                        where i.reference = ?""")) {
            query.setString(1, reference);
            var row = query.executeQuery();
            assertThat(row.next()).isTrue();
            assertThat(row.getString("status")).isEqualTo("CONVERTED");
            assertThat(row.getDate("date_of_birth").toLocalDate()).isEqualTo(LocalDate.of(1975, 3, 9));
        }
    }

    @Test
    void staffRecordAPatientsCourseAndItsReviewAndTheChartAndTheDashboardMoveWithIt() throws Exception {
        browser.get(webAdmin.url("/"));
        signIn("frontdesk", Files.readString(dataDir.resolve("demo-staff-password")).strip());
        wait.until(ExpectedConditions.elementToBeClickable(
                By.xpath("//vaadin-side-nav-item[contains(., 'Patients')]"))).click();
        button("New patient").click();
        field("vaadin-text-field", "Full name").sendKeys("Rosalind Franklin");
        field("vaadin-date-picker", "Date of birth").sendKeys("25/07/1960", Keys.ENTER);
        button("Create patient").click();
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.tagName("h1"), "Rosalind Franklin"));
        assertThat(browser.findElement(By.cssSelector(".patient-page")).getText()).contains("No scores yet.");

        // a course that began six weeks ago, so its review falls due today
        var started = LocalDate.now(ZoneId.of("Europe/London")).minusWeeks(6);
        button("Record a course…").click();
        choose("Treatment", "Stem Cell Therapy for Joint Pain");
        field("vaadin-combo-box", "Body site").sendKeys("Knee, left", Keys.ENTER);
        choose("Cell source", "Bone marrow");
        var firstSession = field("vaadin-date-picker", "First session");
        firstSession.sendKeys(Keys.chord(Keys.CONTROL, "a"), started.format(
                DateTimeFormatter.ofPattern("dd/MM/yyyy")), Keys.ENTER);
        field("vaadin-combo-box", "Clinician").sendKeys("Dr Ines Vale", Keys.ENTER);
        field("vaadin-integer-field", "Pain before (0–10)").sendKeys("8");
        field("vaadin-integer-field", "Function before (0–100)").sendKeys("35");
        button("Record course").click();
        var chart = By.cssSelector(".outcome-chart svg");
        wait.until(ExpectedConditions.presenceOfElementLocated(chart));
        assertThat(browser.findElement(By.cssSelector(".course-card")).getText())
                .contains("Stem Cell Therapy for Joint Pain · Knee, left", "Baseline: pain 8/10, function 35/100",
                        "Review, due");

        var record = button("Record…");
        // the course's card is below the fold, and a notification may sit at the bottom: bring it to the middle
        browser.executeScript("arguments[0].scrollIntoView({block: 'center'})", record);
        record.click();
        field("vaadin-integer-field", "Pain (0–10)").sendKeys("3");
        field("vaadin-integer-field", "Function (0–100)").sendKeys("70");
        button("Record follow-up").click();
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector(".course-card"),
                "pain 3/10, function 70/100"));
        // the chart now has the review's point beside the baseline's
        var painTitles = browser.findElements(By.cssSelector(".outcome-chart svg title")).stream()
                .map(title -> title.getAttribute("textContent")).filter(text -> text.startsWith("Pain ")).toList();
        assertThat(painTitles).anyMatch(text -> text.startsWith("Pain 8 of 10"))
                .anyMatch(text -> text.startsWith("Pain 3 of 10"));

        browser.findElement(By.xpath("//vaadin-side-nav-item[normalize-space()='Dashboard']")).click();
        var row = wait.until(ExpectedConditions.presenceOfElementLocated(By.xpath(
                "//vaadin-grid-cell-content[normalize-space()='Stem Cell Therapy for Joint Pain']")));
        assertThat(row.isDisplayed()).isTrue();
        assertThat(browser.findElement(By.cssSelector(".dashboard-outcomes vaadin-grid")).getText())
                .contains("-5.0");
    }

    @Test
    void oneEditorRewritesASectionAnotherApprovesItAndThePublicPageShowsItWithinSeconds() throws Exception {
        var reviewerPassword = "second pair of eyes 2026";
        addEditor("reviewer", "Rhea Reviewer", reviewerPassword);
        var rewritten = "Rewritten for the journey test: what the injection is and what it is not.";

        // the writer rewrites the first section and previews it
        browser.get(webAdmin.url("/"));
        signIn("editor", Files.readString(dataDir.resolve("demo-staff-password")).strip());
        wait.until(ExpectedConditions.elementToBeClickable(
                By.xpath("//vaadin-side-nav-item[normalize-space()='Treatments']"))).click();
        wait.until(ExpectedConditions.elementToBeClickable(By.xpath(
                "//vaadin-grid-cell-content//a[normalize-space()='Stem Cell Therapy for Joint Pain']"))).click();
        var body = wait.until(ExpectedConditions.elementToBeClickable(
                By.cssSelector(".text-block .markdown-field textarea")));
        body.sendKeys(Keys.chord(Keys.CONTROL, "a"), rewritten, Keys.TAB);
        button("Save draft").click();
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector(".page-status"),
                "Draft revision 2"));
        // the preview opens in a tab of its own
        var console = browser.getWindowHandle();
        // its tooltip is part of the button's text: match the start
        wait.until(ExpectedConditions.elementToBeClickable(
                By.xpath("//vaadin-button[starts-with(normalize-space(), 'Preview ↗')]"))).click();
        wait.until(ExpectedConditions.numberOfWindowsToBe(2));
        browser.switchTo().window(browser.getWindowHandles().stream().filter(handle -> !handle.equals(console))
                .findFirst().orElseThrow());
        wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector(".preview-banner")));
        assertThat(browser.getCurrentUrl()).startsWith(publicSite.url("/preview/treatments?token="));
        assertThat(browser.findElement(By.cssSelector(".preview-banner")).getText()).startsWith("Preview:");
        assertThat(browser.findElement(By.tagName("main")).getText()).contains(rewritten);
        browser.close();
        browser.switchTo().window(console);
        button("Ask for approval…").click();
        button("Ask for approval").click();
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector(".page-status"),
                "waiting for approval"));
        assertThat(browser.findElements(By.xpath("//vaadin-button[normalize-space()='Approve and publish']")))
                .isEmpty();
        browser.get(publicSite.url("/treatments/stem-cell-therapy-for-joint-pain"));
        assertThat(browser.findElement(By.tagName("main")).getText()).doesNotContain(rewritten);

        // the second editor approves, and the public page shows the change within five seconds
        browser.manage().deleteAllCookies();
        browser.get(webAdmin.url("/treatments"));
        signIn("reviewer", reviewerPassword);
        wait.until(ExpectedConditions.elementToBeClickable(By.xpath(
                "//vaadin-grid-cell-content//a[normalize-space()='Stem Cell Therapy for Joint Pain']"))).click();
        button("Approve and publish").click();
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector(".page-status"),
                "On the website: revision 2"));
        var approved = Instant.now();
        new WebDriverWait(browser, Duration.ofSeconds(5)).until(driver -> {
            driver.get(publicSite.url("/treatments/stem-cell-therapy-for-joint-pain"));
            return driver.findElement(By.tagName("main")).getText().contains(rewritten);
        });
        assertThat(Duration.between(approved, Instant.now())).isLessThan(Duration.ofSeconds(5));
    }

    /** A second editor, as an administrator would have added them and they would have chosen their password. */
    private static void addEditor(String username, String fullName, String password) throws Exception {
        try (var connection = DriverManager.getConnection(platform.database, TestPostgres.USER, TestPostgres.PASSWORD);
                var account = connection.prepareStatement("""
                        insert into user_account (username, full_name, password_hash, enabled, locked,
                                                  must_change_password, created_at, updated_at)
                        values (?, ?, ?, true, false, false, now(), now()) returning id""");
                var role = connection.prepareStatement(
                        "insert into user_account_role (user_account_id, role) values (?, 'EDITOR')")) {
            account.setString(1, username);
            account.setString(2, fullName);
            account.setString(3, "{bcrypt}" + new BCryptPasswordEncoder().encode(password));
            var created = account.executeQuery();
            created.next();
            role.setLong(1, created.getLong(1));
            role.executeUpdate();
        }
    }

    @Test
    void theAdministratorReplacesTheOneTimePasswordSetsUpTwoFactorSignInAndSignsInWithACode() throws Exception {
        var oneTimePassword = Files.readString(dataDir.resolve("initial-admin-password")).strip();
        var newPassword = "lantern harbour quiet 2026";
        String secret;
        List<String> recoveryCodes;
        // the same account, signed in on another computer: changing the password must end that session
        var otherComputer = Browser.start();
        try {
            otherComputer.get(webAdmin.url("/"));
            signIn(otherComputer, new WebDriverWait(otherComputer, Duration.ofSeconds(30)), "admin", oneTimePassword);
            new WebDriverWait(otherComputer, Duration.ofSeconds(30))
                    .until(ExpectedConditions.urlContains("/change-password"));

            replaceOneTimePassword(oneTimePassword, newPassword);

            otherComputer.findElement(By.xpath("//vaadin-button[normalize-space()='Change password']")).click();
            new WebDriverWait(otherComputer, Duration.ofSeconds(30))
                    .until(ExpectedConditions.urlContains("/login?expired"));
            var shown = new WebDriverWait(otherComputer, Duration.ofSeconds(30)).until(driver -> otherComputer
                    .executeScript("var f = document.querySelector('vaadin-login-form');"
                            + " return f && f.error ? f.i18n.errorMessage.title : null;"));
            assertThat(shown).isEqualTo("You have been signed out");
        } finally {
            otherComputer.quit();
        }

        // two-factor sign-in is mandatory for administrators: the console asks for an app before anything else
        wait.until(ExpectedConditions.urlContains("/two-factor"));
        assertThat(browser.findElement(By.cssSelector("img.qr-code")).getAttribute("src"))
                .startsWith("data:image/svg+xml;base64,");
        secret = wait.until(driver -> {
            var value = textField("Secret key").getAttribute("value");
            return value == null || value.isEmpty() ? null : value;
        });
        assertThat(secret).matches("[A-Z2-7]{32}");
        textField("Authentication code").sendKeys("000000".equals(codeNow(secret)) ? "111111" : "000000");
        button("Verify").click();
        wait.until(ExpectedConditions.attributeToBe(By.xpath(
                "//vaadin-text-field[label[normalize-space()='Authentication code']]"), "invalid", "true"));
        var code = textField("Authentication code");
        code.sendKeys(Keys.chord(Keys.CONTROL, "a"), codeNow(secret));
        button("Verify").click();
        wait.until(ExpectedConditions.numberOfElementsToBe(By.cssSelector(".recovery-codes li"), 10));
        recoveryCodes = browser.findElements(By.cssSelector(".recovery-codes li")).stream()
                .map(WebElement::getText).toList();
        button("Continue").click();
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.tagName("h1"), "Welcome, Administrator"));

        browser.findElement(By.xpath("//vaadin-side-nav-item[normalize-space()='Treatments']")).click();
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.tagName("vaadin-grid"),
                "Stem Cell Therapy for Joint Pain"));

        // a fresh browser: the old password no longer works; the new one leads to the code, not the console
        browser.manage().deleteAllCookies();
        browser.get(webAdmin.url("/"));
        signIn("admin", oneTimePassword);
        wait.until(ExpectedConditions.urlContains("/login?error"));
        // what was typed as the username is still there; only the password is asked again
        wait.until(ExpectedConditions.attributeToBe(By.cssSelector("input[name='username']"), "value", "admin"));
        browser.get(webAdmin.url("/"));
        signIn("admin", newPassword);
        wait.until(ExpectedConditions.urlContains("/sign-in/code"));
        // the password alone opens nothing else: the accounts page typed in leads back to the code
        browser.get(webAdmin.url("/accounts"));
        wait.until(ExpectedConditions.urlContains("/sign-in/code"));
        // the code the app shows next (the current one was used to set it up, and each code works once)
        textField("Authentication code").sendKeys(AuthenticatorApp.codeAt(secret, Instant.now().plusSeconds(30)));
        button("Verify").click();
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.tagName("h1"), "Welcome, Administrator"));
        browser.findElement(By.xpath("//vaadin-side-nav-item[normalize-space()='Accounts']")).click();
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.tagName("vaadin-grid"), "frontdesk"));

        // a lost phone: a recovery code signs in once
        browser.manage().deleteAllCookies();
        browser.get(webAdmin.url("/"));
        signIn("admin", newPassword);
        textField("Authentication code").sendKeys(recoveryCodes.get(0));
        button("Verify").click();
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.tagName("h1"), "Welcome, Administrator"));
    }

    private static String codeNow(String secret) {
        return AuthenticatorApp.codeAt(secret, Instant.now());
    }

    private void replaceOneTimePassword(String oneTimePassword, String newPassword) {
        browser.get(webAdmin.url("/"));
        signIn("admin", oneTimePassword);

        wait.until(ExpectedConditions.urlContains("/change-password"));
        passwordField("Current password").sendKeys(oneTimePassword);
        passwordField("New password").sendKeys(newPassword);
        passwordField("Confirm new password").sendKeys(newPassword);
        browser.findElement(By.xpath("//vaadin-button[normalize-space()='Change password']")).click();

        wait.until(ExpectedConditions.urlContains("/two-factor"));
        assertThat(dataDir.resolve("initial-admin-password")).doesNotExist();
    }

    private void signIn(String username, String password) {
        signIn(browser, wait, username, password);
    }

    private static void signIn(ChromeDriver browser, WebDriverWait wait, String username, String password) {
        var user = wait.until(ExpectedConditions.elementToBeClickable(By.cssSelector("input[name='username']")));
        user.clear();
        user.sendKeys(username);
        browser.findElement(By.cssSelector("input[name='password']")).sendKeys(password);
        browser.findElement(By.cssSelector("vaadin-button[slot='submit']")).click();
    }

    private WebElement button(String text) {
        return wait.until(ExpectedConditions.elementToBeClickable(
                By.xpath("//vaadin-button[normalize-space()='" + text + "']")));
    }

    private WebElement textField(String label) {
        return wait.until(ExpectedConditions.presenceOfElementLocated(By.xpath(
                "//vaadin-text-field[label[normalize-space()='" + label + "']]//input")));
    }

    private WebElement field(String tag, String label) {
        return wait.until(ExpectedConditions.elementToBeClickable(By.xpath(
                "//" + tag + "[label[normalize-space()='" + label + "']]//input")));
    }

    /**
     * Opens a Vaadin select by its label and picks the item with this text. The clicks go through the page's script:
     * inside a dialog, Chromium's hit test lands on the dialog's host element rather than the select in its content.
     */
    private void choose(String label, String item) {
        var select = wait.until(ExpectedConditions.presenceOfElementLocated(By.xpath(
                "//vaadin-select[label[normalize-space()='" + label + "']]//vaadin-select-value-button")));
        browser.executeScript("arguments[0].click()", select);
        var option = wait.until(ExpectedConditions.visibilityOfElementLocated(By.xpath(
                "//vaadin-select-item[normalize-space()='" + item + "']")));
        browser.executeScript("arguments[0].click()", option);
    }

    private WebElement passwordField(String label) {
        return wait.until(ExpectedConditions.elementToBeClickable(By.xpath(
                "//vaadin-password-field[label[normalize-space()='" + label + "']]//input")));
    }
}
