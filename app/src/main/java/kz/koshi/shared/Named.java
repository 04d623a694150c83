package kz.koshi.shared;

/** Reference data an officer picks by its name (a region, a country, an agency, a checkpoint): listed by that name. */
public interface Named {

    LocalizedName name();
}
