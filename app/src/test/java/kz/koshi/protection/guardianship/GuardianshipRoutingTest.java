package kz.koshi.protection.guardianship;

import kz.koshi.DatabaseTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;

/** One guardianship authority per region in force, and where a child goes when the region has none. */
@DatabaseTest
class GuardianshipRoutingTest {

    @Autowired
    GuardianshipRouting routing;
    @Autowired
    JdbcClient jdbc;

    @Test
    void everyRegionInForceHasOneAuthorityAndTheRetiredOneNone() {
        assertThat(jdbc.sql("""
                select count(*) from region r where r.valid_to is null and 1 <> (select count(*) from agency a
                where a.type = 'GUARDIANSHIP_AUTHORITY' and a.region_code = r.code)""").query(Long.class).single()).isZero();
        assertThat(routing.authorityFor("KZ-61", "CRISIS-KZ-71")).isEqualTo("GUARDIANSHIP-KZ-61");
    }

    @Test
    void aRegionWithoutAnAuthorityFallsBackToTheHoldingAgencysRegionThenTheCapital() {
        assertThat(routing.authorityFor("KZ-YUZ", "CRISIS-KZ-61-1")).isEqualTo("GUARDIANSHIP-KZ-61");
        assertThat(routing.authorityFor("KZ-YUZ", "MVD-MIGRATION")).isEqualTo(GuardianshipRouting.CAPITAL);
        assertThat(routing.authorityFor(null, null)).isEqualTo(GuardianshipRouting.CAPITAL);
    }
}
