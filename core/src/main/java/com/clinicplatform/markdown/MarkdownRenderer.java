package com.clinicplatform.markdown;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

import org.commonmark.node.AbstractVisitor;
import org.commonmark.node.Heading;
import org.commonmark.node.Node;
import org.commonmark.parser.Parser;
import org.commonmark.renderer.html.DefaultUrlSanitizer;
import org.commonmark.renderer.html.HtmlRenderer;
import org.commonmark.renderer.text.LineBreakRendering;
import org.commonmark.renderer.text.TextContentRenderer;
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
    public static final int SECTION_HEADINGS = 3;

    /** Text that stands alone under the page's h1, such as a condition's description: its headings start at h2. */
    public static final int PAGE_HEADINGS = 2;

    private static final PolicyFactory POLICY = new HtmlPolicyBuilder()
            .allowElements("p", "br", "hr", "h2", "h3", "h4", "h5", "h6", "ul", "ol", "li", "strong", "em", "code",
                    "pre", "blockquote", "a")
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
    private final TextContentRenderer plainText = TextContentRenderer.builder()
            .lineBreakRendering(LineBreakRendering.SEPARATE_BLOCKS)
            .build();

    /** Safe HTML whose headings start at h3, for text inside a titled section. */
    public String toHtml(String markdown) {
        return toHtml(markdown, SECTION_HEADINGS);
    }

    /**
     * Safe HTML whose top heading becomes {@code firstHeadingLevel} and the others keep their distance from it, so the
     * page's outline has no gap whichever level the author started at.
     */
    public String toHtml(String markdown, int firstHeadingLevel) {
        if (markdown == null || markdown.isBlank()) {
            return "";
        }
        Node document = parser.parse(markdown);
        var levels = new ArrayList<Heading>();
        document.accept(new AbstractVisitor() {
            @Override
            public void visit(Heading heading) {
                levels.add(heading);
                visitChildren(heading);
            }
        });
        int top = levels.stream().mapToInt(Heading::getLevel).min().orElse(1);
        levels.forEach(heading -> heading.setLevel(Math.min(6, heading.getLevel() - top + firstHeadingLevel)));
        return POLICY.sanitize(renderer.render(document));
    }

    /** The words of the text without any Markdown, for search to index and quote. */
    public String toPlainText(String markdown) {
        if (markdown == null || markdown.isBlank()) {
            return "";
        }
        return plainText.render(parser.parse(markdown)).strip();
    }
}
