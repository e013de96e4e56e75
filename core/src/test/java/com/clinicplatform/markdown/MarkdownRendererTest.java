package com.clinicplatform.markdown;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

import com.clinicplatform.testsupport.SafeHtml;
import com.clinicplatform.testsupport.XssPayloads;

class MarkdownRendererTest {

    private final MarkdownRenderer renderer = new MarkdownRenderer();

    @Test
    void rendersParagraphsListsAndEmphasis() {
        String html = renderer.toHtml("Rest for **two days**.\n\n- ice\n- gentle walks\n");

        assertThat(html).contains("<p>Rest for <strong>two days</strong>.</p>")
                .contains("<ul>").contains("<li>ice</li>").contains("<li>gentle walks</li>");
    }

    @Test
    void rawHtmlAndScriptNeverSurvive() {
        String html = renderer.toHtml("Hello <script>alert(1)</script> <img src=x onerror=alert(2)>\n\n"
                + "<div onclick=\"steal()\">block</div>");

        assertThat(html).doesNotContain("<script").doesNotContain("<img").doesNotContain("<div")
                .doesNotContain("onerror=alert").doesNotContain("onclick=\"");
    }

    @Test
    void unsafeLinkTargetsAreDropped() {
        String html = renderer.toHtml("[click](javascript:alert(1)) and [call](tel:+442079460321)");

        assertThat(html).doesNotContain("javascript:").contains("href=\"tel:&#43;442079460321\"");  // the sanitiser writes + as a character reference
    }

    @Test
    void headingsInABodyStartBelowTheSectionHeading() {
        String html = renderer.toHtml("# Top\n\n## Next");

        assertThat(html).contains("<h3>Top</h3>").contains("<h4>Next</h4>").doesNotContain("<h1>");
    }

    @Test
    void textUnderThePageHeadingStartsAtH2WhicheverLevelTheAuthorBeganAt() {
        String html = renderer.toHtml("## Causes\n\n### Knees\n\n#### Detail", MarkdownRenderer.PAGE_HEADINGS);

        assertThat(html).contains("<h2>Causes</h2>").contains("<h3>Knees</h3>").contains("<h4>Detail</h4>");
    }

    @Test
    void plainTextKeepsTheWordsWithoutTheMarkdown() {
        assertThat(renderer.toPlainText("## Causes\n\nWear and **injury**, see [the guide](https://example.com)."))
                .contains("Causes").contains("Wear and injury, see").doesNotContain("**").doesNotContain("](");
    }

    @Test
    void nothingGivesNothing() {
        assertThat(renderer.toHtml("  ")).isEmpty();
        assertThat(renderer.toHtml((String) null)).isEmpty();
    }

    static List<XssPayloads.Payload> payloads() {
        return XssPayloads.all();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("payloads")
    void noPayloadGetsMarkupOrScriptOfItsOwnOntoThePageAtEitherHeadingLevel(XssPayloads.Payload payload) {
        for (int level : new int[] {MarkdownRenderer.SECTION_HEADINGS, MarkdownRenderer.PAGE_HEADINGS}) {
            SafeHtml.check(renderer.toHtml(payload.markdown(), level));
        }
    }

    @Test
    void thePayloadsCoverEveryKindOfAttackTheirListNames() {
        assertThat(XssPayloads.written()).hasSizeGreaterThanOrEqualTo(40);
        assertThat(XssPayloads.written()).extracting(XssPayloads.Payload::markdown)
                .anyMatch(markdown -> markdown.contains("<script"))
                .anyMatch(markdown -> markdown.contains("onerror="))
                .anyMatch(markdown -> markdown.startsWith("<javascript:"))
                .anyMatch(markdown -> markdown.contains("&#106;"))
                .anyMatch(markdown -> markdown.contains("<![CDATA["))
                .anyMatch(markdown -> markdown.contains("\n[evil]: javascript:"))
                .anyMatch(markdown -> markdown.startsWith("`"));
    }

    /** The check itself: each of these would put something of the author's on the page, and it must say so. */
    @ParameterizedTest
    @ValueSource(strings = {
            "<p><script>alert(1)</script></p>",
            "<p><img src=\"x\" /></p>",
            "<p onclick=\"alert(1)\">x</p>",
            "<p><a href=\"javascript:alert(1)\">x</a></p>",
            "<p><a href=\" JavaScript:alert(1)\">x</a></p>",
            "<p><a href=\"jav&#x09;ascript:alert(1)\">x</a></p>",
            "<p><a href=\"data:text/html,x\">x</a></p>",
            "<p><a href=\"https://example.com\" title=\"t\">x</a></p>",
            "<p><a href=\"https://example.com\" rel=\"opener\">x</a></p>",
            "<ol start=\"1\" type=\"a\"><li>x</li></ol>",
            "<h1>Title</h1>",
            "<p><!-- note --></p>",
            "<p>unclosed",
    })
    void theCheckCatchesWhatWouldSlipThrough(String html) {
        assertThatThrownBy(() -> SafeHtml.check(html)).isInstanceOf(AssertionError.class);
    }

    @Test
    void theCheckLetsThroughWhatMarkdownMakes() {
        var html = renderer.toHtml("## Care\n\nRest **two days**, *then* walk.\n\n3. ice\n4. [call](tel:+442079460321)"
                + "\n\n> [mail](mailto:desk@example.com) or [read](https://example.com/a?b=c&d=e)\n\n---\n\n`x`\n\n"
                + "    code", MarkdownRenderer.PAGE_HEADINGS);

        SafeHtml.check(html);
        assertThat(html).contains("<h2>", "<ol start=\"3\">", "<blockquote>", "<hr />", "<pre><code>");
    }
}
