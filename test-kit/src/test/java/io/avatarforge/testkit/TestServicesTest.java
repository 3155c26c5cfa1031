package io.avatarforge.testkit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.avatarforge.testkit.TestServices.Kind;
import java.nio.file.Path;
import java.util.Map;
import java.util.HashMap;
import java.util.concurrent.atomic.AtomicInteger;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;

/**
 * Which services the integration tests run on, decided in {@link TestServices} from what the machine shows. The
 * Testcontainers side cannot run here (no Docker engine): this is its only test.
 */
class TestServicesTest {

    private static final Path HOME = Path.of("/home/dev");

    @Test
    void whereAnEngineAnswersTheTestsRunOnContainers() {
        var choice = TestServices.choose(null, aMachine().withSocket("/var/run/docker.sock").answering());

        assertThat(choice.kind()).isEqualTo(Kind.CONTAINERS);
        assertThat(choice.reason()).contains("/var/run/docker.sock");
        assertThat(choice.consoleLine()).contains("Testcontainers' PostgreSQL and Kafka");
    }

    @Test
    void whereADockerHostAnswersTheTestsRunOnContainersToo() {
        var choice = TestServices.choose(null, aMachine().withEnvironment("DOCKER_HOST", "tcp://10.0.0.5:2375")
                .answering());

        assertThat(choice.kind()).isEqualTo(Kind.CONTAINERS);
        assertThat(choice.reason()).contains("tcp://10.0.0.5:2375");
    }

    @Test
    void aSocketNoEngineAnswersOnLeavesTheLocalServices() {
        var choice = TestServices.choose(null, aMachine().withSocket("/var/run/docker.sock"));

        assertThat(choice.kind()).isEqualTo(Kind.LOCAL);
        assertThat(choice.reason()).isEqualTo("no Docker engine answers at /var/run/docker.sock");
        assertThat(choice.consoleLine()).contains("the local services (PostgreSQL at ");
    }

    @Test
    void withNoDockerEndpointTheSlowEngineCheckIsNeverAsked() {
        Machine machine = aMachine();

        var choice = TestServices.choose(null, machine);

        assertThat(choice.kind()).isEqualTo(Kind.LOCAL);
        assertThat(choice.reason()).startsWith("no Docker endpoint on this machine");
        assertThat(machine.engineChecks.get()).isZero();
    }

    @Test
    void dockerDesktopsRootlessAndTestcontainersOwnSettingsAreEndpointsToo() {
        assertThat(aMachine().withSocket("/home/dev/.docker/run/docker.sock").docker().endpoint()).isNotNull();
        assertThat(aMachine().withSocket("/run/user/1000/docker.sock").withEnvironment("XDG_RUNTIME_DIR",
                "/run/user/1000").docker().endpoint()).isEqualTo("/run/user/1000/docker.sock");
        assertThat(aMachine().withFile("/home/dev/.testcontainers.properties", "docker.host=tcp://10.0.0.5:2375\n")
                .docker().endpoint()).isEqualTo("/home/dev/.testcontainers.properties");
        assertThat(aMachine().withFile("/home/dev/.testcontainers.properties", "ryuk.disabled=true\n").docker()
                .endpoint()).isNull();
        assertThat(aMachine().docker().endpoint()).isNull();
    }

    @Test
    void theOverrideChoosesLocalWithoutAskingAndContainersOnlyWhereAnEngineAnswers() {
        Machine answering = aMachine().withSocket("/var/run/docker.sock").answering();
        assertThat(TestServices.choose("local", answering).kind()).isEqualTo(Kind.LOCAL);
        assertThat(answering.engineChecks.get()).isZero();

        // Asked for containers, the engine is asked even without an endpoint in sight (a remote one Testcontainers knows).
        assertThat(TestServices.choose("containers", aMachine().answering()).kind()).isEqualTo(Kind.CONTAINERS);
        assertThatThrownBy(() -> TestServices.choose("containers", aMachine()))
                .hasMessageContaining("no Docker engine answers");
        assertThatThrownBy(() -> TestServices.choose("podman", aMachine())).hasMessageContaining("local or containers");
    }

    private static Machine aMachine() {
        return new Machine(Map.of(), Map.of(), false);
    }

    /** A machine's environment and files, and whether an engine answers there; counts the engine checks. */
    private record Machine(Map<String, String> environment, Map<Path, String> files, boolean engine,
            AtomicInteger engineChecks) implements TestServices.Docker {

        Machine(Map<String, String> environment, Map<Path, String> files, boolean engine) {
            this(environment, files, engine, new AtomicInteger());
        }

        Machine withSocket(String path) {
            return withFile(path, "");
        }

        Machine withFile(String path, String content) {
            return new Machine(environment, with(files, Path.of(path), content), engine);
        }

        Machine withEnvironment(String name, String value) {
            return new Machine(with(environment, name, value), files, engine);
        }

        Machine answering() {
            return new Machine(environment, files, true);
        }

        /** What {@link TestServices} sees of this machine. */
        TestServices.Docker docker() {
            return TestServices.machine(environment, HOME, files::containsKey, file -> files.getOrDefault(file, ""));
        }

        @Override
        public @Nullable String endpoint() {
            return docker().endpoint();
        }

        @Override
        public boolean engineAnswers() {
            engineChecks.incrementAndGet();
            return engine;
        }

        private static <K> Map<K, String> with(Map<K, String> map, K key, String value) {
            Map<K, String> more = new HashMap<>(map);
            more.put(key, value);
            return Map.copyOf(more);
        }
    }
}
