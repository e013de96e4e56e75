package com.clinicplatform.e2e;

import java.util.List;

import org.openqa.selenium.WebDriver;

import com.deque.html.axecore.results.Rule;
import com.deque.html.axecore.selenium.AxeBuilder;

/** axe-core, the copy bundled with Deque's Selenium binding, run on the page a browser shows now. */
final class AxeCheck {

    // WCAG 2.0, 2.1 and 2.2 at levels A and AA, and Deque's best practices
    private static final List<String> TAGS =
            List.of("wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa", "best-practice");

    private AxeCheck() {
    }

    /**
     * The rules the page breaks, each as its id, impact, help text and address, then one line per failing element:
     * its selector and what is wrong with it.
     */
    static List<String> violations(WebDriver browser) {
        var results = new AxeBuilder().withTags(TAGS).analyze(browser);
        if (results.isErrored()) {
            throw new IllegalStateException("axe-core failed on " + browser.getCurrentUrl() + ": "
                    + results.getErrorMessage());
        }
        return results.getViolations().stream().map(AxeCheck::describe).toList();
    }

    private static String describe(Rule rule) {
        var text = new StringBuilder()
                .append(rule.getId()).append(" (").append(rule.getImpact()).append("): ")
                .append(rule.getHelp()).append(" <").append(rule.getHelpUrl().replaceFirst("\\?.*", "")).append('>');
        for (var node : rule.getNodes()) {
            text.append("\n    ").append(node.getTarget()).append(": ")
                    .append(node.getFailureSummary().strip().replaceAll("\n\\s*\n", "\n").replace("\n", "\n      "));
        }
        return text.toString();
    }
}
