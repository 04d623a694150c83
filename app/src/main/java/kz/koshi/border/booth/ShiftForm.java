package kz.koshi.border.booth;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;

/** Opening a shift: the checkpoint, the lane (1 to 99) and the lane's direction. */
public record ShiftForm(@NotBlank String checkpoint, @NotNull @Min(1) @Max(99) Integer lane,
                        @NotBlank @Pattern(regexp = "ENTRY|EXIT") String direction) {

    /** The form for a new shift, or to change the given one. */
    public static ShiftForm of(Shift shift) {
        return shift == null ? new ShiftForm("", 1, "ENTRY") : new ShiftForm(shift.checkpoint(), shift.lane(), shift.direction());
    }
}
