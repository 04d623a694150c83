package kz.koshi.border;

import kz.koshi.shared.CodeNames;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

/**
 * A checkpoint as officers name it, in the viewer's language ({@code ${@checkpointNames.of(code)}}: "Жибек жолы",
 * never {@code ROAD-ZHIBEK}), also for the audit trail's reasons; a code that reference data does not hold is shown as it is.
 */
@Component("checkpointNames")
public class CheckpointNames implements CodeNames {

    private final CheckpointRepository checkpoints;

    CheckpointNames(CheckpointRepository checkpoints) {
        this.checkpoints = checkpoints;
    }

    @Override
    public Kind kind() {
        return Kind.CHECKPOINT;
    }

    @Override
    public String of(String code) {
        return code == null ? "" : checkpoints.find(code).map(c -> c.name().in(LocaleContextHolder.getLocale())).orElse(code);
    }
}
