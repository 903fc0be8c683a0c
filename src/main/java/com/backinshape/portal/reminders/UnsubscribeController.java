package com.backinshape.portal.reminders;

import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * RFC 8058 one-click unsubscribe: mail programs POST {@code List-Unsubscribe=One-Click} to the address in an email's
 * {@code List-Unsubscribe} header, with no session and no CSRF token (the signed link is the proof). Effective at once.
 */
@RestController
class UnsubscribeController {

    private final EmailPreferences preferences;

    UnsubscribeController(EmailPreferences preferences) {
        this.preferences = preferences;
    }

    @PostMapping(path = PreferenceLinks.UNSUBSCRIBE_PATH, produces = MediaType.TEXT_PLAIN_VALUE)
    ResponseEntity<String> unsubscribe(@RequestParam("token") String token) {
        try {
            preferences.unsubscribe(token);
            return ResponseEntity.ok("You're unsubscribed from programme reminders and other non-essential emails.");
        } catch (InvalidPreferenceLinkException e) {
            return ResponseEntity.status(e.isExpired() ? HttpStatus.GONE : HttpStatus.BAD_REQUEST)
                    .body(e.getMessage());
        }
    }
}
