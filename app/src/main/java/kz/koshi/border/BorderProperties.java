package kz.koshi.border;

import java.time.Duration;
import java.time.Period;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * @param cardValidity how long a migrant card is valid (never beyond the travel document's expiry)
 * @param issuer       the issuer named in every card credential
 * @param liveWindow   a crossing newer than this is happening now: an alert holds it for the officer;
 *                     an older (delayed, historical) record from a border post system is a fact and completes,
 *                     its alerts noted; an officer's record at the booth is always held (see CrossingBatch.OFFICER)
 */
@ConfigurationProperties("koshi.border")
record BorderProperties(@DefaultValue("P3Y") Period cardValidity, @DefaultValue("KZ-KNB-BORDER") String issuer,
                        @DefaultValue("PT1H") Duration liveWindow) {
}
