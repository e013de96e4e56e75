package com.clinicplatform.testsupport;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * Text an author might type to put script or markup of their own on a page: the list in {@code xss-payloads.txt}
 * beside this class, then very long and very deeply nested ones made here. For the renderer's tests and for every
 * screen that previews Markdown.
 */
public final class XssPayloads {

    private XssPayloads() {
    }

    /** Every payload, each with a short name for a test report. */
    public static List<Payload> all() {
        var payloads = new ArrayList<>(written());
        payloads.addAll(longAndDeep());
        return payloads;
    }

    /** The list in the file, in its order. */
    public static List<Payload> written() {
        try (InputStream in = Objects.requireNonNull(XssPayloads.class.getResourceAsStream("xss-payloads.txt"))) {
            var payloads = new ArrayList<Payload>();
            int lineNumber = 0;
            for (var line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n", -1)) {
                lineNumber++;
                if (line.isBlank() || line.startsWith("%%")) {
                    continue;
                }
                payloads.add(new Payload("line " + lineNumber + ": " + line, line.replace("\\n", "\n")));
            }
            return payloads;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Payloads too long or too deep to write out: they must neither slip through nor bring the renderer down. */
    public static List<Payload> longAndDeep() {
        return List.of(
                new Payload("5,000 nested block quotes around script",
                        ">".repeat(5_000) + " <script>alert(1)</script> [x](javascript:alert(1))"),
                new Payload("3,000 nested list items around an image",
                        "- ".repeat(3_000) + "<img src=x onerror=alert(1)>"),
                new Payload("2,000 nested numbered lists around an svg",
                        "1. ".repeat(2_000) + "<svg onload=alert(1)>"),
                new Payload("20,000 asterisks either side of script",
                        "*".repeat(20_000) + "<script>alert(1)</script>" + "*".repeat(20_000)),
                new Payload("2,000 mixed emphasis markers nested around script",
                        "**_".repeat(2_000) + "<script>alert(1)</script>" + "_**".repeat(2_000)),
                new Payload("20,000 brackets around a javascript link",
                        "[".repeat(20_000) + "x](javascript:alert(1))" + "]".repeat(20_000)),
                new Payload("20,000 images with onerror on one line",
                        "<img src=x onerror=alert(1)>".repeat(20_000)),
                new Payload("10,000 javascript links in one paragraph",
                        "[a](javascript:alert(1)) ".repeat(10_000)),
                new Payload("100,000 angle brackets before script", "<".repeat(100_000) + "script>alert(1)"),
                new Payload("a link address of 100,000 characters that breaks out at its end",
                        "[x](https://example.com/" + "a".repeat(100_000) + "\"onclick=\"alert(1))"),
                new Payload("10,000 lines of raw html blocks",
                        "<div onclick=alert(1)>\n\n".repeat(10_000)));
    }

    /** @param name says which payload it is in a test report, shortened when the payload is long */
    public record Payload(String name, String markdown) {

        public Payload {
            name = name.length() > 120 ? name.substring(0, 117) + "…" : name;
        }

        @Override
        public String toString() {
            return name;
        }
    }
}
