package kz.koshi.protection;

/** The stage of the linked criminal case (R~L7712, ~L8937). */
public enum CriminalStage {
    OPENED, INVESTIGATION, COURT, CONVICTED, DISCONTINUED
}
