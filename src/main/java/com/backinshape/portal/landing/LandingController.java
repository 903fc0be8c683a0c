package com.backinshape.portal.landing;

import com.backinshape.portal.base.AppProperties;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.time.Duration;
import java.util.Map;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.http.CacheControl;
import org.springframework.http.HttpHeaders;
import org.springframework.security.authentication.AuthenticationTrustResolver;
import org.springframework.security.authentication.AuthenticationTrustResolverImpl;
import org.springframework.security.core.context.SecurityContextHolder;
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
     * The page holds nothing personal, so the visitor's browser may keep it for a few minutes: going back to it is
     * instant (Spring Security's default {@code no-store} would also keep it out of the back/forward cache). Private,
     * so no shared cache keeps it should it ever greet a member by name.
     */
    private static final AuthenticationTrustResolver SIGNED_IN = new AuthenticationTrustResolverImpl();

    static final CacheControl CACHE =
            CacheControl.maxAge(Duration.ofMinutes(10)).cachePrivate();

    /**
     * The page for readers: any GET of "/" that is not one of Vaadin's own requests. A signed-in member is offered "Go
     * to my home" instead of joining; that version is never cached. Who is signed in is read from an existing session
     * only, so an anonymous visitor still gets no session.
     */
    @GetMapping(path = "/", params = "!v-r")
    String welcome(@RequestParam Map<String, String> query, Model model, HttpServletResponse response) {
        boolean signedIn =
                SIGNED_IN.isAuthenticated(SecurityContextHolder.getContext().getAuthentication());
        if (signedIn) {
            response.setHeader(HttpHeaders.CACHE_CONTROL, CacheControl.noStore().getHeaderValue());
        } else {
            response.setHeader(HttpHeaders.CACHE_CONTROL, CACHE.getHeaderValue());
        }
        // signing in changes the session cookie, so a kept anonymous copy is not shown to the member
        response.setHeader(HttpHeaders.VARY, HttpHeaders.COOKIE);
        model.addAttribute("signedIn", signedIn);
        // every tracking variant of the link is the same page to a search engine
        model.addAttribute("canonical", app.link("/"));
        model.addAttribute("joinHref", ArticleLink.from(query).appendTo("/signup"));
        return "landing/welcome";
    }

    /**
     * Vaadin's client also sends its own requests to "/" (bootstrap, UI updates, heartbeats, all with {@code v-r=...}).
     * A mapping of "/" here would otherwise take them from Vaadin, so they are handed back to Vaadin's servlet as its
     * own root mapping would.
     */
    @RequestMapping(path = "/", params = "v-r")
    void vaadinRequest(HttpServletRequest request, HttpServletResponse response) throws Exception {
        vaadin.handleRequest(request, response);
    }
}
