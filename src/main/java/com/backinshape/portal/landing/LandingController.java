package com.backinshape.portal.landing;

import com.backinshape.portal.base.AppProperties;
import jakarta.servlet.http.HttpServletResponse;
import java.time.Duration;
import java.util.Map;
import org.springframework.http.CacheControl;
import org.springframework.http.HttpHeaders;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** The welcome page that the clinic's articles link to, e.g. {@code /?ref=tight-hamstrings}. */
@Controller
class LandingController {

    private final AppProperties app;

    LandingController(AppProperties app) {
        this.app = app;
    }

    /**
     * The page holds nothing personal, so the visitor's browser may keep it for a few minutes: going
     * back to it is instant (Spring Security's default {@code no-store} would also keep it out of the
     * back/forward cache). Private, so no shared cache keeps it should it ever greet a member by name.
     */
    static final CacheControl CACHE = CacheControl.maxAge(Duration.ofMinutes(10)).cachePrivate();

    @GetMapping("/")
    String welcome(@RequestParam Map<String, String> query, Model model, HttpServletResponse response) {
        response.setHeader(HttpHeaders.CACHE_CONTROL, CACHE.getHeaderValue());
        // every tracking variant of the link is the same page to a search engine
        model.addAttribute("canonical", app.link("/"));
        model.addAttribute("joinHref", ArticleLink.from(query).appendTo("/signup"));
        return "landing/welcome";
    }
}
