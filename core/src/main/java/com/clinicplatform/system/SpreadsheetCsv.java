package com.clinicplatform.system;

import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

/**
 * CSV that staff open in a spreadsheet. Commons CSV does the quoting; this adds what a spreadsheet needs besides: a
 * byte-order mark so Excel reads UTF-8 names right, and cells that cannot run as formulas. A visitor can type
 * {@code =HYPERLINK(...)} into a form; left as it is, the spreadsheet would run it when staff open the export.
 */
public final class SpreadsheetCsv implements AutoCloseable {

    private final CSVPrinter printer;

    public SpreadsheetCsv(OutputStream out, String... headers) {
        try {
            out.write(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF});
            this.printer = CSVFormat.EXCEL.builder().setHeader(headers).get()
                    .print(new OutputStreamWriter(out, StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public void row(String... cells) {
        try {
            printer.printRecord(Arrays.stream(cells).map(SpreadsheetCsv::inert));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * The cell as text a spreadsheet shows and never evaluates: a leading {@code = + - @}, tab or carriage return
     * (what starts a formula, or hides one) gets an apostrophe before it, as OWASP advises.
     */
    static String inert(String cell) {
        if (cell == null || cell.isEmpty()) {
            return "";
        }
        return switch (cell.charAt(0)) {
            case '=', '+', '-', '@', '\t', '\r' -> "'" + cell;
            default -> cell;
        };
    }

    /** Writes out what is buffered; the stream stays open: it belongs to the caller. */
    @Override
    public void close() {
        try {
            printer.flush();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
