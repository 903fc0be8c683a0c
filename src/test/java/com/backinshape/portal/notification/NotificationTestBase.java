package com.backinshape.portal.notification;

import static org.awaitility.Awaitility.await;

import com.backinshape.portal.PortalTest;
import com.backinshape.portal.notification.domain.OutboxEmail;
import com.backinshape.portal.notification.domain.OutboxEmailRepository;
import jakarta.mail.internet.MimeMessage;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicLong;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/** Helpers of the notification tests; the same Spring context as every {@link PortalTest}. */
abstract class NotificationTestBase extends PortalTest {

    private static final AtomicLong IDS =
            new AtomicLong(ThreadLocalRandom.current().nextLong(1_000_000, 1_000_000_000));

    @Autowired
    OutboxEmailRepository outbox;

    @Autowired
    OutboxSender sender;

    @Autowired
    ApplicationEventPublisher events;

    @Autowired
    PlatformTransactionManager transactions;

    /** An id no other test uses (token ids, member ids). */
    static long uniqueId() {
        return IDS.incrementAndGet();
    }

    static String uniqueAddress(String name) {
        return name + "." + uniqueId() + "@example.com";
    }

    /** Publishes events in one committed transaction, as the account feature does. */
    void publishInTransaction(Object... published) {
        new TransactionTemplate(transactions)
                .executeWithoutResult(s -> Arrays.stream(published).forEach(events::publishEvent));
    }

    /** Waits for the (asynchronous) listener to record the email with this key. */
    OutboxEmail awaitEmail(String key) {
        return await().atMost(Duration.ofSeconds(10))
                .until(() -> outbox.findByDedupKey(key).orElse(null), e -> e != null);
    }

    /** Delivers whatever earlier tests left due, so a test sees only its own emails. */
    void deliverLeftovers() {
        while (sender.sendDue() > 0) {
            // keep going
        }
    }

    static List<MimeMessage> receivedBy(String address) {
        return Arrays.stream(SMTP.getReceivedMessages())
                .filter(m -> {
                    try {
                        return Arrays.stream(m.getAllRecipients())
                                .anyMatch(a -> a.toString().equalsIgnoreCase(address));
                    } catch (Exception e) {
                        throw new IllegalStateException(e);
                    }
                })
                .toList();
    }
}
