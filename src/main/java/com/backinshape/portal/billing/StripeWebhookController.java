package com.backinshape.portal.billing;

import jakarta.servlet.http.HttpServletRequest;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code POST /stripe/webhook}: Stripe's events, outside Vaadin (public, no CSRF token: the signature is the proof).
 * Stripe's events are a few kilobytes: a body over {@value #MAX_BODY_BYTES} bytes is refused with 413 before it is read
 * whole, so nobody can make the portal hold (and check) huge bodies.
 */
@RestController
class StripeWebhookController {

    static final int MAX_BODY_BYTES = 256 * 1024;

    private final StripeWebhookReceiver receiver;

    StripeWebhookController(StripeWebhookReceiver receiver) {
        this.receiver = receiver;
    }

    @PostMapping("/stripe/webhook")
    ResponseEntity<String> receive(
            HttpServletRequest request, @RequestHeader(name = "Stripe-Signature", required = false) String signature)
            throws IOException {
        if (request.getContentLengthLong() > MAX_BODY_BYTES) {
            return tooLarge();
        }
        byte[] body;
        try (InputStream in = request.getInputStream()) {
            body = in.readNBytes(MAX_BODY_BYTES + 1); // a body without a length is cut off here
        }
        if (body.length > MAX_BODY_BYTES) {
            return tooLarge();
        }
        try {
            return switch (receiver.receive(new String(body, StandardCharsets.UTF_8), signature)) {
                case ACCEPTED -> ResponseEntity.ok("received");
                case REPEATED -> ResponseEntity.ok("already received");
                case REJECTED -> ResponseEntity.badRequest().body("invalid signature");
            };
        } catch (DataIntegrityViolationException sameEventAtTheSameMoment) {
            return ResponseEntity.ok("already received");
        }
    }

    private static ResponseEntity<String> tooLarge() {
        return ResponseEntity.status(HttpStatus.CONTENT_TOO_LARGE).body("body too large");
    }
}
