package kz.koshi.kandas;

import java.util.ArrayList;
import java.util.List;

/** Step 2: the family's members, as rows of a form that shows {@link #ROWS} of them. */
public record MembersAnswers(List<MemberAnswer> members) {

    public static final int ROWS = 6;

    public MembersAnswers {
        List<MemberAnswer> rows = new ArrayList<>(members == null ? List.of() : members.stream()
                .map(m -> m == null ? MemberAnswer.blank() : m).toList());
        while (rows.size() < ROWS) {
            rows.add(MemberAnswer.blank());
        }
        members = List.copyOf(rows);
    }

    /** The rows the family filled in. */
    public List<MemberAnswer> given() {
        return members.stream().filter(m -> !m.isBlank()).toList();
    }
}
