package kz.koshi.recruitment.signals;

/** A signal is open until a labour officer marks it handled, with a note. */
public enum SignalStatus {
    OPEN,
    HANDLED
}
