package kz.koshi.enforcement.raids;

import java.time.LocalDate;

import kz.koshi.shared.DateMeaning;
import kz.koshi.shared.SaneDate;
import org.springframework.format.annotation.DateTimeFormat;

/** The raid's last day at completion; none means the last day recorded, else today. */
public record Completion(@SaneDate(DateMeaning.EVENT) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE, fallbackPatterns = NewRaid.DAY) LocalDate lastDay) {
}
