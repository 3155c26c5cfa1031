package io.avatarforge.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.stream.Stream;

/** One line describing where the figures were measured: CPU, memory, OS, JDK and PostgreSQL. */
public final class Machine {

    private Machine() {
    }

    /** The 1, 5 and 15 minute load averages: other work on the machine shows up here. */
    public static String loadAverage() {
        try {
            return String.join(" ", List.of(Files.readString(Path.of("/proc/loadavg")).split(" ")).subList(0, 3));
        } catch (IOException | RuntimeException e) {
            return "unknown";
        }
    }

    public static String describe(String database) {
        String cpu = "unknown CPU";
        try (Stream<String> lines = Files.lines(Path.of("/proc/cpuinfo"))) {
            cpu = lines.filter(l -> l.startsWith("model name")).findFirst()
                    .map(l -> l.substring(l.indexOf(':') + 1).strip()).orElse(cpu);
        } catch (IOException e) {
            // Not Linux: keep the placeholder.
        }
        String memory = "";
        try (Stream<String> lines = Files.lines(Path.of("/proc/meminfo"))) {
            memory = lines.filter(l -> l.startsWith("MemTotal")).findFirst()
                    .map(l -> Math.round(Long.parseLong(l.replaceAll("\\D", "")) / 1048576.0) + " GB RAM, ")
                    .orElse("");
        } catch (IOException e) {
            // Not Linux: no memory figure.
        }
        String postgres = "PostgreSQL";
        try (Connection db = DriverManager.getConnection("jdbc:postgresql://127.0.0.1:5432/test", "postgres", "");
                Statement s = db.createStatement(); ResultSet rs = s.executeQuery("show server_version")) {
            rs.next();
            postgres = "PostgreSQL " + rs.getString(1);
        } catch (SQLException e) {
            // The version is a nicety.
        }
        return Runtime.getRuntime().availableProcessors() + " cores (" + cpu + "), " + memory
                + System.getProperty("os.name") + " " + System.getProperty("os.version") + ", JDK "
                + System.getProperty("java.version") + ", " + postgres + " on loopback, Kafka 4.2.1 single KRaft broker"
                + " (separate process); load generator, gateway, workers, broker and database share the machine";
    }
}
