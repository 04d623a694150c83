package kz.koshi.hotline;

/** How the hotline was reached: a call, an SMS or messenger message, an e-mail, or in person. */
public enum Channel {
    CALL, MESSENGER, EMAIL, WALK_IN
}
