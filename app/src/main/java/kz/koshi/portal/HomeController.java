package kz.koshi.portal;

import java.util.Arrays;

import kz.koshi.access.OfficerPrincipal;
import kz.koshi.access.Role;
import kz.koshi.protection.reminders.WorkerReminders;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.server.ResponseStatusException;

/** Each officer's home page: their role's workspace, with the sections open to them. */
@Controller
class HomeController {

    private final WorkerReminders reminders;

    HomeController(WorkerReminders reminders) {
        this.reminders = reminders;
    }

    /** A social worker's or supervisor's home also lists their cases' deadlines, which protection works out. */
    @GetMapping("/")
    String home(@AuthenticationPrincipal OfficerPrincipal officer, Model model) {
        model.addAttribute("officer", officer);
        if (officer.has(Role.SOCIAL_WORKER) || officer.has(Role.CASE_SUPERVISOR)) {
            model.addAttribute("reminders", reminders.mine());
        }
        model.addAttribute("primaryRole", officer.roles().stream().sorted().findFirst().orElseThrow());
        return "portal/home";
    }

    /** The page of a section whose module is still being built: it says what is coming, to those it is for. */
    @GetMapping("/modules/{key}")
    String coming(@PathVariable String key, @AuthenticationPrincipal OfficerPrincipal officer, Model model) {
        Section section = Arrays.stream(Section.values()).filter(s -> s.key().equals(key) && !s.available()).findFirst()
                .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
        if (!section.openTo(officer)) {
            throw new AccessDeniedException("section");
        }
        model.addAttribute("section", section);
        return "portal/coming";
    }
}
