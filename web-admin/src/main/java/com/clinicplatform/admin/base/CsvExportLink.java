package com.clinicplatform.admin.base;

import java.io.OutputStream;
import java.util.function.Consumer;

/** "Export CSV": a {@link DownloadLink} for a spreadsheet of what a list shows. */
public final class CsvExportLink extends DownloadLink {

    public CsvExportLink(String fileName, Consumer<OutputStream> write) {
        super("Export CSV", fileName, "text/csv; charset=UTF-8", write);
    }
}
