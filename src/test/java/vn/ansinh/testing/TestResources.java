package vn.ansinh.testing;

import io.quarkus.test.common.QuarkusTestResource;

/** Registers the resources every @QuarkusTest in the module shares: token keys, database, sandbox. */
@QuarkusTestResource(value = EngineTestResource.class, restrictToAnnotatedClass = false)
@QuarkusTestResource(value = SandboxTestResource.class, restrictToAnnotatedClass = false)
public final class TestResources {
    private TestResources() {}
}
