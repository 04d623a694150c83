package kz.koshi.reporting.annual;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Assumptions;

/**
 * Debian's LibreOffice, headless ({@code /usr/bin/soffice}), converting a file as a person opening it would. Without
 * it the office tests skip with a message, unless {@code koshi.office.required} is true (CI), where they fail. Each
 * conversion runs with a profile of its own, so it never meets another soffice.
 */
final class LibreOffice {

    static final Path SOFFICE = Path.of("/usr/bin/soffice");

    private LibreOffice() {
    }

    static void require() {
        if (!Files.isExecutable(SOFFICE)) {
            String message = "Office tests need LibreOffice at " + SOFFICE + " (apt-get install -y libreoffice-calc-nogui)";
            if (Boolean.getBoolean("koshi.office.required")) {
                throw new IllegalStateException(message);
            }
            Assumptions.abort(message + "; skipped");
        }
    }

    /** Converts {@code input} to {@code target} (e.g. {@code pdf}, {@code csv:...}), reading it with {@code inFilter} if given. */
    static Path convert(Path input, String target, String inFilter) {
        try {
            Path work = Files.createTempDirectory("koshi-office");
            List<String> command = new ArrayList<>(List.of(SOFFICE.toString(), "-env:UserInstallation=" + work.resolve("profile").toUri(),
                    "--headless", "--norestore", "--nologo"));
            if (inFilter != null) {
                command.add("--infilter=" + inFilter);
            }
            command.addAll(List.of("--convert-to", target, "--outdir", work.toString(), input.toAbsolutePath().toString()));
            Process soffice = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(work.resolve("soffice.log").toFile()).start();
            if (!soffice.waitFor(180, TimeUnit.SECONDS)) {
                soffice.destroyForcibly();
                throw new AssertionError("soffice did not finish converting " + input + " in 180 s");
            }
            String extension = target.contains(":") ? target.substring(0, target.indexOf(':')) : target;
            String name = input.getFileName().toString();
            Path output = work.resolve(name.substring(0, name.lastIndexOf('.') + 1) + extension);
            if (soffice.exitValue() != 0 || !Files.exists(output)) {
                throw new AssertionError("soffice could not convert " + input + ": " + Files.readString(work.resolve("soffice.log")));
            }
            return output;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
