package kz.koshi.kandas;

import java.time.LocalDate;
import java.time.Period;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import kz.koshi.kandas.SurveyRefused.FieldProblem;
import kz.koshi.reference.ReferenceData;
import kz.koshi.reference.Region;

/** The checks of each step beyond the form's own: known country and regions, sensible dates, whole member rows. */
final class SurveyChecks {

    static final int OLDEST = 120;
    static final int ADULT = 18;
    static final int ARRIVAL_YEARS = 5;

    private SurveyChecks() {
    }

    static void origin(OriginAnswers o, ReferenceData reference, LocalDate today) {
        List<FieldProblem> problems = new ArrayList<>();
        if (reference.country(o.originCountry()).isEmpty()) {
            problems.add(new FieldProblem("originCountry", "kandas.origin.country-unknown"));
        }
        boolean inForce = reference.regionsOn(today).stream().anyMatch(r -> r.code().equals(o.currentRegion()));
        if (o.resettler() && !inForce) {
            problems.add(new FieldProblem("currentRegion", "kandas.origin.current-region-required"));
        } else if (!o.resettler() && !blank(o.currentRegion())) {
            problems.add(new FieldProblem("currentRegion", "kandas.origin.current-region-citizens-only"));
        }
        if (blank(o.contactPhone()) && blank(o.contactEmail())) {
            problems.add(new FieldProblem("contactPhone", "kandas.contact.missing"));
        }
        refuseIfAny(problems);
    }

    static void members(MembersAnswers answers, LocalDate today) {
        List<FieldProblem> problems = new ArrayList<>();
        List<MemberAnswer> rows = answers.members();
        for (int i = 0; i < rows.size(); i++) {
            if (!rows.get(i).isBlank()) {
                member("members[" + i + "].", rows.get(i), today, problems);
            }
        }
        if (answers.given().isEmpty()) {
            problems.add(new FieldProblem("members[0].birthDate", "kandas.members.none"));
        } else if (problems.isEmpty() && answers.given().stream().noneMatch(m -> age(m, today) >= ADULT)) {
            problems.add(new FieldProblem("members[0].birthDate", "kandas.members.no-adult"));
        }
        refuseIfAny(problems);
    }

    private static void member(String row, MemberAnswer m, LocalDate today, List<FieldProblem> problems) {
        if (m.birthDate() == null) {
            problems.add(new FieldProblem(row + "birthDate", "kandas.member.required"));
        } else if (m.birthDate().isAfter(today)) {
            problems.add(new FieldProblem(row + "birthDate", "kandas.member.birth-date-future"));
        } else if (age(m, today) > OLDEST) {
            problems.add(new FieldProblem(row + "birthDate", "kandas.member.birth-date-too-old"));
        }
        required(row + "sex", m.sex(), problems);
        required(row + "education", m.education(), problems);
        required(row + "profession", m.profession(), problems);
        required(row + "healthNeed", m.healthNeed(), problems);
        if (m.languages().isEmpty()) {
            problems.add(new FieldProblem(row + "languages", "kandas.member.required"));
        }
    }

    static void plans(PlansAnswers p, List<Region> inForce, LocalDate today) {
        List<FieldProblem> problems = new ArrayList<>();
        String[] fields = {"preferredRegion1", "preferredRegion2", "preferredRegion3"};
        String[] values = {p.preferredRegion1(), p.preferredRegion2(), p.preferredRegion3()};
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < values.length; i++) {
            if (blank(values[i])) {
                continue;
            }
            String code = values[i];
            if (inForce.stream().noneMatch(r -> r.code().equals(code))) {
                problems.add(new FieldProblem(fields[i], "kandas.plans.region-unknown"));
            } else if (!seen.add(code)) {
                problems.add(new FieldProblem(fields[i], "kandas.plans.region-twice"));
            }
        }
        if (p.arrivalDate() != null && p.arrivalDate().isBefore(today)) {
            problems.add(new FieldProblem("arrivalDate", "kandas.plans.arrival-past"));
        } else if (p.arrivalDate() != null && p.arrivalDate().isAfter(today.plusYears(ARRIVAL_YEARS))) {
            problems.add(new FieldProblem("arrivalDate", "kandas.plans.arrival-too-far"));
        }
        refuseIfAny(problems);
    }

    static int age(MemberAnswer m, LocalDate today) {
        return m.birthDate() == null || m.birthDate().isAfter(today) ? 0 : Period.between(m.birthDate(), today).getYears();
    }

    private static void required(String field, Object value, List<FieldProblem> problems) {
        if (value == null) {
            problems.add(new FieldProblem(field, "kandas.member.required"));
        }
    }

    private static void refuseIfAny(List<FieldProblem> problems) {
        if (!problems.isEmpty()) {
            throw new SurveyRefused(problems);
        }
    }

    private static boolean blank(String s) {
        return s == null || s.isBlank();
    }
}
