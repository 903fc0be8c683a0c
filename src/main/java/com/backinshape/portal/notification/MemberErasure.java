package com.backinshape.portal.notification;

import com.backinshape.portal.account.AccountEvents.MemberErased;
import com.backinshape.portal.notification.domain.OutboxEmailRepository;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/** An erased member's emails lose address and content, in the erasing transaction. */
@Component
class MemberErasure {

    private final OutboxEmailRepository emails;

    MemberErasure(OutboxEmailRepository emails) {
        this.emails = emails;
    }

    @EventListener
    void on(MemberErased e) {
        emails.eraseForMember(e.memberId());
    }
}
