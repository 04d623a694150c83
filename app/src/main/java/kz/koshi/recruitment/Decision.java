package kz.koshi.recruitment;

import java.util.EnumSet;
import java.util.Set;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import kz.koshi.recruitment.rules.ChecklistItem;
import kz.koshi.shared.Clean;

/** The reviewer's decision: outcome, the checklist as ticked, and the reason (always: the applicant reads it). */
public record Decision(@NotNull ReviewOutcome outcome, Set<ChecklistItem> checklist, @Clean @NotBlank @Size(max = 1000) String reason) {

    public Set<ChecklistItem> ticked() {
        return checklist == null || checklist.isEmpty() ? EnumSet.noneOf(ChecklistItem.class) : EnumSet.copyOf(checklist);
    }
}
