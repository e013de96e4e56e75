package com.clinicplatform.site.system;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.slf4j.MDC;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/** Every line logged while a request is handled names the request, so one visitor's trouble can be followed. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@Import(RequestIdsTest.Logging.class)
@ExtendWith(OutputCaptureExtension.class)
class RequestIdsTest {

    @LocalServerPort
    int port;

    @Test
    void aLineLoggedWhileARequestIsHandledCarriesTheRequestsTraceId(CapturedOutput output) throws Exception {
        var client = HttpClient.newHttpClient();

        var first = client.send(request(), HttpResponse.BodyHandlers.ofString()).body();
        var second = client.send(request(), HttpResponse.BodyHandlers.ofString()).body();

        assertThat(first).matches("[0-9a-f]{32}");
        assertThat(second).matches("[0-9a-f]{32}").isNotEqualTo(first);
        assertThat(output.getOut().lines().filter(line -> line.contains("handling the test request")))
                .anyMatch(line -> line.contains(first)).anyMatch(line -> line.contains(second));
    }

    private HttpRequest request() {
        return HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/test-request-id")).build();
    }

    /** A page that logs a line and answers with the trace id it was handled under. */
    @TestConfiguration(proxyBeanMethods = false)
    @RestController
    static class Logging {

        private static final Logger log = LoggerFactory.getLogger(Logging.class);

        @GetMapping("/test-request-id")
        String traceId() {
            log.info("handling the test request");
            return MDC.get("traceId");
        }
    }
}
