package com.backinshape.portal.landing;

import java.util.Map;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** The welcome page that the clinic's articles link to, e.g. {@code /?ref=tight-hamstrings}. */
@Controller
class LandingController {

    @GetMapping("/")
    String welcome(@RequestParam Map<String, String> query, Model model) {
        model.addAttribute("joinHref", ArticleLink.from(query).appendTo("/signup"));
        return "landing/welcome";
    }
}
