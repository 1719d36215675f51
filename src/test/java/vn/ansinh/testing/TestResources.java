package vn.ansinh.testing;

import io.quarkus.test.common.QuarkusTestResource;

/** Registers {@link EngineTestResource} once for every @QuarkusTest in the module. */
@QuarkusTestResource(value = EngineTestResource.class, restrictToAnnotatedClass = false)
public final class TestResources {
    private TestResources() {}
}
