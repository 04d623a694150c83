package kz.koshi.hotline;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/**
 * A route for a call: its kind, the agency (a crisis centre or the police for a screening, empty for the nearest
 * crisis centre; the labour inspection, empty for the ministry's) or, for a complaint, the employment agency's BIN.
 */
public record NewRoute(@NotNull RouteKind kind, @Size(max = 40) String agency, @Size(max = 12) String bin) {
}
