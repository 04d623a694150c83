package kz.koshi.kandas;

import kz.koshi.border.KandasReferences;
import org.springframework.stereotype.Component;

/** Answers the booth's question: is this the reference of a survey a family has sent? Nothing else is told. */
@Component
class BorderReferenceCheck implements KandasReferences {

    private final KandasSurveys surveys;

    BorderReferenceCheck(KandasSurveys surveys) {
        this.surveys = surveys;
    }

    @Override
    public boolean sent(String reference) {
        return surveys.expectedRegion(KandasReferences.normalised(reference)).isPresent();
    }
}
