package kz.koshi.border;

import java.sql.SQLException;
import java.util.List;

import kz.koshi.shared.web.Problems.FieldError;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.dao.DuplicateKeyException;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyList;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

/**
 * Issue 18: a batch chunk that keeps failing is recorded crossing by crossing, and each crossing's outcome tells why:
 * a unique key met is a duplicate, any other integrity violation is that crossing's own refusal, not a "duplicate".
 */
class CrossingFallbackTest {

    @Test
    void theOneByOneFallbackTellsADuplicateFromAnotherBrokenRule() {
        CrossingRequest repeated = mock(CrossingRequest.class);
        CrossingRequest broken = mock(CrossingRequest.class);
        CrossingRequest good = mock(CrossingRequest.class);
        CrossingBatch batch = mock(CrossingBatch.class);
        CrossingDesk desk = mock(CrossingDesk.class);
        PersonResolver resolver = mock(PersonResolver.class);
        CrossingBatch.Prepared together = prepared();
        CrossingBatch.Prepared aloneRepeated = prepared();
        CrossingBatch.Prepared aloneBroken = prepared();
        CrossingBatch.Prepared aloneGood = prepared();
        when(batch.prepare(anyList())).thenAnswer(call -> {
            List<?> requests = call.getArgument(0);
            return requests.size() > 1 ? together : requests.getFirst() == repeated ? aloneRepeated
                    : requests.getFirst() == broken ? aloneBroken : aloneGood;
        });
        when(resolver.resolveAll(anyList())).thenReturn(List.of());
        DataIntegrityViolationException check = new DataIntegrityViolationException("check", new SQLException("violates check constraint", "23514"));
        when(desk.recordAll(eq(together), anyList(), any())).thenThrow(check);
        when(desk.recordAll(eq(aloneRepeated), anyList(), any())).thenThrow(new DuplicateKeyException("unique"));
        when(desk.recordAll(eq(aloneBroken), anyList(), any())).thenThrow(check);
        CrossingOutcome recorded = new CrossingOutcome.Recorded(null);
        when(desk.recordAll(eq(aloneGood), anyList(), any())).thenReturn(List.of(recorded));
        @SuppressWarnings("unchecked")
        CrossingIntake intake = new CrossingIntake(desk, batch, resolver, mock(ObjectProvider.class), mock(SurveyReferences.class));

        List<CrossingOutcome> outcomes = intake.recordBatch(List.of(repeated, broken, good), "POST-1");

        assertThat(outcomes.get(0)).isInstanceOf(CrossingOutcome.Duplicate.class);
        assertThat(outcomes.get(1)).isEqualTo(new CrossingOutcome.Rejected(List.of(new FieldError("crossing", "border.crossing.not-storable"))));
        assertThat(outcomes.get(2)).isSameAs(recorded);
    }

    private static CrossingBatch.Prepared prepared() {
        return new CrossingBatch.Prepared(new CrossingOutcome[0], List.of(), List.of());
    }
}
