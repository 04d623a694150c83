package kz.koshi.border;

import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;

import kz.koshi.DatabaseTest;
import kz.koshi.shared.web.Problems.FieldError;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.test.context.support.WithUserDetails;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The intake as other modules call it (the demo, the feeds): a channel longer than its column is the caller's mistake,
 * refused at once, not taken again and reported as a collision; a batch never drops a kandas reference silently.
 */
@DatabaseTest
@WithUserDetails("border")
class CrossingIntakeServiceTest {

    static final LocalDate YESTERDAY = LocalDate.now(ZoneId.of("Asia/Almaty")).minusDays(1);

    @Autowired
    CrossingIntake intake;
    @Autowired
    JdbcClient jdbc;

    static CrossingRequest entry(String passport, String reference) {
        return new CrossingRequest("ENTRY", "AIR-ALA", YESTERDAY.atTime(9, 30).toInstant(ZoneOffset.ofHours(5)).toString(),
                new CrossingRequest.Document("PASSPORT", passport, "UZB", YESTERDAY.plusYears(5).toString()),
                "ORAZBAYEV", "ERLAN", "1980-04-05", "M", "UZB", "PRIVATE", List.of(), null, reference);
    }

    long crossingsOf(String passport) {
        return jdbc.sql("select count(*) from border_crossing where document_number = ?").param(passport).query(Long.class).single();
    }

    @Test
    void aChannelLongerThanItsColumnIsRefusedAtOnceNotRetriedAsACollision() {
        assertThatThrownBy(() -> intake.record(entry("KB8100001", null), "DEMO-KANDAS"))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("channel");
        assertThatThrownBy(() -> intake.recordBatch(List.of(entry("KB8100002", null)), "DEMO-KANDAS"))
                .isInstanceOf(IllegalArgumentException.class);
        assertThat(crossingsOf("KB8100001") + crossingsOf("KB8100002")).isZero();
        assertThat(intake.record(entry("KB8100001", null), "DEMO-KAND").state()).isEqualTo("COMPLETED");
    }

    @Test
    void aBatchCrossingWithAKandasReferenceIsRefusedAgainstThatFieldAndTheOthersAreRecorded() {
        List<CrossingOutcome> outcomes = intake.recordBatch(List.of(entry("KB8100011", null), entry("KB8100012", "KD-7F3K9M2Q"),
                entry("KB8100013", " ")), "API");
        assertThat(outcomes.get(0)).isInstanceOf(CrossingOutcome.Recorded.class);
        assertThat(outcomes.get(1)).isEqualTo(new CrossingOutcome.Rejected(
                List.of(new FieldError("kandasReference", "border.kandas.single-crossing-only"))));
        assertThat(outcomes.get(2)).isInstanceOf(CrossingOutcome.Recorded.class);
        assertThat(crossingsOf("KB8100012")).isZero();
        assertThat(crossingsOf("KB8100011") + crossingsOf("KB8100013")).isEqualTo(2);
    }
}
