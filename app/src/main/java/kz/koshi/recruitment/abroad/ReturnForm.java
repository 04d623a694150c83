package kz.koshi.recruitment.abroad;

/** The day a person was reported back, typed 05.05.2026 or ISO. */
public record ReturnForm(String returnedOn) {
}
