package com.clinicplatform.markdown;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

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
}
