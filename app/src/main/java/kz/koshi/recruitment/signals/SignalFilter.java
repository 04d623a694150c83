package kz.koshi.recruitment.signals;

import jakarta.validation.constraints.Pattern;
import kz.koshi.recruitment.rules.SignalKind;

/** The labour authority's filter of signals: by rule, by agency (its BIN), open or handled; empty means any. */
public record SignalFilter(SignalKind kind, @Pattern(regexp = "\\d{12}", message = "{recruitment.bin.invalid}") String agency,
                           SignalStatus status) {
}
