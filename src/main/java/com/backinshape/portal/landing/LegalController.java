package com.backinshape.portal.landing;

import com.backinshape.portal.account.SignupService;
import com.backinshape.portal.base.RetentionProperties;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;

/**
 * The terms of membership, the privacy notice and the cookie page. Each shows the version a member consents to at
 * signup, taken from the one place that records it.
 */
@Controller
class LegalController {

    private final RetentionProperties retention;

    LegalController(RetentionProperties retention) {
        this.retention = retention;
    }

    @ModelAttribute
    void versions(Model model) {
        model.addAttribute(
                "retention",
                new RetentionWords(
                        RetentionProperties.words(retention.stripePayloads()),
                        RetentionProperties.words(retention.emailBodies()),
                        RetentionProperties.words(retention.completedEvents()),
                        RetentionProperties.words(retention.unverifiedAccounts()),
                        RetentionProperties.words(retention.signInRecords())));
        model.addAttribute("termsVersion", SignupService.TERMS_VERSION);
        model.addAttribute("healthConsentVersion", SignupService.HEALTH_CONSENT_VERSION);
    }

    @GetMapping("/terms")
    String terms() {
        return "landing/terms";
    }

    @GetMapping("/privacy")
    String privacy() {
        return "landing/privacy";
    }

    @GetMapping("/cookies")
    String cookies() {
        return "landing/cookies";
    }

    /** The retention periods as the privacy notice words them, from the settings the jobs apply. */
    record RetentionWords(
            String stripePayloads,
            String emailBodies,
            String completedEvents,
            String unverifiedAccounts,
            String signInRecords) {}
}
