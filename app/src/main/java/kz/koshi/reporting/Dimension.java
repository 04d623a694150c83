package kz.koshi.reporting;

/**
 * What a figure is broken down by. A cell's key is a code, never a label: {@code MONTH} "2026-05", {@code REGION} a
 * region code, {@code CITIZENSHIP} and {@code COUNTRY} ISO alpha-3, {@code SEX} and {@code AGE_GROUP} the shared
 * enums' names, {@code ARTICLE} the Criminal Code article, {@code KIND} the figure's own kind (violation kind, permit
 * kind, call class, ...: its enum's name), {@code TOTAL} one cell keyed "TOTAL". {@code EXPLOITATION} and
 * {@code PATHWAY} protection's exploitation type and identification pathway, {@code CENTRE} a crisis centre's agency
 * code, {@code CHANNEL} how the hotline was reached (its enum's name).
 */
public enum Dimension {
    TOTAL, MONTH, REGION, CITIZENSHIP, SEX, AGE_GROUP, PURPOSE, KIND, ARTICLE, COUNTRY, EXPLOITATION, PATHWAY, CENTRE, CHANNEL
}
