package kz.koshi.kandas.engine;

import java.util.List;

/**
 * One explained part of a region's score: a message key ({@code kandas.reason.*}), the points it gives (negative
 * when it takes them away) and the key's arguments: numbers, {@link Profession}s and {@link RegionCode}s.
 */
public record Reason(String key, int points, List<Object> arguments) {

    public Reason {
        arguments = List.copyOf(arguments);
    }

    static Reason of(String key, int points, Object... arguments) {
        return new Reason("kandas.reason." + key, points, List.of(arguments));
    }
}
