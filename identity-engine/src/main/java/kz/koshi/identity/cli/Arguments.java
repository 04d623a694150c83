package kz.koshi.identity.cli;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/** {@code --name value} options and bare {@code --flag}s, rejecting anything not declared. */
public final class Arguments {

    private final Map<String, String> values = new HashMap<>();

    private Arguments() {
    }

    /** @throws IllegalArgumentException with a message for the user when the arguments are wrong */
    public static Arguments parse(List<String> args, Set<String> options, Set<String> flags) {
        Arguments parsed = new Arguments();
        for (int i = 0; i < args.size(); i++) {
            String arg = args.get(i);
            if (flags.contains(arg)) {
                parsed.values.put(arg, "true");
            } else if (options.contains(arg)) {
                if (i + 1 >= args.size() || args.get(i + 1).startsWith("--")) {
                    throw new IllegalArgumentException(arg + " needs a value");
                }
                parsed.values.put(arg, args.get(++i));
            } else {
                throw new IllegalArgumentException("unknown argument: " + arg);
            }
        }
        return parsed;
    }

    public String required(String name) {
        String v = values.get(name);
        if (v == null) {
            throw new IllegalArgumentException(name + " is required");
        }
        return v;
    }

    public Optional<String> optional(String name) {
        return Optional.ofNullable(values.get(name));
    }

    public boolean flag(String name) {
        return values.containsKey(name);
    }
}
