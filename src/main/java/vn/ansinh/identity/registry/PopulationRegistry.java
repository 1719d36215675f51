package vn.ansinh.identity.registry;

import io.smallrye.mutiny.Uni;
import java.util.Collection;
import java.util.Map;

/**
 * The national population registry, looked up by CCCD. A CCCD missing from the answer is not known to the
 * registry. Fails with {@link vn.ansinh.platform.remote.CounterpartyUnavailable} when the registry cannot answer.
 */
public interface PopulationRegistry {

    Uni<Map<String, Citizen>> lookup(Collection<String> cccds);
}
