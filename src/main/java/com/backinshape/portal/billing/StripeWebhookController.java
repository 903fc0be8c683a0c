package com.backinshape.portal.billing;

import java.nio.charset.StandardCharsets;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RestController;

/** {@code POST /stripe/webhook}: Stripe's events, outside Vaadin (public, no CSRF token: the signature is the proof). */
@RestController
class StripeWebhookController {

    private final StripeWebhookReceiver receiver;

    StripeWebhookController(StripeWebhookReceiver receiver) {
        this.receiver = receiver;
    }

    @PostMapping("/stripe/webhook")
    ResponseEntity<String> receive(@RequestBody byte[] body,
                                   @RequestHeader(name = "Stripe-Signature", required = false) String signature) {
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
}
