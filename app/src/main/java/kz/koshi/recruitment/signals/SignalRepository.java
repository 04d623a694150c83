package kz.koshi.recruitment.signals;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;

import kz.koshi.recruitment.rules.SignalKind;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Signals with their facts; a fact already raised (same rule, agency and fact key) is not raised again. */
@Repository
class SignalRepository {

    private static final String SELECT = """
            select s.*, a.legal_name, a.id as agency_id from recruitment_signal s
            left join recruitment_agency a on a.bin = s.agency_bin
            """;

    private final JdbcClient jdbc;

    SignalRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** True when the signal was new; false when the same fact had raised it before (even at the same moment). */
    boolean raise(NewSignal s, Instant at) {
        return jdbc.sql("""
                insert into recruitment_signal (kind, agency_bin, fact_key, first_count, second_count, amount, norm, currency,
                country_code, fact_day, reference, raised_at, status) values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 'OPEN')
                on conflict do nothing""")
                .params(s.kind().name(), s.agencyBin(), s.factKey(), s.firstCount(), s.secondCount(), s.amount(), s.norm(),
                        s.currency(), s.countryCode(), s.factDay(), s.reference(), at.atOffset(ZoneOffset.UTC)).update() == 1;
    }

    List<Signal> list(SignalFilter f) {
        return jdbc.sql(SELECT + """
                where (cast(? as varchar(40)) is null or s.kind = ?) and (cast(? as varchar(12)) is null or s.agency_bin = ?)
                and (cast(? as varchar(16)) is null or s.status = ?) order by s.raised_at desc, s.id desc fetch first 500 rows only""")
                .params(name(f.kind()), name(f.kind()), blank(f.agency()), blank(f.agency()), name(f.status()), name(f.status()))
                .query((rs, n) -> map(rs)).list();
    }

    Optional<Signal> find(long id) {
        return jdbc.sql(SELECT + " where s.id = ?").param(id).query((rs, n) -> map(rs)).optional();
    }

    boolean handle(long id, String actor, String note, Instant at) {
        return jdbc.sql("update recruitment_signal set status = 'HANDLED', handled_by = ?, handled_note = ?, handled_at = ? where id = ? and status = 'OPEN'")
                .params(actor, note, at.atOffset(ZoneOffset.UTC), id).update() == 1;
    }

    /** The BIN of an agency that has an account, by its agency code. */
    Optional<String> binOf(String agencyCode) {
        return jdbc.sql("select bin from recruitment_agency where agency_code = ?").param(agencyCode).query(String.class).optional();
    }

    private static String name(Enum<?> value) {
        return value == null ? null : value.name();
    }

    private static String blank(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }

    private static Signal map(ResultSet rs) throws SQLException {
        OffsetDateTime handled = rs.getObject("handled_at", OffsetDateTime.class);
        return new Signal(rs.getLong("id"), SignalKind.valueOf(rs.getString("kind")), rs.getString("agency_bin"),
                rs.getString("legal_name"), rs.getObject("agency_id", Long.class), rs.getObject("first_count", Long.class),
                rs.getObject("second_count", Long.class), rs.getBigDecimal("amount"), rs.getBigDecimal("norm"),
                rs.getString("currency"), rs.getString("country_code"), rs.getObject("fact_day", LocalDate.class),
                rs.getString("reference"), rs.getObject("raised_at", OffsetDateTime.class).toInstant(),
                SignalStatus.valueOf(rs.getString("status")), rs.getString("handled_by"),
                handled == null ? null : handled.toInstant(), rs.getString("handled_note"), null);
    }
}
