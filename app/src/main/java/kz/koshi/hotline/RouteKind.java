package kz.koshi.hotline;

/** Where a call goes to be acted on. */
public enum RouteKind {
    /** Possible trafficking: a screening request to a crisis centre (the nearest by default) or the police. */
    SCREENING,
    /** A complaint about a private employment agency: that agency's risk signal, by its BIN. */
    AGENCY_COMPLAINT,
    /** A labour-rights matter: the labour inspection of the labour ministry. */
    LABOUR_INSPECTION,
    /** A caller in danger: the police on duty, at once. */
    DUTY_POLICE
}
