package com.clinicplatform.markdown;

import java.util.List;
import java.util.regex.Pattern;

import org.commonmark.node.AbstractVisitor;
import org.commonmark.node.Heading;
import org.commonmark.node.Node;
import org.commonmark.parser.Parser;
import org.commonmark.renderer.html.DefaultUrlSanitizer;
import org.commonmark.renderer.html.HtmlRenderer;
import org.owasp.html.HtmlPolicyBuilder;
import org.owasp.html.PolicyFactory;
import org.springframework.stereotype.Component;

/**
 * Renders the Markdown of section bodies, answers and the disclaimer to safe HTML. CommonMark escapes any raw HTML
 * the text holds and drops unsafe link targets; the sanitiser then lets through only the handful of elements
 * Markdown produces, so no markup or script an author typed can reach a page.
 */
@Component
public class MarkdownRenderer {

    /** Section bodies sit below the page's h1 and the section's h2: their own headings start at h3. */
    private static final int FIRST_BODY_HEADING_LEVEL = 3;

    private static final PolicyFactory POLICY = new HtmlPolicyBuilder()
            .allowElements("p", "br", "hr", "h3", "h4", "h5", "h6", "ul", "ol", "li", "strong", "em", "code", "pre",
                    "blockquote", "a")
            .allowUrlProtocols("https", "http", "mailto", "tel")
            .allowAttributes("href").onElements("a")
            .allowAttributes("start").matching(Pattern.compile("\\d{1,6}")).onElements("ol")
            .requireRelsOnLinks("noopener", "noreferrer")
            .toFactory();

    private final Parser parser = Parser.builder().build();
    private final HtmlRenderer renderer = HtmlRenderer.builder()
            .escapeHtml(true)
            .sanitizeUrls(true)
            .urlSanitizer(new DefaultUrlSanitizer(List.of("http", "https", "mailto", "tel")))
            .build();

    public String toHtml(String markdown) {
        if (markdown == null || markdown.isBlank()) {
            return "";
        }
        Node document = parser.parse(markdown);
        document.accept(new AbstractVisitor() {
            @Override
            public void visit(Heading heading) {
                heading.setLevel(Math.min(6, heading.getLevel() + FIRST_BODY_HEADING_LEVEL - 1));
                visitChildren(heading);
            }
        });
        return POLICY.sanitize(renderer.render(document));
    }
}
