package com.backinshape.portal.landing;

import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * Tells search engines that the public pages may be indexed and the members' area may not (it only answers with the
 * sign-in page anyway).
 */
@RestController
class RobotsController {

    static final String ROBOTS = """
            User-agent: *
            Allow: /$
            Allow: /?
            Allow: /terms
            Allow: /privacy
            Allow: /cookies
            Disallow: /
            """;

    @GetMapping(path = "/robots.txt", produces = MediaType.TEXT_PLAIN_VALUE)
    String robots() {
        return ROBOTS;
    }
}
