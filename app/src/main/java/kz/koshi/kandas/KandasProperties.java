package kz.koshi.kandas;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;

import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.validation.annotation.Validated;

/**
 * The kandas module's configuration (docs/kandas.md, "Configuration").
 *
 * @param draftRetention     a draft nobody has saved for this long is deleted by {@link AbandonedDrafts}
 * @param maxResumeFailures  wrong reference-and-secret pairs one address may try per {@code resumeWindow}
 * @param resumeWindow       the fixed window in which failed resumes are counted
 * @param priorityRegions    dated lists of the priority settlement regions: the latest list in force applies
 * @param quota              each region's yearly kandas quota in persons (code to number)
 */
@Validated
@ConfigurationProperties("koshi.kandas")
public record KandasProperties(@NotNull Duration draftRetention, @Min(1) int maxResumeFailures, @NotNull Duration resumeWindow,
                               @NotNull List<PriorityList> priorityRegions, Map<String, Integer> quota) {

    public KandasProperties {
        quota = quota == null ? Map.of() : Map.copyOf(quota);
    }

    /** A list of priority settlement regions in force from a day on. */
    public record PriorityList(@NotNull LocalDate validFrom, @NotNull Set<String> regions) {
    }

    /** The priority regions in force on a day: the latest list that began on or before it. */
    Set<String> priorityOn(LocalDate day) {
        return priorityRegions.stream().filter(l -> !l.validFrom().isAfter(day))
                .max(Comparator.comparing(PriorityList::validFrom)).map(PriorityList::regions).orElse(Set.of());
    }

    Instant resumeWindowStart(Instant now) {
        long size = Math.max(1, resumeWindow.toMillis());
        return Instant.ofEpochMilli(Math.floorDiv(now.toEpochMilli(), size) * size);
    }
}
