package kz.koshi.kandas.engine;

import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * What the engine needs of a family: the professions of its members, its size, whether it needs housing, whether
 * someone speaks Kazakh or Russian, and the regions it prefers, first choice first (codes; empty when none stated).
 */
public record Family(Set<Profession> professions, int size, boolean needsHousing, boolean speaksKazakhOrRussian,
                    List<String> preferredRegions) {

    public Family {
        professions = Set.copyOf(Objects.requireNonNull(professions, "professions"));
        preferredRegions = List.copyOf(Objects.requireNonNull(preferredRegions, "preferredRegions"));
        if (size < 1) {
            throw new IllegalArgumentException("a family has at least one member");
        }
    }
}
