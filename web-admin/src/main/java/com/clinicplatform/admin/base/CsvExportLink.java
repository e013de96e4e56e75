package com.clinicplatform.admin.base;

import java.io.OutputStream;
import java.util.function.Consumer;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.server.streams.DownloadHandler;

/**
 * "Export CSV": a link that downloads what {@code write} writes, streamed as it is written, so an export of years of
 * records never sits whole in memory. The writer runs outside the UI's lock: it must read only what is safe there.
 */
public final class CsvExportLink extends Anchor {

    public CsvExportLink(String fileName, Consumer<OutputStream> write) {
        super((DownloadHandler) event -> {
            event.setFileName(fileName);
            event.setContentType("text/csv; charset=UTF-8");
            try (var out = event.getOutputStream()) {
                write.accept(out);
            }
        }, "Export CSV");
        addClassName("export-link");
    }
}
