package kz.koshi.protection;

import java.time.LocalDate;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PastOrPresent;
import jakarta.validation.constraints.Size;
import kz.koshi.shared.DateMeaning;
import kz.koshi.shared.SaneDate;
import org.springframework.format.annotation.DateTimeFormat;

/** A contact with the person after closure; the note is encrypted at rest. */
public record NewFollowUp(@NotNull @PastOrPresent @SaneDate(DateMeaning.EVENT) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate contactedOn,
                          @NotNull FollowUpChannel channel,
                          @Size(max = 2000) String note) {
}
