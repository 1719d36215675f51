package vn.ansinh.rails.issue;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** {@code ansinh.issue.*}: the limits of issuing payments for a source. */
@ConfigMapping(prefix = "ansinh.issue")
public interface IssueConfig {

    /** Most payments one source may ask for at once; a settlement batch has one per merchant. */
    @WithDefault("1000000")
    int ordersPerSourceMax();

    /** Payments written per INSERT statement, so one statement's arrays stay small. */
    @WithDefault("1000")
    int paymentsPerInsertMax();
}
