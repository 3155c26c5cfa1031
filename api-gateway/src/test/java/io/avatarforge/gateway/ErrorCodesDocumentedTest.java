package io.avatarforge.gateway;

import static org.assertj.core.api.Assertions.assertThat;

import io.avatarforge.gateway.web.ProblemCode;
import io.avatarforge.model.job.JobErrorCode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * The README's lists of error codes are the clients' reference: they must name every code the service can send, with
 * its status, and nothing else. Each list is a table between {@code <!-- NAME:begin -->} and {@code <!-- NAME:end -->}
 * whose rows start with the code in backticks and its status.
 */
class ErrorCodesDocumentedTest {

    /** Tests run in the module's folder; the README is the repository's. */
    private static final Path README = Path.of("..", "README.md");
    private static final Pattern ROW = Pattern.compile("^\\|\\s*`([a-z]+(?:_[a-z]+)*)`\\s*\\|\\s*(\\d{3})\\s*\\|");

    @Test
    void theReadmeListsEveryProblemCodeWithItsStatus() throws IOException {
        Map<String, Integer> sent = Arrays.stream(ProblemCode.values()).collect(
                Collectors.toMap(ProblemCode::apiCode, code -> code.status().value()));

        assertThat(documented("problem-codes")).containsExactlyInAnyOrderEntriesOf(sent);
    }

    @Test
    void theReadmeListsEveryJobErrorCodeWithItsSynchronousStatus() throws IOException {
        Map<String, Integer> sent = Arrays.stream(JobErrorCode.values()).collect(
                Collectors.toMap(JobErrorCode::apiCode, JobErrorCode::httpStatus));

        assertThat(documented("job-error-codes")).containsExactlyInAnyOrderEntriesOf(sent);
    }

    @Test
    void theCodesDocumentedAreExactlyTheCodesTheServiceSends() throws IOException {
        Set<String> sent = new HashSet<>();
        Arrays.stream(ProblemCode.values()).map(ProblemCode::apiCode).forEach(sent::add);
        Arrays.stream(JobErrorCode.values()).map(JobErrorCode::apiCode).forEach(sent::add);
        Set<String> documented = new HashSet<>(documented("problem-codes").keySet());
        documented.addAll(documented("job-error-codes").keySet());

        assertThat(documented).containsExactlyInAnyOrderElementsOf(sent);
    }

    /** Code → status of the table in the block {@code name}; every row of it must parse, and no code appear twice. */
    private static Map<String, Integer> documented(String name) throws IOException {
        assertThat(README).as("the repository's README, seen from " + Path.of("").toAbsolutePath()).isRegularFile();
        String text = Files.readString(README);
        String begin = "<!-- " + name + ":begin -->";
        String end = "<!-- " + name + ":end -->";
        int from = text.indexOf(begin);
        int to = text.indexOf(end);
        assertThat(from).as("README marker " + begin).isNotNegative();
        assertThat(to).as("README marker " + end + " after " + begin).isGreaterThan(from);
        Map<String, Integer> codes = new LinkedHashMap<>();
        for (String line : text.substring(from + begin.length(), to).split("\n")) {
            if (!line.startsWith("| `") || line.startsWith("| `code`")) {
                continue;
            }
            Matcher row = ROW.matcher(line);
            assertThat(row.find()).as("a README row of %s: %s", name, line).isTrue();
            Integer previous = codes.put(row.group(1), Integer.parseInt(row.group(2)));
            assertThat(previous).as("%s listed twice in %s", row.group(1), name).isNull();
        }
        return codes;
    }
}
