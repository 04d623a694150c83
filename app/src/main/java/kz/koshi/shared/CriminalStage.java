package kz.koshi.shared;

/** The stage of a criminal case (protection's linked case, enforcement's register) (R~L7712, ~L8937). */
public enum CriminalStage {
    OPENED, INVESTIGATION, COURT, CONVICTED, DISCONTINUED
}
