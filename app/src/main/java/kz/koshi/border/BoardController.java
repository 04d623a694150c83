package kz.koshi.border;

import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

/** The live board (htmx polls the rows) and the officer's card page with its printable document. */
@Controller
class BoardController {

    private final BorderPages pages;
    private final Cards cards;

    BoardController(BorderPages pages, Cards cards) {
        this.pages = pages;
        this.cards = cards;
    }

    @GetMapping("/border/board")
    String board(@RequestParam(required = false) String checkpoint, @RequestParam(required = false) String region, Model model) {
        model.addAttribute("rows", pages.board(checkpoint, region));
        model.addAttribute("checkpoints", pages.checkpoints());
        model.addAttribute("regions", pages.boardRegions());
        model.addAttribute("checkpoint", checkpoint);
        model.addAttribute("region", region);
        return "border/board";
    }

    @GetMapping("/border/board/rows")
    String rows(@RequestParam(required = false) String checkpoint, @RequestParam(required = false) String region, Model model) {
        model.addAttribute("rows", pages.board(checkpoint, region));
        return "border/board :: rows";
    }

    @GetMapping("/border/cards/{number}")
    String card(@PathVariable String number, Model model) {
        model.addAttribute("card", pages.card(number));
        return "border/card";
    }

    @GetMapping("/border/cards/{number}/document.pdf")
    ResponseEntity<byte[]> document(@PathVariable String number) {
        return ResponseEntity.ok().contentType(MediaType.APPLICATION_PDF)
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.inline().filename(number + ".pdf").build().toString())
                .body(cards.document(number));
    }
}
