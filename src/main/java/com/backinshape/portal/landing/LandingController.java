package com.backinshape.portal.landing;

import com.backinshape.portal.base.AppProperties;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.time.Duration;
import java.util.Map;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.http.CacheControl;
import org.springframework.http.HttpHeaders;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.Controller;

/** The welcome page that the clinic's articles link to, e.g. {@code /?ref=tight-hamstrings}. */
@org.springframework.stereotype.Controller
class LandingController {

    private final AppProperties app;
    private final Controller vaadin;

    LandingController(AppProperties app, @Qualifier("vaadinForwardingController") Controller vaadin) {
        this.app = app;
        this.vaadin = vaadin;
    }

    /**
     * The page holds nothing personal, so the visitor's browser may keep it for a few minutes: going
     * back to it is instant (Spring Security's default {@code no-store} would also keep it out of the
     * back/forward cache). Private, so no shared cache keeps it should it ever greet a member by name.
     */
    static final CacheControl CACHE = CacheControl.maxAge(Duration.ofMinutes(10)).cachePrivate();

    /** The page for readers: any GET of "/" that is not one of Vaadin's own requests. */
    @GetMapping(path = "/", params = "!v-r")
    String welcome(@RequestParam Map<String, String> query, Model model, HttpServletResponse response) {
        response.setHeader(HttpHeaders.CACHE_CONTROL, CACHE.getHeaderValue());
        // every tracking variant of the link is the same page to a search engine
        model.addAttribute("canonical", app.link("/"));
        model.addAttribute("joinHref", ArticleLink.from(query).appendTo("/signup"));
        return "landing/welcome";
    }

    /**
     * Vaadin's client also sends its own requests to "/" (bootstrap, UI updates, heartbeats, all with
     * {@code v-r=...}). A mapping of "/" here would otherwise take them from Vaadin, so they are handed
     * back to Vaadin's servlet as its own root mapping would.
     */
    @RequestMapping(path = "/", params = "v-r")
    void vaadinRequest(HttpServletRequest request, HttpServletResponse response) throws Exception {
        vaadin.handleRequest(request, response);
    }
}
