package com.clinicplatform.e2e;

import static java.nio.charset.StandardCharsets.UTF_8;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import org.apache.log4j.Level;
import org.apache.log4j.LogManager;
import org.xml.sax.ErrorHandler;
import org.xml.sax.InputSource;
import org.xml.sax.SAXException;
import org.xml.sax.SAXParseException;

import nu.validator.validation.SimpleDocumentValidator;

/**
 * The Nu HTML Checker (the engine behind validator.w3.org/nu), run in this JVM on a document as the server sent it.
 * Only its bundled schemas are used and the document's address is a label: nothing is fetched.
 */
final class HtmlChecker {

    // a key into the checker's bundled schemas, the same one its command line uses
    private static final String HTML_SCHEMA = "http://s.validator.nu/html5-all.rnc";
    private static final int EXCERPT = 70;

    private static final Collector COLLECTOR = new Collector();
    // reading the schemas takes seconds, checking a page milliseconds: set up once per JVM
    private static final SimpleDocumentValidator VALIDATOR = setUp();

    private HtmlChecker() {
    }

    /**
     * The document's errors, fatal ones included, each as {@code line:column: message | source excerpt}; warnings
     * and notes are left out.
     */
    static synchronized List<String> errors(String url, String html) {
        COLLECTOR.found.clear();
        var input = new InputSource(new ByteArrayInputStream(html.getBytes(UTF_8)));
        input.setSystemId(url);
        try {
            VALIDATOR.checkHtmlInputSource(input);
        } catch (IOException | SAXException e) {
            throw new IllegalStateException("The HTML checker could not check " + url, e);
        }
        var lines = html.split("\r\n|\r|\n", -1);
        // the parser and the schema checks report in turn: in source order they read like the page
        return COLLECTOR.found.stream()
                .sorted(Comparator.comparingInt(SAXParseException::getLineNumber)
                        .thenComparingInt(SAXParseException::getColumnNumber))
                .map(error -> describe(error, lines))
                .toList();
    }

    private static String describe(SAXParseException error, String[] lines) {
        int line = error.getLineNumber();
        int column = error.getColumnNumber();
        if (line < 1 || line > lines.length) {
            return "(whole document): " + error.getMessage();
        }
        var message = line + ":" + column + ": " + error.getMessage();
        // the checker points at the end of the offending markup: show what leads up to it
        var source = lines[line - 1];
        int end = Math.clamp(column, 0, source.length());
        return message + " | " + source.substring(Math.max(0, end - EXCERPT), end).strip();
    }

    private static SimpleDocumentValidator setUp() {
        // log4j 1 is on the classpath for the checker alone, whose own debug log says nothing about the page
        LogManager.getRootLogger().setLevel(Level.OFF);
        // not its own log4j set-up (DEBUG to the console) and no guessing the language, which only ever warns
        var validator = new SimpleDocumentValidator(false, false, false);
        try {
            validator.setUpMainSchema(HTML_SCHEMA, COLLECTOR);
            if (!COLLECTOR.found.isEmpty()) {
                throw new IllegalStateException("The HTML checker's schema has errors: " + COLLECTOR.found);
            }
            // buffered rather than streamed, so that a parse error is reported and checking goes on
            validator.setUpValidatorAndParsers(COLLECTOR, true, false);
        } catch (Exception e) {
            throw new IllegalStateException("Cannot set up the HTML checker", e);
        }
        return validator;
    }

    private static final class Collector implements ErrorHandler {

        final List<SAXParseException> found = new ArrayList<>();

        @Override
        public void warning(SAXParseException warning) {
            // warnings and informational notes are advice, not errors
        }

        @Override
        public void error(SAXParseException error) {
            found.add(error);
        }

        @Override
        public void fatalError(SAXParseException error) throws SAXParseException {
            found.add(error);
            throw error;
        }
    }
}
