package org.npkg.report;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.UncheckedIOException;

/**
 * The report's data as JSON that is safe inside a {@code <script type="application/json">}
 * element: {@code <}, {@code >} and {@code &} are written as JSON escapes, so no sentence can
 * close the element or open a comment.
 */
final class ReportJson {

    private static final ObjectMapper JSON = new ObjectMapper();

    private ReportJson() {}

    static String of(ReportData data) {
        try {
            return JSON.writeValueAsString(data)
                    .replace("<", "\\u003c")
                    .replace(">", "\\u003e")
                    .replace("&", "\\u0026");
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }
}
