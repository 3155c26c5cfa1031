package io.avatarforge.client;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The Dart package committed in {@code clients/dart} (for Flutter apps; no Dart toolchain builds it here) is exactly the
 * one openapi-generator makes from the committed document in this build ({@code clients/pom.xml}), so it cannot fall
 * behind the API.
 */
class CommittedDartClientTest {

    static final String REGENERATE = "./mvnw -B generate-sources -pl clients -Pclients";

    @Test
    void theCommittedDartClientIsTheOneTheDocumentGenerates() throws IOException {
        Path generated = Path.of(System.getProperty("dart.client.output", "../target/generated-clients/dart"));
        assertThat(generated.resolve("pubspec.yaml")).as("the Dart package generated in this build").isRegularFile();
        assertThat(files(Path.of("../dart")))
                .as("clients/dart against the package the document generates; regenerate and commit it with: "
                        + REGENERATE)
                .isEqualTo(files(generated));
    }

    /** Every file below {@code dir}, by its relative path, with its content. */
    private static Map<String, String> files(Path dir) throws IOException {
        try (Stream<Path> walk = Files.walk(dir)) {
            return walk.filter(Files::isRegularFile).collect(Collectors.toMap(
                    file -> dir.relativize(file).toString(), CommittedDartClientTest::read, (a, b) -> a, TreeMap::new));
        }
    }

    private static String read(Path file) {
        try {
            return Files.readString(file);
        } catch (IOException e) {
            throw new IllegalStateException(file + ": " + e.getMessage(), e);
        }
    }
}
