package vn.ansinh.rails.dispatch;

import io.quarkus.arc.DefaultBean;
import io.vertx.mutiny.core.Vertx;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Disposes;
import jakarta.enterprise.inject.Produces;
import vn.ansinh.rails.bank.BankRails;
import vn.ansinh.rails.bank.HttpBankRails;

/** The paying banks over HTTP, at {@code ansinh.dispatch.bank.url}; a test may replace the bean. */
@ApplicationScoped
public class BankRailsProducer {

    @Produces
    @ApplicationScoped
    @DefaultBean
    BankRails bankRails(Vertx vertx, DispatchConfig config) {
        return new HttpBankRails(vertx, config.bank(), config.fileUploadTimeout());
    }

    void close(@Disposes BankRails rails) {
        if (rails instanceof HttpBankRails http) {
            http.close();
        }
    }
}
