package io.avatarforge.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;
import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import io.avatarforge.model.job.JobState;
import io.avatarforge.platform.job.JobTransitions;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.web.bind.annotation.RestController;

/**
 * The module rules, checked on the compiled classes of every module (this module sees them all) and, for the one rule
 * bytecode cannot show, on the sources. A change that breaks a rule fails {@code ./mvnw verify}.
 */
class ArchitectureTest {

    private static final JavaClasses CLASSES = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            // Test support shared as jars (a module's test-jar, the test kit) is not production code either.
            .withImportOption(location -> !location.contains("-tests.jar") && !location.contains("/test-kit/")
                    && !location.contains("test-kit-"))
            .importPackages("io.avatarforge");

    @Test
    void noPackageDependsOnItselfThroughOthers() {
        slices().matching("io.avatarforge.(**)").should().beFreeOfCycles().check(CLASSES);
    }

    @Test
    void commonModelIsPlainJavaContracts() {
        noClasses().that().resideInAPackage("io.avatarforge.model..")
                .should().dependOnClassesThat().resideInAnyPackage("org.springframework..", "java.sql..",
                        "javax.sql..", "io.avatarforge.platform..", "io.avatarforge.gateway..",
                        "io.avatarforge.worker..")
                .check(CLASSES);
    }

    @Test
    void theGatewayAndTheWorkerNeverDependOnEachOther() {
        noClasses().that().resideInAPackage("io.avatarforge.gateway..")
                .should().dependOnClassesThat().resideInAPackage("io.avatarforge.worker..").check(CLASSES);
        noClasses().that().resideInAPackage("io.avatarforge.worker..")
                .should().dependOnClassesThat().resideInAPackage("io.avatarforge.gateway..").check(CLASSES);
    }

    @Test
    void thePlatformKnowsNeitherRole() {
        noClasses().that().resideInAPackage("io.avatarforge.platform..")
                .should().dependOnClassesThat().resideInAnyPackage("io.avatarforge.gateway..",
                        "io.avatarforge.worker..", "io.avatarforge.standalone..")
                .check(CLASSES);
    }

    @Test
    void controllersLeaveDataAccessAndTransactionsToServices() {
        noClasses().that().areAnnotatedWith(RestController.class)
                .should().dependOnClassesThat().areAssignableTo(JdbcClient.class)
                .orShould().dependOnClassesThat().areAssignableTo(TransactionTemplate.class)
                .check(CLASSES);
    }

    @Test
    void onlyTheTransitionsOwnerChecksJobEdges() {
        noClasses().that().doNotHaveFullyQualifiedName(JobTransitions.class.getName())
                .and().doNotHaveFullyQualifiedName(JobState.class.getName())
                .should().callMethod(JobState.class, "transitionTo", JobState.class)
                .check(CLASSES);
    }

    /**
     * Bytecode does not show what SQL a class runs, so this rule reads the sources: only the transitions owner may
     * write {@code generation_job.state} (an update that sets it, or the insert that creates a job) or name a job
     * state in SQL; everyone else binds states from {@link JobState}.
     */
    @Test
    void onlyTheTransitionsOwnerWritesJobState() {
        // "update generation_job set … state =" before any "where", or "insert into generation_job".
        Pattern writesState = Pattern.compile("(?is)update\\s+generation_job\\s+set\\s+(?:(?!\\bwhere\\b)[^;\"])*?"
                + "\\bstate\\s*=|insert\\s+into\\s+generation_job\\b");
        Pattern stateLiteral = Pattern.compile("'(QUEUED|PROCESSING|COMPLETED|FAILED|CANCELED)'");
        String owner = JobTransitions.class.getSimpleName() + ".java";
        List<String> offenders = mainSources()
                .filter(file -> !file.getFileName().toString().equals(owner))
                .filter(file -> {
                    String text = read(file);
                    return writesState.matcher(text).find() || stateLiteral.matcher(text).find();
                })
                .map(Path::toString)
                .toList();
        assertThat(offenders).as("classes that write or name job states in SQL").isEmpty();
        assertThat(mainSources().map(file -> file.getFileName().toString())).contains(owner);
    }

    /** Every module's production sources; the tests run with the module directory as the working directory. */
    private static Stream<Path> mainSources() {
        Path root = Path.of("..").toAbsolutePath().normalize();
        try (Stream<Path> modules = Files.list(root)) {
            return modules.map(module -> module.resolve("src/main/java"))
                    .filter(Files::isDirectory)
                    // The bench reads and resets job rows of a benchmark database directly; it is not the service.
                    .filter(sources -> !sources.startsWith(root.resolve("bench")))
                    // The test kit's fixture builders write job rows in any state on purpose; it is test support.
                    .filter(sources -> !sources.startsWith(root.resolve("test-kit")))
                    .flatMap(ArchitectureTest::javaFiles)
                    .toList()
                    .stream();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Stream<Path> javaFiles(Path directory) {
        try (Stream<Path> files = Files.walk(directory)) {
            return files.filter(file -> file.toString().endsWith(".java")).toList().stream();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String read(Path file) {
        try {
            return Files.readString(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
