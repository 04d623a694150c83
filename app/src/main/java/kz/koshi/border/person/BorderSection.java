package kz.koshi.border.person;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import kz.koshi.border.BorderPages;
import kz.koshi.border.BorderPersonFiles;
import kz.koshi.border.BorderRecords;
import kz.koshi.border.CardView;
import kz.koshi.border.Checkpoint;
import kz.koshi.border.CrossingView;
import kz.koshi.identity.PersonPageSection;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Component;

/**
 * Crossings, entry bans and watch-list entries, the migrant card and a minor's guardians on the person's page, for
 * the border service and the migration police (the border pages' check); read as the border person file is
 * ({@code BORDER_FILE_VIEWED}).
 */
@Component
class BorderSection implements PersonPageSection {

    private final BorderPersonFiles files;
    private final BorderRecords records;
    private final BorderPages pages;
    private final Clock clock;

    BorderSection(BorderPersonFiles files, BorderRecords records, BorderPages pages, Clock clock) {
        this.files = files;
        this.records = records;
        this.pages = pages;
        this.clock = clock;
    }

    /** The person's border file, their crossings (latest first), their card if any, the checkpoints by code, today. */
    public record View(BorderPersonFiles.PersonFile file, List<CrossingView> crossings, CardView card,
                       Map<String, Checkpoint> checkpoints, LocalDate today) {
    }

    @Override
    @PreAuthorize(BorderPages.OFFICERS)
    public void open() {
    }

    @Override
    @PreAuthorize(BorderPages.OFFICERS)
    public Shown shown(String personNumber) {
        BorderPersonFiles.PersonFile file = files.file(personNumber);
        List<CrossingView> crossings = records.crossingsOf(personNumber).stream()
                .sorted(Comparator.comparing(CrossingView::occurredAt).reversed()).toList();
        Map<String, Checkpoint> checkpoints = pages.checkpoints().stream()
                .collect(Collectors.toMap(Checkpoint::code, Function.identity()));
        return new Shown(10, "border/person-section", new View(file, crossings, records.cardOf(personNumber).orElse(null), checkpoints,
                LocalDate.now(clock)));
    }
}
