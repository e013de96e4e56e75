package com.clinicplatform.admin.base;

import java.io.OutputStream;
import java.util.function.Consumer;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.server.streams.DownloadHandler;

/**
 * A link that downloads what {@code write} writes, streamed as it is written, so a large export never sits whole in
 * memory. The writer runs outside the UI's lock: it must read only what is safe there.
 */
public class DownloadLink extends Anchor {

    public DownloadLink(String text, String fileName, String contentType, Consumer<OutputStream> write) {
        super((DownloadHandler) event -> {
            event.setFileName(fileName);
            event.setContentType(contentType);
            try (var out = event.getOutputStream()) {
                write.accept(out);
            }
        }, text);
        addClassName("export-link");
    }
}
