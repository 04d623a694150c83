package kz.koshi.shared;

import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.Properties;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The embedded default acknowledges only what it has written: a child JVM opens an H2 file database with the shipped
 * URL's settings, commits rows one by one, says so after each commit, and stops dead at once (as {@code kill -9}
 * would: no shutdown hook, no close). Every row it acknowledged is in the database afterwards. With H2's default
 * write delay (500 ms) the last half second of acknowledged commits was lost. bench/crash-test.sh does the same to
 * the whole platform under load.
 */
class EmbeddedDatabaseCrashTest {

    static final int ROWS = 300;

    @TempDir
    Path folder;

    @Test
    void everyAcknowledgedCommitSurvivesAnAbruptStop() throws Exception {
        String url = shippedUrl().replace("./data/koshi", folder.resolve("koshi").toString());
        Process child = new ProcessBuilder(Paths.get(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", System.getProperty("java.class.path"), CrashingWriter.class.getName(), url)
                .redirectErrorStream(true).start();
        String output = new String(child.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(child.waitFor(60, TimeUnit.SECONDS)).isTrue();
        long acknowledged = output.lines().filter(l -> l.startsWith("committed ")).count();
        assertThat(acknowledged).as(output).isEqualTo(ROWS);

        try (Connection db = DriverManager.getConnection(url, "koshi", "");
             ResultSet rs = db.createStatement().executeQuery("select count(*) from acknowledged")) {
            rs.next();
            assertThat(rs.getLong(1)).as("rows found after the stop of %d acknowledged", acknowledged).isEqualTo(acknowledged);
        }
    }

    private static String shippedUrl() throws Exception {
        Properties shipped = new Properties();
        try (InputStream in = EmbeddedDatabaseCrashTest.class.getResourceAsStream("/application.properties")) {
            shipped.load(in);
        }
        return shipped.getProperty("spring.datasource.url");
    }

    /** The child: commits ROWS rows, one per transaction, acknowledging each, then halts without closing anything. */
    public static final class CrashingWriter {
        public static void main(String[] args) throws Exception {
            Connection db = DriverManager.getConnection(args[0], "koshi", "");
            try (Statement s = db.createStatement()) {
                s.execute("create table acknowledged (id int primary key)");
                for (int i = 0; i < ROWS; i++) {
                    s.execute("insert into acknowledged values (" + i + ")");
                    System.out.println("committed " + i);
                }
            }
            System.out.flush();
            Runtime.getRuntime().halt(9);
        }
    }
}
