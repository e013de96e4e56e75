package com.clinicplatform.testsupport;

import java.io.IOException;
import java.io.StringReader;
import java.util.Arrays;
import java.util.HashSet;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;

import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.xml.sax.InputSource;
import org.xml.sax.SAXException;

/**
 * Checks HTML from core's Markdown renderer against what it may ever write: only the elements Markdown makes, no
 * attribute but {@code href} on a link (and the {@code rel} the renderer adds itself) and {@code start} on a numbered
 * list, and no link address with a scheme other than http, https, mailto or tel. The HTML is read twice: as text, for
 * anything that looks like markup it must not hold, and as a document tree (the JDK's XML parser, after wrapping it in
 * one element; the renderer writes well-formed markup), for what a browser would make of it.
 */
public final class SafeHtml {

    /** What Markdown makes, and so all the renderer lets through (never h1: the page has that). */
    public static final Set<String> ELEMENTS = Set.of("p", "br", "hr", "h2", "h3", "h4", "h5", "h6", "ul", "ol",
            "li", "strong", "em", "code", "pre", "blockquote", "a");
    public static final Set<String> SCHEMES = Set.of("http", "https", "mailto", "tel");
    /** What the renderer adds to every link, so a page it opens cannot reach back. */
    private static final Set<String> LINK_RELS = Set.of("noopener", "noreferrer");

    private static final Pattern TAG = Pattern.compile("<(/?)([^\\s/>]*)([^>]*)>");
    private static final Pattern SCHEME = Pattern.compile("^([a-zA-Z][a-zA-Z0-9+.\\-]*):");
    private static final Pattern DANGER_IN_MARKUP = Pattern.compile(
            "(?i)(\\bon[a-z]+\\s*=|javascript:|vbscript:|livescript:|data:|expression\\(|\\bstyle\\s*=|\\bsrc\\s*=)");
    private static final String[] NEVER_IN_THE_TEXT = {"<script", "<iframe", "<object", "<embed", "<svg", "<math",
            "<style", "<img", "<link", "<meta", "<base", "<form", "<input", "<!--", "<![cdata[", "<?", "<!doctype"};
    /** A browser ignores these inside a URL's scheme; so must the check. */
    private static final Pattern IGNORED_IN_URL = Pattern.compile("[\\t\\n\\r]");

    private SafeHtml() {
    }

    /**
     * @throws AssertionError naming what was let through
     */
    public static void check(String html) {
        checkText(html);
        checkTree(html);
    }

    private static void checkText(String html) {
        var lower = html.toLowerCase(Locale.ROOT);
        for (var forbidden : NEVER_IN_THE_TEXT) {
            if (lower.contains(forbidden)) {
                throw new AssertionError("'" + forbidden + "' in " + excerpt(html, lower.indexOf(forbidden)));
            }
        }
        var tags = TAG.matcher(html);
        while (tags.find()) {
            var name = tags.group(2).toLowerCase(Locale.ROOT);
            if (!ELEMENTS.contains(name)) {
                throw new AssertionError("the element <" + name + "> in " + excerpt(html, tags.start()));
            }
            var danger = DANGER_IN_MARKUP.matcher(tags.group(3));
            if (danger.find()) {
                throw new AssertionError("'" + danger.group() + "' inside a tag: " + excerpt(html, tags.start()));
            }
        }
    }

    private static void checkTree(String html) {
        Element root;
        try {
            var factory = DocumentBuilderFactory.newInstance();
            factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
            factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
            factory.setExpandEntityReferences(false);
            // the JDK's limits are for documents from elsewhere; the renderer's own stops nesting at 256 levels, and
            // a long text is what some payloads are
            factory.setAttribute("jdk.xml.maxElementDepth", 1_000);
            factory.setAttribute("jdk.xml.maxGeneralEntitySizeLimit", 0);
            factory.setAttribute("jdk.xml.totalEntitySizeLimit", 0);
            root = factory.newDocumentBuilder()
                    .parse(new InputSource(new StringReader("<rendered>" + html + "</rendered>")))
                    .getDocumentElement();
        } catch (ParserConfigurationException | SAXException | IOException e) {
            throw new AssertionError("not well-formed (" + e.getMessage() + "): " + excerpt(html, 0), e);
        }
        for (Node child = root.getFirstChild(); child != null; child = child.getNextSibling()) {
            checkNode(child, html);
        }
    }

    private static void checkNode(Node node, String html) {
        switch (node.getNodeType()) {
            case Node.TEXT_NODE -> {
                return;
            }
            case Node.ELEMENT_NODE -> checkElement((Element) node, html);
            default -> throw new AssertionError("a node of type " + node.getNodeType() + " (" + node.getNodeName()
                    + ") in " + excerpt(html, 0));
        }
        for (Node child = node.getFirstChild(); child != null; child = child.getNextSibling()) {
            checkNode(child, html);
        }
    }

    private static void checkElement(Element element, String html) {
        var name = element.getTagName();
        if (!ELEMENTS.contains(name)) {
            throw new AssertionError("the element <" + name + "> in " + excerpt(html, 0));
        }
        var attributes = element.getAttributes();
        for (int i = 0; i < attributes.getLength(); i++) {
            var attribute = attributes.item(i);
            var allowed = switch (name + " " + attribute.getNodeName()) {
                case "a href" -> isSafeAddress(attribute.getNodeValue());
                case "a rel" -> LINK_RELS.containsAll(new HashSet<>(Arrays.asList(
                        attribute.getNodeValue().strip().split("\\s+"))));
                case "ol start" -> attribute.getNodeValue().matches("\\d{1,6}");
                default -> false;
            };
            if (!allowed) {
                throw new AssertionError("the attribute " + attribute.getNodeName() + "=\"" + attribute.getNodeValue()
                        + "\" on <" + name + "> in " + excerpt(html, 0));
            }
        }
    }

    /** A link to a web page, an email address or a phone number, or a relative one, as a browser would read it. */
    private static boolean isSafeAddress(String href) {
        var read = IGNORED_IN_URL.matcher(href).replaceAll("").replaceFirst("^[\\x00-\\x20]+", "");
        var scheme = SCHEME.matcher(read);
        return !scheme.find() || SCHEMES.contains(scheme.group(1).toLowerCase(Locale.ROOT));
    }

    private static String excerpt(String html, int at) {
        int from = Math.max(0, at - 60);
        int to = Math.min(html.length(), at + 140);
        return (from > 0 ? "…" : "") + html.substring(from, to) + (to < html.length() ? "…" : "");
    }
}
