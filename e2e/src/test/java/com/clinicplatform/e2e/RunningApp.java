package com.clinicplatform.e2e;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/** One app jar running in its own process, on free ports, with its output in {@code target/e2e-logs}. */
final class RunningApp implements AutoCloseable {

    private static final Duration START_TIMEOUT = Duration.ofMinutes(3);

    final String name;
    final int port;
    final int managementPort;
    final Path log;
    private final Process process;

    private RunningApp(String name, int port, int managementPort, Path log, Process process) {
        this.name = name;
        this.port = port;
        this.managementPort = managementPort;
        this.log = log;
        this.process = process;
    }

    /** Starts the jar named by the system property {@code jarProperty} with these settings added to the environment. */
    static RunningApp start(String name, String jarProperty, Map<String, String> settings) {
        String jar = System.getProperty(jarProperty);
        if (jar == null || !Files.isRegularFile(Path.of(jar))) {
            throw new IllegalStateException(name + " jar not found at " + jar + ": build it first (mvn verify does)");
        }
        try {
            // an app others must link to (the public site, which the console's previews open) has its port chosen first
            int port = settings.containsKey("SERVER_PORT") ? Integer.parseInt(settings.get("SERVER_PORT")) : freePort();
            int managementPort = freePort();
            Path logs = Files.createDirectories(Path.of("target", "e2e-logs"));
            Path log = logs.resolve(name + ".log");
            String java = ProcessHandle.current().info().command().orElse("java");
            var builder = new ProcessBuilder(List.of(java, "-jar", jar))
                    .redirectErrorStream(true)
                    .redirectOutput(log.toFile());
            Map<String, String> environment = builder.environment();
            // only the journey's own settings: nothing the developer's shell set for ./clinic start
            environment.keySet().removeIf(variable -> variable.startsWith("CLINIC_") || variable.startsWith("SPRING_")
                    || variable.startsWith("SERVER_") || variable.startsWith("MANAGEMENT_"));
            environment.putAll(settings);
            environment.put("SERVER_PORT", String.valueOf(port));
            environment.put("MANAGEMENT_SERVER_PORT", String.valueOf(managementPort));
            var app = new RunningApp(name, port, managementPort, log, builder.start());
            // should the test JVM be stopped before its @AfterAll, the app must not outlive it
            Runtime.getRuntime().addShutdownHook(new Thread(app.process::destroyForcibly, "stop-" + name));
            return app;
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot start " + name, e);
        }
    }

    /** Waits until the app's readiness probe answers, or fails with the end of its log. */
    RunningApp awaitReady() {
        var http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
        var readiness = HttpRequest.newBuilder(URI.create(
                "http://127.0.0.1:" + managementPort + "/actuator/health/readiness")).timeout(Duration.ofSeconds(2)).build();
        var deadline = Instant.now().plus(START_TIMEOUT);
        while (Instant.now().isBefore(deadline)) {
            if (!process.isAlive()) {
                throw new IllegalStateException(name + " stopped while starting:\n" + tail());
            }
            try {
                if (http.send(readiness, HttpResponse.BodyHandlers.discarding()).statusCode() == 200) {
                    return this;
                }
            } catch (IOException e) {
                // not listening yet
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
            try {
                process.waitFor(250, TimeUnit.MILLISECONDS);  // polls the probe; returns at once if the app dies
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
        }
        throw new IllegalStateException(name + " was not ready within " + START_TIMEOUT + ":\n" + tail());
    }

    String url(String path) {
        return "http://localhost:" + port + path;
    }

    private String tail() {
        try {
            var lines = Files.readAllLines(log);
            return String.join("\n", lines.subList(Math.max(0, lines.size() - 40), lines.size()));
        } catch (IOException e) {
            return "(no log: " + e.getMessage() + ")";
        }
    }

    @Override
    public void close() throws InterruptedException {
        process.destroy();
        if (!process.waitFor(30, TimeUnit.SECONDS)) {
            process.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
        }
    }

    static int freePort() {
        try (var socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
