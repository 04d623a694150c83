package kz.koshi.stay.rules;

/** Who registered a foreigner (M3, M6): the Border Service at entry, migration police, a host, a hotel, an employer. */
public enum RegistrationParty {
    BORDER_SERVICE, POLICE, HOST, HOTEL, EMPLOYER
}
