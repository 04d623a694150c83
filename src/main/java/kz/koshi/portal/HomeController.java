package kz.koshi.portal;

import java.util.Arrays;

import kz.koshi.access.OfficerPrincipal;
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

    @GetMapping("/")
    String home(@AuthenticationPrincipal OfficerPrincipal officer, Model model) {
        model.addAttribute("officer", officer);
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
