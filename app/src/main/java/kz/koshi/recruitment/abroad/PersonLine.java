package kz.koshi.recruitment.abroad;

/** A line of the register as the labour authority reads it: the stay, and the person's name and birth date from the registry. */
public record PersonLine(Stay stay, String name, String birthDate) {
}
