package kz.koshi.reporting.annual;

import java.time.LocalDate;

import kz.koshi.shared.DateMeaning;
import kz.koshi.shared.SaneDate;
import org.springdoc.core.annotations.ParameterObject;

/**
 * What the reader asks for: the period (by default this calendar year up to today; a {@code from} alone runs to the end
 * of its year or today), the language ({@code ru}, {@code kk} or {@code en}; by default the reader's) and the format
 * ({@code pdf}, the default, or {@code xlsx}).
 */
@ParameterObject
record ReportRequest(@SaneDate(DateMeaning.EVENT) LocalDate from, @SaneDate(DateMeaning.EVENT) LocalDate to, String lang,
                     String format) {
}
