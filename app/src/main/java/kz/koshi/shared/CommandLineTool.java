package kz.koshi.shared;

import java.io.PrintStream;
import java.util.List;

/**
 * A command of {@code java -jar koshi.jar <name> ...} that runs without the web server or the database
 * (the generator, the linker, the evaluator). It returns the process exit code.
 */
public interface CommandLineTool {

    String name();

    /** One line for {@code java -jar koshi.jar help}. */
    String summary();

    int run(List<String> args, PrintStream out, PrintStream err);
}
