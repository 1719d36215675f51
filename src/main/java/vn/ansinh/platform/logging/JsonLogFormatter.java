package vn.ansinh.platform.logging;

import com.fasterxml.jackson.core.JsonFactory;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.time.Instant;
import org.jboss.logmanager.ExtFormatter;
import org.jboss.logmanager.ExtLogRecord;

/**
 * One JSON object per line, for log shippers. The message arrives already masked by {@link PiiMaskingFilter};
 * stack traces are masked here too, since exception messages can quote input.
 */
public final class JsonLogFormatter extends ExtFormatter {

    static final int STACK_TRACE_CHARS_MAX = 8_000;
    private static final JsonFactory JSON = new JsonFactory();

    @Override
    public String format(ExtLogRecord record) {
        var out = new StringWriter(256);
        try (var json = JSON.createGenerator(out)) {
            json.writeStartObject();
            json.writeStringField("timestamp", Instant.ofEpochMilli(record.getMillis()).toString());
            json.writeStringField("level", record.getLevel().getName());
            json.writeStringField("logger", record.getLoggerName());
            json.writeStringField("thread", record.getThreadName());
            json.writeStringField("message", LogMasking.mask(record.getFormattedMessage()));
            if (record.getThrown() != null) {
                json.writeStringField("exception", LogMasking.mask(stackTrace(record.getThrown())));
            }
            json.writeEndObject();
        } catch (IOException e) {
            return "{\"level\":\"ERROR\",\"message\":\"log record could not be written as JSON\"}\n";
        }
        return out.append('\n').toString();
    }

    private static String stackTrace(Throwable thrown) {
        var text = new StringWriter();
        thrown.printStackTrace(new PrintWriter(text));
        String trace = text.toString();
        return trace.length() <= STACK_TRACE_CHARS_MAX ? trace : trace.substring(0, STACK_TRACE_CHARS_MAX) + "…";
    }
}
