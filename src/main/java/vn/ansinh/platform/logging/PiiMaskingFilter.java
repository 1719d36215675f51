package vn.ansinh.platform.logging;

import io.quarkus.logging.LoggingFilter;
import java.util.logging.Filter;
import java.util.logging.LogRecord;
import org.jboss.logmanager.ExtLogRecord;

/**
 * Runs on every log handler (quarkus.log.*.filter=pii-mask): formats the message once, masks CCCD and account
 * numbers in it, and hands the masked text on. It never drops a record.
 */
@LoggingFilter(name = "pii-mask")
public final class PiiMaskingFilter implements Filter {

    @Override
    public boolean isLoggable(LogRecord record) {
        if (record instanceof ExtLogRecord ext) {
            String formatted = ext.getFormattedMessage();
            String masked = LogMasking.mask(formatted);
            if (masked != null && !masked.equals(formatted)) {
                ext.setMessage(masked, ExtLogRecord.FormatStyle.NO_FORMAT);
                ext.setParameters(null);
            }
        } else if (record.getMessage() != null) {
            record.setMessage(LogMasking.mask(record.getMessage()));
        }
        return true;
    }
}
