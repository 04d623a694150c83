package kz.koshi.border;

import kz.koshi.shared.LocalizedName;

/** A border checkpoint (пункт пропуска): airport, road or rail crossing, in a region, facing a neighbour. */
public record Checkpoint(String code, Kind kind, LocalizedName name, String regionCode, String neighbour) implements kz.koshi.shared.Named {

    public enum Kind { AIR, ROAD, RAIL }
}
