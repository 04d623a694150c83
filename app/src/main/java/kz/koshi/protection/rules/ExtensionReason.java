package kz.koshi.protection.rules;

/**
 * Why a service period may run past six months: the law allows criminal proceedings or hospitalisation and nothing
 * else (rule V3, seed 001), so no other reason exists to be offered, sent or stored.
 */
public enum ExtensionReason {
    CRIMINAL_PROCEEDINGS,
    HOSPITALISATION
}
