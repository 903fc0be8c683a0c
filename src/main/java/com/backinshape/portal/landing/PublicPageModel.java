package com.backinshape.portal.landing;

import com.backinshape.portal.base.AppProperties;
import org.springframework.boot.webmvc.error.ErrorController;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.servlet.resource.ResourceUrlProvider;

/**
 * What the shared header and footer of the public pages need: the clinic's contact details and the address of the
 * stylesheet (with a content hash, so browsers may keep it for a year). Applies to the landing controllers and to
 * Boot's error controller, which renders {@code error.html}.
 */
@ControllerAdvice(assignableTypes = {LandingController.class, LegalController.class, ErrorController.class})
class PublicPageModel {

    static final String STYLESHEET = "/styles/landing.css";

    private final AppProperties app;
    private final ResourceUrlProvider resourceUrls;

    PublicPageModel(AppProperties app, ResourceUrlProvider mvcResourceUrlProvider) {
        this.app = app;
        this.resourceUrls = mvcResourceUrlProvider;
    }

    @ModelAttribute("clinic")
    AppProperties.Clinic clinic() {
        return app.clinic();
    }

    @ModelAttribute("stylesheet")
    String stylesheet() {
        String versioned = resourceUrls.getForLookupPath(STYLESHEET);
        return versioned != null ? versioned : STYLESHEET;
    }
}
