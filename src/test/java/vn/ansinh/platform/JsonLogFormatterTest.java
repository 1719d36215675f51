package vn.ansinh.platform;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.logging.Level;
import org.jboss.logmanager.ExtLogRecord;
import org.junit.jupiter.api.Test;
import vn.ansinh.platform.logging.JsonLogFormatter;

/** The optional JSON log format: one parseable object per line, identifiers masked even in stack traces. */
class JsonLogFormatterTest {

    /** Proves that a record with quotes, a CCCD and an exception becomes one valid, masked JSON line. */
    @Test
    void recordBecomesOneMaskedJsonLine() throws Exception {
        var record = new ExtLogRecord(Level.WARNING, "paying \"%s\"", ExtLogRecord.FormatStyle.PRINTF, "x");
        record.setParameters(new Object[] {"079123456789"});
        record.setLoggerName("vn.ansinh.test");
        record.setThrown(new IllegalStateException("account 0011001932418 refused"));
        String line = new JsonLogFormatter().format(record);
        assertTrue(line.endsWith("\n"));
        assertEquals(1, line.strip().lines().count());
        var json = new ObjectMapper().readTree(line);
        assertEquals("WARNING", json.get("level").asText());
        assertEquals("paying \"079******789\"", json.get("message").asText());
        assertTrue(json.get("exception").asText().contains("001*******418"));
        assertFalse(line.contains("079123456789") || line.contains("0011001932418"));
    }
}
