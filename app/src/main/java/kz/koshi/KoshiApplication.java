package kz.koshi;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;

import kz.koshi.demo.generator.GenerateCommand;
import kz.koshi.identity.EvaluateCommand;
import kz.koshi.identity.LinkCommand;
import kz.koshi.shared.CommandLineTool;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;

@SpringBootApplication
@ConfigurationPropertiesScan
public class KoshiApplication {

    /** Offline commands; each runs with no server and no database. */
    static List<CommandLineTool> commands() {
        return List.of(new GenerateCommand(), new LinkCommand(), new EvaluateCommand());
    }

    public static void main(String[] args) {
        Optional<CommandLineTool> command = args.length == 0 ? Optional.empty()
                : commands().stream().filter(c -> c.name().equals(args[0])).findFirst();
        if (command.isPresent()) {
            List<String> rest = Arrays.asList(args).subList(1, args.length);
            System.exit(command.get().run(rest, System.out, System.err));
        }
        if (args.length > 0 && args[0].equals("help")) {
            System.out.println("java -jar koshi.jar            start the platform");
            commands().forEach(c -> System.out.printf("java -jar koshi.jar %-10s %s%n", c.name(), c.summary()));
            return;
        }
        SpringApplication.run(KoshiApplication.class, args);
    }
}
