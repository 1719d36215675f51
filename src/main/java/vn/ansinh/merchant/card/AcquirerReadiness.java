package vn.ansinh.merchant.card;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Readiness;

/**
 * {@code acquirer-host} in {@code /q/health/ready}: down when the acquirer host is enabled but takes no new
 * connection (not started, closed, or its accept loop ended on an error), which terminals would otherwise only
 * notice as connection timeouts while the engine looked healthy.
 */
@Readiness
@ApplicationScoped
public class AcquirerReadiness implements HealthCheck {

    @Inject AcquirerConfig config;
    @Inject AcquirerHost host;

    @Override
    public HealthCheckResponse call() {
        var check = HealthCheckResponse.named("acquirer-host").withData("enabled", config.enabled());
        if (!config.enabled()) return check.up().build();
        if (!host.isAccepting()) return check.down().withData("reason", "the ISO 8583 host takes no new connection").build();
        return check.up().withData("port", host.port().orElseThrow()).build();
    }
}
