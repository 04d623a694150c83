package kz.koshi.identity.engine;

import java.io.IOException;
import java.io.StringReader;
import java.io.StringWriter;
import java.util.ArrayList;
import java.util.List;

import kz.koshi.identity.engine.normal.TransliterationKeys;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class MatchModelTest {

    @Test
    void parametersSurviveAPropertiesRoundTrip() throws IOException {
        MatchModel model = MatchModel.defaults().withLambda(3.5e-6).withThresholds(0.9, 0.2);
        StringWriter out = new StringWriter();
        MatchModelFile.write(model, out);

        assertThat(out.toString()).contains("lambda=3.5E-6", "threshold.link=0.9", "surname.exact.m=");
        assertThat(MatchModelFile.read(new StringReader(out.toString()))).isEqualTo(model);
    }

    @Test
    void anIncompleteFileIsRejectedWithTheMissingKey() {
        assertThatThrownBy(() -> MatchModelFile.read(new StringReader("lambda=0.001\n")))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("model file lacks surname.exact.m");
    }

    @Test
    void aModelSavedBeforeALevelExistedReadsThatLevelAsNoEvidence() throws IOException {
        StringWriter out = new StringWriter();
        MatchModelFile.write(MatchModel.defaults(), out);
        String older = out.toString().lines().filter(l -> !l.startsWith("birth_date.one_component."))
                .collect(java.util.stream.Collectors.joining("\n"));

        FieldParameters dates = MatchModelFile.read(new StringReader(older)).parameters(Field.BIRTH_DATE);
        assertThat(dates.weight(Field.BIRTH_DATE.level("one_component"))).isZero();
        assertThat(dates.m(Field.EXACT)).isEqualTo(MatchModel.defaults().parameters(Field.BIRTH_DATE).m(Field.EXACT));
        assertThatThrownBy(() -> MatchModelFile.read(new StringReader(older.replace("birth_date.exact.u=", "x="))))
                .hasMessageContaining("birth_date.exact.u");
    }

    @Test
    void decisionsFollowTheThresholds() {
        MatchModel model = MatchModel.defaults().withThresholds(0.9, 0.2);
        assertThat(model.decide(0.95)).isEqualTo(Decision.LINK);
        assertThat(model.decide(0.5)).isEqualTo(Decision.REVIEW);
        assertThat(model.decide(0.1)).isEqualTo(Decision.NEW);
        assertThat(MatchModel.probability(model.linkWeight())).isCloseTo(0.9, org.assertj.core.data.Offset.offset(1e-9));
    }

    @Test
    void reviewersConfirmationsRaiseTheWeightOfWhatConfirmedPairsShare() {
        MatchModel model = MatchModel.defaults();
        List<LabelledPair> confirmed = new ArrayList<>();
        for (int i = 0; i < 200; i++) {
            // Confirmed matches whose dates are all one digit apart: that level must gain weight.
            confirmed.add(new LabelledPair(
                    IdentityRecord.builder("a" + i).surname("Yusupov").birthDate("1994-03-17").build(),
                    IdentityRecord.builder("b" + i).surname("Yusupov").birthDate("1994-03-18").build(), true));
        }
        MatchModel refined = ModelRefinement.refine(model, confirmed, new TransliterationKeys(), 100);

        int oneDigit = Field.BIRTH_DATE.level("one_digit");
        assertThat(refined.parameters(Field.BIRTH_DATE).weight(oneDigit))
                .isGreaterThan(model.parameters(Field.BIRTH_DATE).weight(oneDigit));
        assertThat(refined.parameters(Field.BIRTH_DATE).m(oneDigit)).isGreaterThan(0.5);
        assertThat(refined.linkThreshold()).isEqualTo(model.linkThreshold());
    }

    @Test
    void rejectedPairsMoveUOnlyGently() {
        MatchModel model = MatchModel.defaults();
        List<LabelledPair> rejected = List.of(new LabelledPair(
                IdentityRecord.builder("a").surname("Ахметов").build(),
                IdentityRecord.builder("b").surname("Ахметов").build(), false));
        MatchModel refined = ModelRefinement.refine(model, rejected, new TransliterationKeys(), 100);
        double before = model.parameters(Field.SURNAME).u(Field.EXACT);
        assertThat(refined.parameters(Field.SURNAME).u(Field.EXACT)).isGreaterThan(before).isLessThan(before * 2);
    }
}
