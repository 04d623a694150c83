package kz.koshi.reporting.web;

import java.util.Set;

import kz.koshi.reporting.Panel;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.Authentication;
import org.springframework.ui.Model;

/** The reporting pages' own navigation: the reader's panels and the glossary; and the check that opens a panel. */
final class Tabs {

    private Tabs() {
    }

    static void require(ReportReaders readers, Authentication auth, Panel panel) {
        if (!readers.reads(auth, panel)) {
            throw new AccessDeniedException("panel");
        }
    }

    static void offer(Model model, Set<Panel> panels, Panel current) {
        model.addAttribute("panels", panels);
        model.addAttribute("currentPanel", current);
    }
}
