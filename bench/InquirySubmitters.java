import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.time.Duration;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Base64;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.LongAdder;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * Concurrent people sending the inquiry form, against one public-site instance, and what the database holds after:
 * each submitter, on its own virtual thread, loops over "open the form, fill it in, send it, read the confirmation
 * page" with no pause, and every tenth form it sends twice at once (a double click), which must give one reference.
 * The submitters join one by one over the warm-up; then all of them are measured.
 * After the run, the inquiries this run left (its marker: full names {@code Bench <run> …}) are counted by status and
 * compared with the references the confirmation pages showed, one by one; then they are deleted, with their outbox
 * messages and rate-limit rows. Run through bench/inquiry-submitters, which starts the instance with the spam
 * defences' limits lowered. Exits 0 on PASS, 1 on FAIL, 2 when it cannot run.
 *
 * <p>Options ({@code --name=value}): site, database, submitters, warmup and duration (seconds), run (the marker),
 * double-every (0: never), one-address (true: every submitter from 127.0.0.1, else each from its own address in
 * 198.18.0.0/15, the range set aside for benchmarks, sent as X-Forwarded-For to an instance that trusts 127.0.0.1),
 * rate-limit and min-fill (only reported), keep (true: leave the rows), site-pid (public-site's process, for the CPU
 * it used). Environment: DB_USER, DB_PASSWORD, and
 * BENCH_SIGNING_SECRET (the instance's secret, to find its rate-limit rows).
 */
public class InquirySubmitters {

    private static final Pattern CSRF = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"");
    private static final Pattern TREATMENT = Pattern.compile("<option value=\"([a-z0-9-]+)\"");
    private static final Pattern REFERENCE = Pattern.compile("Your reference is <strong>(INQ-\\d{4}-\\d{6,})</strong>");
    private static final Duration REQUEST_TIMEOUT = Duration.ofSeconds(30);
    /** What a submitter waits after an error before it tries again, so that a site that is down is not hammered. */
    private static final long PAUSE_AFTER_ERROR_MS = 100;
    private static final String MESSAGE = """
            Hello, I have had knee pain for about two years, worse on stairs and after long walks. I would like \
            to know whether this treatment could help, how many sessions people usually need, and what the \
            recovery is like. Sent by the inquiry benchmark (run %s).""";

    private final Map<String, String> options;
    private final String site;
    private final String database;
    private final int submitters;
    private final int warmupSeconds;
    private final int durationSeconds;
    private final String run;
    private final int doubleEvery;
    private final boolean oneAddress;
    private final boolean keep;
    private final long sitePid;
    private final HttpClient http;

    private volatile boolean stop;
    /** The measured window, in System.nanoTime(): confirmations shown within it count for the throughput. */
    private volatile long windowStart = Long.MAX_VALUE;
    private volatile long windowEnd = Long.MAX_VALUE;
    private CpuTime cpuAtStart;
    private CpuTime cpuAtEnd;

    /** Every reference a confirmation page showed, warm-up included: what the database must hold, no more. */
    private final Set<String> confirmed = ConcurrentHashMap.newKeySet();
    /** The references the redirects after a send carried (the receipt token is signed, not secret). */
    private final Set<String> redirectedTo = ConcurrentHashMap.newKeySet();
    private final LongAdder confirmedInWindow = new LongAdder();
    private final AtomicLong confirmedSoFar = new AtomicLong();
    private final LongAdder doubleSubmits = new LongAdder();
    private final LongAdder doubleSubmitsOneReference = new LongAdder();
    private final Map<String, LongAdder> errors = new ConcurrentHashMap<>();
    private final LongAdder errorCount = new LongAdder();
    private final LongAdder errorsInWindow = new LongAdder();
    private final List<long[]> submitLatencies = new ArrayList<>();
    private final List<long[]> formLatencies = new ArrayList<>();
    private final CountDownLatch submittersDone;
    private boolean cleanedUp;

    private InquirySubmitters(Map<String, String> options) {
        this.options = options;
        this.site = option("site", null);
        this.database = option("database", null);
        this.submitters = Integer.parseInt(option("submitters", "200"));
        this.warmupSeconds = Integer.parseInt(option("warmup", "30"));
        this.durationSeconds = Integer.parseInt(option("duration", "60"));
        this.run = option("run", Long.toString(System.currentTimeMillis(), 36));
        this.doubleEvery = Integer.parseInt(option("double-every", "10"));
        this.oneAddress = Boolean.parseBoolean(option("one-address", "false"));
        this.keep = Boolean.parseBoolean(option("keep", "false"));
        this.sitePid = Long.parseLong(option("site-pid", "0"));
        if (site == null || database == null || submitters < 1 || durationSeconds < 1 || warmupSeconds < 0
                || !run.matches("[a-z0-9]{1,20}")) {
            throw new IllegalArgumentException("usage: java InquirySubmitters.java --site=URL --database=JDBC-URL "
                    + "[--submitters=N --warmup=S --duration=S --run=[a-z0-9]+ --double-every=N --one-address "
                    + "--keep --site-pid=PID]");
        }
        this.http = HttpClient.newBuilder()
                .version(HttpClient.Version.HTTP_1_1)
                .followRedirects(HttpClient.Redirect.NEVER)
                .connectTimeout(Duration.ofSeconds(10))
                .executor(Executors.newVirtualThreadPerTaskExecutor())
                .build();
        this.submittersDone = new CountDownLatch(submitters);
    }

    public static void main(String[] args) throws Exception {
        Map<String, String> options = new HashMap<>();
        for (String arg : args) {
            if (!arg.startsWith("--")) {
                System.err.println("inquiry-submitters: unknown argument " + arg);
                System.exit(2);
            }
            int equals = arg.indexOf('=');
            options.put(equals < 0 ? arg.substring(2) : arg.substring(2, equals),
                    equals < 0 ? "true" : arg.substring(equals + 1));
        }
        InquirySubmitters bench;
        try {
            bench = new InquirySubmitters(options);
        } catch (IllegalArgumentException e) {
            System.err.println("inquiry-submitters: " + e.getMessage());
            System.exit(2);
            return;
        }
        System.exit(bench.run());
    }

    private String option(String name, String otherwise) {
        return options.getOrDefault(name, otherwise);
    }

    private int run() throws Exception {
        // a run whose result cannot be checked is not worth making: the database and the form first
        try (var connection = connect()) {
            connection.createStatement().executeQuery("select count(*) from inquiry").close();
        } catch (SQLException e) {
            return cannotRun("cannot read the inquiries in " + database + ": " + e.getMessage());
        }
        try {
            var form = get("/inquiry", null);
            if (form.statusCode() != 200 || !CSRF.matcher(form.body()).find()) {
                return cannotRun(site + "/inquiry answered " + form.statusCode() + " without a form token");
            }
        } catch (Exception e) {
            return cannotRun("cannot open " + site + "/inquiry: " + e);
        }
        Runtime.getRuntime().addShutdownHook(new Thread(this::interrupted));

        System.out.printf("Run %s: %d submitters, %d s warm-up, then %d s measured…%n", run, submitters,
                warmupSeconds, durationSeconds);
        long started = System.nanoTime();
        try (var threads = Executors.newVirtualThreadPerTaskExecutor()) {
            long warmupEnd = started + TimeUnit.SECONDS.toNanos(warmupSeconds);
            for (int n = 0; n < submitters; n++) {
                int submitter = n;
                // the submitters join one by one over the warm-up, as people arrive, while the site's JIT warms up
                long joins = started + (warmupEnd - started) * n / submitters;
                threads.submit(() -> submitter(submitter, joins));
            }
            long end = warmupEnd + TimeUnit.SECONDS.toNanos(durationSeconds);
            long nextProgress = started + TimeUnit.SECONDS.toNanos(10);
            long lastConfirmed = 0;
            windowStart = warmupSeconds == 0 ? started : Long.MAX_VALUE;
            if (warmupSeconds == 0) {
                cpuAtStart = CpuTime.now(sitePid);
            }
            for (long now = System.nanoTime(); now < end; now = System.nanoTime()) {
                long wake = Math.min(nextProgress, end);
                if (windowStart == Long.MAX_VALUE) {
                    wake = Math.min(wake, warmupEnd);
                }
                TimeUnit.NANOSECONDS.sleep(wake - now);
                now = System.nanoTime();
                if (windowStart == Long.MAX_VALUE && now >= warmupEnd) {
                    windowStart = warmupEnd;
                    cpuAtStart = CpuTime.now(sitePid);
                }
                if (now >= nextProgress) {
                    long confirmations = confirmedSoFar.get();
                    System.out.printf("  %3d s%s: %,d confirmations (%,.0f/s in the last 10 s), %,d errors%n",
                            TimeUnit.NANOSECONDS.toSeconds(nextProgress - started), nextProgress < warmupEnd
                                    ? " (warm-up, %d submitters)".formatted(
                                            (nextProgress - started) * submitters / (warmupEnd - started) + 1)
                                    : "", confirmations,
                            (confirmations - lastConfirmed) / 10.0, errorCount.sum());
                    lastConfirmed = confirmations;
                    nextProgress += TimeUnit.SECONDS.toNanos(10);
                }
            }
            windowEnd = end;
            cpuAtEnd = CpuTime.now(sitePid);
            stop = true;
        }
        return report();
    }

    // --- one submitter ---------------------------------------------------------------------------------------

    private void submitter(int n, long joins) {
        var submitLatency = new LongList();
        var formLatency = new LongList();
        String client = oneAddress ? null : "198.18.%d.%d".formatted(n / 250, n % 250 + 1);
        try {
            TimeUnit.NANOSECONDS.sleep(joins - System.nanoTime());
            for (int i = 0; !stop; i++) {
                if (!sendOne(n, i, client, submitLatency, formLatency)) {
                    Thread.sleep(PAUSE_AFTER_ERROR_MS);
                }
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } finally {
            synchronized (submitLatencies) {
                submitLatencies.add(submitLatency.toArray());
                formLatencies.add(formLatency.toArray());
            }
            submittersDone.countDown();
        }
    }

    /** Opens the form, sends it (twice at once, now and then) and reads the confirmation; false after an error. */
    private boolean sendOne(int n, int i, String client, LongList submitLatency, LongList formLatency)
            throws InterruptedException {
        long formStart = System.nanoTime();
        HttpResponse<String> form;
        try {
            form = get("/inquiry", client);
        } catch (Exception e) {
            return error("form page: " + e.getClass().getSimpleName());
        }
        if (form.statusCode() != 200) {
            return error("form page: status " + form.statusCode());
        }
        Matcher csrf = CSRF.matcher(form.body());
        if (!csrf.find()) {
            return error("form page: no _csrf field");
        }
        long formEnd = System.nanoTime();
        if (inWindow(formEnd)) {
            formLatency.add(formEnd - formStart);
        }
        List<String> treatments = new ArrayList<>();  // "not-sure" among them
        for (Matcher option = TREATMENT.matcher(form.body()); option.find(); ) {
            treatments.add(option.group(1));
        }
        if (treatments.isEmpty()) {
            return error("form page: no treatment choices");
        }
        String body = formBody(n, i, csrf.group(1), treatments.get(ThreadLocalRandom.current().nextInt(treatments.size())));

        long start = System.nanoTime();
        boolean twice = doubleEvery > 0 && i % doubleEvery == doubleEvery - 1;
        List<CompletableFuture<Confirmation>> sends = new ArrayList<>();
        for (int k = 0; k < (twice ? 2 : 1); k++) {
            sends.add(CompletableFuture.supplyAsync(() -> send(body, client), http.executor().orElseThrow()));
        }
        List<Confirmation> confirmations = sends.stream().map(CompletableFuture::join).toList();
        long end = System.nanoTime();

        boolean ok = true;
        for (var confirmation : confirmations) {
            if (confirmation.reference() != null) {
                if (confirmed.add(confirmation.reference())) {
                    confirmedSoFar.incrementAndGet();
                    if (inWindow(end)) {
                        confirmedInWindow.increment();
                    }
                }
            } else {
                ok = error(confirmation.error());
            }
        }
        if (twice) {
            doubleSubmits.increment();
            String first = confirmations.get(0).reference();
            String second = confirmations.get(1).reference();
            if (first != null && first.equals(second)) {
                doubleSubmitsOneReference.increment();
            } else if (first != null && second != null) {
                ok = error("double submit: two references for one form");
            }
        }
        if (ok && inWindow(end)) {
            submitLatency.add(end - start);
        }
        return ok;
    }

    private record Confirmation(String reference, String error) {
    }

    /** POSTs the form and reads the confirmation page it is sent on to. */
    private Confirmation send(String body, String client) {
        HttpResponse<String> sent;
        try {
            sent = http.send(request("/inquiry", client)
                    .header("Content-Type", "application/x-www-form-urlencoded")
                    .header("Origin", origin())
                    .POST(HttpRequest.BodyPublishers.ofString(body))
                    .build(), HttpResponse.BodyHandlers.ofString());
        } catch (Exception e) {
            return new Confirmation(null, "send: " + e.getClass().getSimpleName());
        }
        String location = sent.headers().firstValue("Location").orElse("");
        if (sent.statusCode() != 303 || !location.startsWith("/inquiry/sent?r=")) {
            String why = sent.statusCode() == 200 && sent.body().contains("error-summary")
                    ? " (the form came back with a message)" : "";
            return new Confirmation(null, "send: status " + sent.statusCode() + why);
        }
        receiptReference(location.substring("/inquiry/sent?r=".length())).ifPresent(redirectedTo::add);
        HttpResponse<String> page;
        try {
            page = get(location, client);
        } catch (Exception e) {
            return new Confirmation(null, "confirmation page: " + e.getClass().getSimpleName());
        }
        if (page.statusCode() != 200) {
            return new Confirmation(null, "confirmation page: status " + page.statusCode());
        }
        Matcher reference = REFERENCE.matcher(page.body());
        if (!reference.find()) {
            return new Confirmation(null, "confirmation page: no reference");
        }
        return new Confirmation(reference.group(1), null);
    }

    /** The reference in a receipt token ({@code base64url("INQ-…|expiry") + "." + signature}). */
    private static Optional<String> receiptReference(String token) {
        try {
            String payload = new String(Base64.getUrlDecoder().decode(token.substring(0, token.indexOf('.'))),
                    StandardCharsets.UTF_8);
            return Optional.of(payload.substring(0, payload.indexOf('|')));
        } catch (RuntimeException e) {
            return Optional.empty();
        }
    }

    private String formBody(int n, int i, String csrf, String treatment) {
        boolean byPhone = (n + i) % 2 == 1;
        Map<String, String> fields = new LinkedHashMap<>();
        fields.put("_csrf", csrf);
        fields.put("fullName", "Bench " + run + " " + n + "-" + i);
        fields.put("email", run + "-" + n + "-" + i + "@inquiry-bench.invalid");
        // 020 7946 0000–0999: set aside by Ofcom for drama, never anyone's number
        fields.put("phone", byPhone ? "020 7946 0%03d".formatted((n * 31 + i) % 1000) : "");
        fields.put("preferredContact", byPhone ? "PHONE" : "EMAIL");
        fields.put("bestTime", "Weekday mornings");
        fields.put("treatment", treatment);
        fields.put("message", MESSAGE.formatted(run));
        fields.put("website", "");
        fields.put("consent", "true");
        var body = new StringBuilder();
        fields.forEach((name, value) -> body.append(body.isEmpty() ? "" : "&").append(name).append('=')
                .append(URLEncoder.encode(value, StandardCharsets.UTF_8)));
        return body.toString();
    }

    private HttpResponse<String> get(String path, String client) throws Exception {
        return http.send(request(path, client).GET().build(), HttpResponse.BodyHandlers.ofString());
    }

    private HttpRequest.Builder request(String path, String client) {
        var request = HttpRequest.newBuilder(URI.create(site + path)).timeout(REQUEST_TIMEOUT)
                .header("User-Agent", "inquiry-submitters benchmark");
        return client == null ? request : request.header("X-Forwarded-For", client);
    }

    private String origin() {
        var address = URI.create(site);
        return address.getScheme() + "://" + address.getRawAuthority();
    }

    private boolean inWindow(long time) {
        return time >= windowStart && time < windowEnd;
    }

    private boolean error(String what) {
        errors.computeIfAbsent(what, key -> new LongAdder()).increment();
        errorCount.increment();
        if (inWindow(System.nanoTime())) {
            errorsInWindow.increment();
        }
        return false;
    }

    // --- the database afterwards ---------------------------------------------------------------------------

    private int report() throws SQLException {
        Map<String, String> statusByReference = new HashMap<>();
        Map<String, Long> outbox = new TreeMap<>();
        try (var connection = connect()) {
            var rows = connection.prepareStatement(
                    "select reference, status from inquiry where starts_with(full_name, ?)");
            rows.setString(1, marker());
            try (var result = rows.executeQuery()) {
                while (result.next()) {
                    statusByReference.put(result.getString(1), result.getString(2));
                }
            }
            var mail = connection.prepareStatement("select m.kind, count(*) from outbox_message m "
                    + "join inquiry i on i.id = m.inquiry_id where starts_with(i.full_name, ?) group by m.kind");
            mail.setString(1, marker());
            try (var result = mail.executeQuery()) {
                while (result.next()) {
                    outbox.put(result.getString(1), result.getLong(2));
                }
            }
        }
        long spam = statusByReference.values().stream().filter("SPAM"::equals).count();
        Set<String> missing = new HashSet<>(confirmed);
        missing.removeAll(statusByReference.keySet());
        Set<String> unconfirmed = new HashSet<>(statusByReference.keySet());
        unconfirmed.removeAll(confirmed);
        long confirmationPageFailed = unconfirmed.stream().filter(redirectedTo::contains).count();
        long[] submit = merged(submitLatencies);
        long[] formPage = merged(formLatencies);
        long measured = confirmedInWindow.sum();
        boolean pass = statusByReference.size() == confirmed.size() && missing.isEmpty() && unconfirmed.isEmpty()
                && spam == 0 && errorCount.sum() == 0 && measured > 0;

        System.out.println();
        System.out.printf("Inquiry submitters benchmark, %s, %d cores%n",
                ZonedDateTime.now().format(DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm z")),
                Runtime.getRuntime().availableProcessors());
        System.out.printf("%d submitters (%s), %d s measured after a %d s warm-up (ramp-up); %s%n", submitters,
                oneAddress ? "all from one address, 127.0.0.1" : "each from its own address",
                durationSeconds, warmupSeconds,
                doubleEvery > 0 ? "every " + doubleEvery + "th form sent twice at once" : "no form sent twice");
        System.out.printf("lowered for the run: rate limit %s per address per 10 minutes, minimum fill time %s s%n",
                option("rate-limit", "?"), option("min-fill", "?"));
        System.out.println();
        line("confirmations shown (distinct references)", "%,d".formatted(confirmed.size()), "warm-up included");
        line("inquiries in the database for this run", "%,d".formatted(statusByReference.size()), "");
        line("  of them SPAM", "%,d".formatted(spam), "must be 0");
        line("confirmed references not in the database", "%,d".formatted(missing.size()), "must be 0");
        line("inquiries no confirmation showed", "%,d".formatted(unconfirmed.size()), unconfirmed.isEmpty()
                ? "must be 0" : "must be 0; %,d of them sent on to a confirmation page that failed"
                        .formatted(confirmationPageFailed));
        line("forms sent twice at once: one reference", "%,d of %,d".formatted(doubleSubmitsOneReference.sum(),
                doubleSubmits.sum()), "");
        line("outbox messages of these inquiries", "%,d".formatted(outbox.values().stream().mapToLong(c -> c).sum()),
                outbox.toString().replaceAll("[{}]", ""));
        System.out.println();
        line("accepted inquiries/s", "%,.1f".formatted(measured / (double) durationSeconds),
                "%,d in the %d s measured".formatted(measured, durationSeconds));
        line("submit (POST + confirmation page)", latencies(submit), "%,d submits".formatted(submit.length));
        line("form page (GET /inquiry)", latencies(formPage), "%,d pages".formatted(formPage.length));
        line("errors", "%,d".formatted(errorCount.sum()), errorCount.sum() == 0 ? "must be 0"
                : "must be 0; %,d of them in the measured window".formatted(errorsInWindow.sum()));
        new TreeMap<>(errors).forEach((what, count) -> System.out.printf("    %,8d  %s%n", count.sum(), what));
        if (cpuAtStart != null && cpuAtEnd != null) {
            System.out.println();
            cpuAtStart.reportUntil(cpuAtEnd, measured);
        }
        if (!missing.isEmpty()) {
            System.out.println("    not in the database, e.g. " + missing.stream().sorted().limit(5).toList());
        }
        if (!unconfirmed.isEmpty()) {
            System.out.println("    never confirmed, e.g. " + unconfirmed.stream().sorted().limit(5).toList());
        }
        System.out.println();
        cleanUp(false);
        System.out.println(pass ? "PASS" : "FAIL");
        return pass ? 0 : 1;
    }

    private static void line(String what, String value, String note) {
        System.out.printf("%-44s %22s   %s%n", what, value, note);
    }

    private static String latencies(long[] sorted) {
        if (sorted.length == 0) {
            return "none";
        }
        return "p50 %s  p99 %s".formatted(millis(percentile(sorted, 50)), millis(percentile(sorted, 99)));
    }

    private static long percentile(long[] sorted, int percent) {
        int rank = (int) Math.ceil(percent / 100.0 * sorted.length);
        return sorted[Math.max(0, rank - 1)];
    }

    private static String millis(long nanos) {
        return nanos >= 100_000_000 ? "%,.0f ms".formatted(nanos / 1e6) : "%.1f ms".formatted(nanos / 1e6);
    }

    private static long[] merged(List<long[]> parts) {
        long[] all;
        synchronized (parts) {
            all = parts.stream().flatMapToLong(Arrays::stream).toArray();
        }
        Arrays.sort(all);
        return all;
    }

    /** Deletes this run's inquiries (their outbox messages go with them) and its rate-limit rows, once. */
    private synchronized void cleanUp(boolean interrupted) {
        if (cleanedUp) {
            return;
        }
        cleanedUp = true;
        if (keep) {
            System.out.printf("Kept this run's inquiries: full names starting '%s' (BENCH_KEEP=1).%n", marker());
            return;
        }
        try (var connection = connect()) {
            // the outbox rows in one go: outbox_message.inquiry_id has no index, so leaving them to the cascade would
            // scan the table once per inquiry
            var mail = connection.prepareStatement("delete from outbox_message where inquiry_id in "
                    + "(select id from inquiry where starts_with(full_name, ?))");
            mail.setString(1, marker());
            mail.executeUpdate();
            var inquiries = connection.prepareStatement("delete from inquiry where starts_with(full_name, ?)");
            inquiries.setString(1, marker());
            int removed = inquiries.executeUpdate();
            int rates = 0;
            String secret = System.getenv("BENCH_SIGNING_SECRET");
            if (secret != null && !secret.isBlank()) {
                var rate = connection.prepareStatement("delete from inquiry_rate where client_hash = ?");
                for (String client : clients()) {
                    rate.setString(1, fingerprint(secret, "inquiry-client", client));
                    rates += rate.executeUpdate();
                }
            }
            System.out.printf("%sRemoved this run's %,d inquiries (with their outbox messages) and %,d rate-limit "
                    + "rows.%n", interrupted ? "Interrupted. " : "", removed, rates);
        } catch (SQLException e) {
            System.err.printf("inquiry-submitters: could not remove this run's inquiries (%s); delete them with:%n"
                    + "  delete from inquiry where starts_with(full_name, '%s');%n", e.getMessage(), marker());
        }
    }

    /** On Ctrl-C or TERM: the submitters stop after what they are sending, and the run's rows go. */
    private void interrupted() {
        if (stop && submittersDone.getCount() == 0 && cleanedUp) {
            return;  // a normal end
        }
        stop = true;
        try {
            submittersDone.await(15, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        cleanUp(true);
    }

    /** The client addresses the site saw, for its rate-limit rows. */
    private List<String> clients() {
        if (oneAddress) {
            return List.of("127.0.0.1");
        }
        List<String> clients = new ArrayList<>();
        for (int n = 0; n < submitters; n++) {
            clients.add("198.18.%d.%d".formatted(n / 250, n % 250 + 1));
        }
        return clients;
    }

    /** As public-site's SignedTokens.fingerprint: the rate limit keeps a client's address only as this. */
    private static String fingerprint(String secret, String purpose, String value) {
        try {
            var mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(secret.strip().getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
            return Base64.getUrlEncoder().withoutPadding()
                    .encodeToString(mac.doFinal((purpose + ":" + value).getBytes(StandardCharsets.UTF_8)));
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private String marker() {
        return "Bench " + run + " ";
    }

    private Connection connect() throws SQLException {
        return DriverManager.getConnection(database, System.getenv("DB_USER"), System.getenv("DB_PASSWORD"));
    }

    private static int cannotRun(String why) {
        System.err.println("inquiry-submitters: " + why);
        return 2;
    }

    /**
     * Where the machine's cores went: all of it (from /proc/stat, Linux only), public-site's process and this one's.
     * On a machine others use too, the CPU public-site spent per inquiry is the figure that compares between runs.
     */
    private record CpuTime(long wall, long machineBusy, long machineTotal, Duration site, Duration self) {

        static CpuTime now(long sitePid) {
            long busy = -1;
            long total = -1;
            try {
                String[] ticks = java.nio.file.Files.readAllLines(java.nio.file.Path.of("/proc/stat")).get(0)
                        .trim().split("\\s+");
                total = 0;
                for (int i = 1; i < ticks.length && i <= 8; i++) {
                    total += Long.parseLong(ticks[i]);
                }
                busy = total - Long.parseLong(ticks[4]) - Long.parseLong(ticks[5]);  // less idle and iowait
            } catch (Exception e) {
                // not Linux: the machine's share is left out
            }
            Duration site = sitePid <= 0 ? null : ProcessHandle.of(sitePid)
                    .flatMap(process -> process.info().totalCpuDuration()).orElse(null);
            Duration self = ProcessHandle.current().info().totalCpuDuration().orElse(null);
            return new CpuTime(System.nanoTime(), busy, total, site, self);
        }

        void reportUntil(CpuTime end, long inquiries) {
            double seconds = (end.wall - wall) / 1e9;
            int cores = Runtime.getRuntime().availableProcessors();
            double busyCores = -1;
            if (machineTotal >= 0 && end.machineTotal > machineTotal) {
                double busy = (double) (end.machineBusy - machineBusy) / (end.machineTotal - machineTotal);
                busyCores = busy * cores;
                line("CPU in the measured window: the machine", "%.0f%% busy".formatted(100 * busy),
                        "%.2f of %d cores".formatted(busyCores, cores));
            }
            Duration rest = Duration.ofNanos(Math.round(Math.max(busyCores, 0) * seconds * 1e9));
            if (site != null && end.site != null) {
                cpu("  public-site", end.site.minus(site), seconds, inquiries);
                rest = rest.minus(end.site.minus(site));
            }
            if (self != null && end.self != null) {
                cpu("  the submitters (this program)", end.self.minus(self), seconds, inquiries);
                rest = rest.minus(end.self.minus(self));
            }
            if (busyCores >= 0 && site != null && self != null) {
                // PostgreSQL serves this run alone on a quiet machine; more here means others used the machine
                line("  the rest: PostgreSQL, anything else", "%.2f cores".formatted(
                        Math.max(0, rest.toNanos()) / 1e9 / seconds), "");
            }
        }

        private static void cpu(String who, Duration used, double seconds, long inquiries) {
            line(who, "%.2f cores".formatted(used.toNanos() / 1e9 / seconds), inquiries == 0 ? ""
                    : "%.1f ms of CPU per accepted inquiry".formatted(used.toNanos() / 1e6 / inquiries));
        }
    }

    /** A growable list of longs, one per submitter, so recording a latency takes no lock. */
    private static final class LongList {
        private long[] values = new long[1024];
        private int size;

        void add(long value) {
            if (size == values.length) {
                values = Arrays.copyOf(values, size * 2);
            }
            values[size++] = value;
        }

        long[] toArray() {
            return Arrays.copyOf(values, size);
        }
    }
}
