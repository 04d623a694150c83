package kz.koshi.shared;

/**
 * Names one kind of reference code (an agency, a region, a checkpoint) in the reader's language, for modules that
 * must show a code they do not own: the audit trail names the codes in its reasons through the beans of this type.
 * A code the owner does not hold is named by itself.
 */
public interface CodeNames {

    enum Kind { AGENCY, REGION, CHECKPOINT }

    Kind kind();

    String of(String code);
}
