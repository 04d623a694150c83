package kz.koshi.kandas.engine;

/**
 * The professions the survey asks about and the labour authority's vacancy feed counts, as one vocabulary so that
 * a family's nurse meets a region's nurse vacancies. {@link #NONE} is a member who does not work (a child, a
 * pensioner, a student): it matches no vacancy.
 */
public enum Profession {
    NURSE, DOCTOR, TEACHER, ENGINEER, DRIVER, BUILDER, WELDER, ELECTRICIAN, MECHANIC, FARMER, VETERINARIAN,
    ACCOUNTANT, IT_SPECIALIST, COOK, SEAMSTRESS, SALES, NONE;

    /** Whether vacancies are counted for it. */
    public boolean seeksWork() {
        return this != NONE;
    }
}
