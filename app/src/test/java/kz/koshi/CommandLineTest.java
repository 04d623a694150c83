package kz.koshi;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class CommandLineTest {

    @Test
    void everyOfflineCommandHasAUniqueNameAndASummary() {
        assertThat(KoshiApplication.commands()).extracting(c -> c.name()).doesNotHaveDuplicates();
        assertThat(KoshiApplication.commands()).allSatisfy(c -> assertThat(c.summary()).isNotBlank());
    }

    @Test
    void helpListsTheCommands() {
        PrintStream original = System.out;
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        System.setOut(new PrintStream(out, true));
        try {
            KoshiApplication.main(new String[] {"help"});
        } finally {
            System.setOut(original);
        }
        assertThat(out.toString()).contains("start the platform");
        KoshiApplication.commands().forEach(c -> assertThat(out.toString()).contains(c.name()));
    }
}
