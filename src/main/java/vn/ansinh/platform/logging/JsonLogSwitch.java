package vn.ansinh.platform.logging;

import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.util.logging.ConsoleHandler;
import java.util.logging.Handler;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logmanager.LogContext;

/**
 * Turns console logs into JSON lines when {@code ANSINH_LOG_JSON=true}. Quarkus's own JSON logging extension is
 * missing from the package mirror this build uses, so the formatter is set on the console handler at start;
 * the few lines logged before that stay plain text.
 */
@ApplicationScoped
public class JsonLogSwitch {

    @ConfigProperty(name = "ansinh.log.json") boolean json;

    void onStart(@Observes StartupEvent event) {
        if (!json) return;
        for (Handler handler : LogContext.getLogContext().getLogger("").getHandlers()) {
            install(handler);
        }
    }

    private static void install(Handler handler) {
        if (handler instanceof ConsoleHandler || handler.getClass().getSimpleName().contains("Console")) {
            handler.setFormatter(new JsonLogFormatter());
        }
        if (handler instanceof org.jboss.logmanager.ExtHandler ext) {
            for (Handler nested : ext.getHandlers()) install(nested);
        }
    }
}
