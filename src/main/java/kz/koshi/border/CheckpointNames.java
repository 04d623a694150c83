package kz.koshi.border;

import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

/**
 * A checkpoint as officers name it, in the viewer's language ({@code ${@checkpointNames.of(code)}}: "Жибек жолы",
 * never {@code ROAD-ZHIBEK}); a code that reference data does not hold is shown as it is.
 */
@Component("checkpointNames")
public class CheckpointNames {

    private final CheckpointRepository checkpoints;

    CheckpointNames(CheckpointRepository checkpoints) {
        this.checkpoints = checkpoints;
    }

    public String of(String code) {
        return code == null ? "" : checkpoints.find(code).map(c -> c.name().in(LocaleContextHolder.getLocale())).orElse(code);
    }
}
