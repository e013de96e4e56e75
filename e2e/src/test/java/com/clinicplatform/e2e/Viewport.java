package com.clinicplatform.e2e;

import java.util.Map;
import java.util.Optional;

import org.openqa.selenium.chrome.ChromeDriver;

/**
 * A screen the browser emulates. Chromium keeps a window at least 500 px wide, so the size is set through the
 * DevTools protocol; a phone also gets mobile layout: overlay scrollbars and {@code <meta name="viewport">}.
 */
record Viewport(int width, int height, boolean phone) {

    void apply(ChromeDriver browser) {
        browser.executeCdpCommand("Emulation.setDeviceMetricsOverride",
                Map.of("width", width, "height", height, "deviceScaleFactor", 1, "mobile", phone));
    }

    /** How the page just loaded is not laid out for this screen, if it is not. */
    Optional<String> misfit(ChromeDriver browser) {
        // a phone lays out a page without <meta name="viewport" content="width=device-width"> 980 px wide
        var script = phone ? "return document.documentElement.clientWidth" : "return window.innerWidth";
        long laidOut = ((Number) browser.executeScript(script)).longValue();
        if (laidOut == width) {
            return Optional.empty();
        }
        var hint = phone ? ": does it declare <meta name=\"viewport\" content=\"width=device-width\">?" : "";
        return Optional.of("is laid out " + laidOut + " px wide on a " + this + " screen" + hint);
    }

    @Override
    public String toString() {
        return width + "×" + height + (phone ? " phone" : "");
    }
}
