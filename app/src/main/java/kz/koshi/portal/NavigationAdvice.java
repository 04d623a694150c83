package kz.koshi.portal;

import java.util.Arrays;
import java.util.Comparator;
import java.util.List;

import jakarta.servlet.http.HttpServletRequest;
import kz.koshi.access.OfficerPrincipal;
import kz.koshi.reference.ReferenceData;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

/** Puts the signed-in officer's sections and agency into every page, for the layout's navigation. */
@ControllerAdvice(annotations = Controller.class)
class NavigationAdvice {

    private final ReferenceData reference;

    NavigationAdvice(ReferenceData reference) {
        this.reference = reference;
    }

    @ModelAttribute("navigation")
    List<Section> navigation(@AuthenticationPrincipal OfficerPrincipal officer) {
        return officer == null ? List.of() : Arrays.stream(Section.values()).filter(s -> s.openTo(officer)).toList();
    }

    /** The section the page belongs to (the longest section path the address starts with), marked in the navigation. */
    @ModelAttribute("currentSection")
    String currentSection(HttpServletRequest request) {
        String path = request.getRequestURI().substring(request.getContextPath().length());
        return Arrays.stream(Section.values()).filter(s -> path.equals(s.path()) || path.startsWith(s.path() + "/"))
                .max(Comparator.comparingInt(s -> s.path().length())).map(Section::key).orElse(path.equals("/") ? "home" : "");
    }

    @ModelAttribute("agency")
    Object agency(@AuthenticationPrincipal OfficerPrincipal officer) {
        return officer == null ? null : reference.agency(officer.agencyCode()).orElse(null);
    }
}
