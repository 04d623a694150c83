package kz.koshi.protection.rules;

/** Why a service period should run past six months; only the first two are allowed (rule V3, seed 001). */
public enum ExtensionReason {
    CRIMINAL_PROCEEDINGS(true),
    HOSPITALISATION(true),
    OTHER(false);

    private final boolean allowed;

    ExtensionReason(boolean allowed) {
        this.allowed = allowed;
    }

    public boolean allowed() {
        return allowed;
    }
}
