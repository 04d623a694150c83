package kz.koshi.kandas;

/** Where the family will live on arrival. */
public enum HousingNeed {
    HAS_HOUSING, WITH_RELATIVES, WILL_RENT, NEEDS_TEMPORARY, NEEDS_PERMANENT;

    /** Whether the family asks the akimat for housing. */
    public boolean asksForHousing() {
        return this == NEEDS_TEMPORARY || this == NEEDS_PERMANENT;
    }
}
