package kz.koshi.hotline;

/** What the hotline's counts are broken down by: month ("2026-05"), region, kind (call class or route kind), channel. */
public enum HotlineCountBy {
    TOTAL, MONTH, REGION, KIND, CHANNEL
}
