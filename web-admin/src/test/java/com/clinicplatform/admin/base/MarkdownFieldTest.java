package com.clinicplatform.admin.base;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.textfield.TextArea;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;

import com.clinicplatform.markdown.MarkdownRenderer;
import com.clinicplatform.testsupport.SafeHtml;
import com.clinicplatform.testsupport.XssPayloads;

/**
 * The preview beside Markdown being typed: what the renderer makes of it, so no script or markup an author types
 * reaches the console's page either (the preview is set as the element's HTML, where an image's onerror would run).
 */
@SpringBootTest
class MarkdownFieldTest extends SpringBrowserlessTest {

    @Autowired
    MarkdownRenderer markdown;

    static List<XssPayloads.Payload> payloads() {
        return XssPayloads.all();
    }

    @Test
    void thePreviewShowsTheMarkdownAsThePageWillAndTheValueIsWhatWasTyped() {
        var field = fieldOnThePage(MarkdownRenderer.PAGE_HEADINGS);

        type(field, "# Care\n\nRest **two days**.");

        assertThat(field.previewHtml()).contains("<h2>Care</h2>").contains("<strong>two days</strong>");
        assertThat(field.getValue()).isEqualTo("# Care\n\nRest **two days**.");
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("payloads")
    void noPayloadTypedPutsScriptOrMarkupOfItsOwnIntoThePreview(XssPayloads.Payload payload) {
        for (int level : new int[] {MarkdownRenderer.SECTION_HEADINGS, MarkdownRenderer.PAGE_HEADINGS}) {
            var field = fieldOnThePage(level);

            type(field, payload.markdown());

            assertThat(field.previewHtml()).isEqualTo(markdown.toHtml(payload.markdown(), level))
                    .doesNotContainIgnoringCase("<script").doesNotContainIgnoringCase("onerror=");
            SafeHtml.check(field.previewHtml());
            assertThat(field.getValue()).as("kept as typed").isEqualTo(payload.markdown());
        }
    }

    private MarkdownField fieldOnThePage(int firstHeadingLevel) {
        var field = new MarkdownField("Body", markdown, firstHeadingLevel);
        UI.getCurrent().add(field);
        return field;
    }

    /** As the person types: the text area's value changes from the browser. */
    private void type(MarkdownField field, String text) {
        test(test(field).find(TextArea.class).single()).setValue(text);
    }
}
