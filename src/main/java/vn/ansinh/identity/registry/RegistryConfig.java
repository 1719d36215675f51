package vn.ansinh.identity.registry;

import io.smallrye.config.ConfigMapping;
import vn.ansinh.platform.remote.CounterpartyConfig;

/** {@code ansinh.registry.*}: where the population registry is and how to treat it. */
@ConfigMapping(prefix = "ansinh.registry")
public interface RegistryConfig extends CounterpartyConfig {}
